#pragma once
// The centre of the window: the Reader and Source tabs for the current article, the find
// bar, and the choice of whose coding the reader and the span list show (everyone's, my
// own, or another coder's). Keeps the reader's highlights and coder stripes in step with
// the span and tag models.
#include <QWidget>

class QComboBox;
class QTabWidget;
class QStackedWidget;

namespace crossread {

class CoderListModel;
class FindBar;
class ReaderView;
class SourceView;
class SpanCoderFilter;
class TagTreeModel;
class Workspace;

class ReaderPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReaderPane(QWidget *parent = nullptr);

    void setContext(Workspace *workspace, SpanCoderFilter *spans, TagTreeModel *tags, CoderListModel *coders);

    ReaderView *reader() const { return m_reader; }
    SourceView *sourceView() const { return m_source; }
    FindBar *findBar() const { return m_findBar; }
    QTabWidget *tabs() const { return m_tabs; }

    // Loads the article (text once, spans from the span model); false when it is gone.
    bool showArticle(qint64 articleId);
    void clear();
    void showReaderTab();

    // Whose coding is shown: everyone's, the current coder's (following a change of coder),
    // or one named coder's.
    void showAllCoders();
    void showMyCoding();
    void showCoder(const QString &coder);
    QComboBox *coderFilter() const { return m_coderFilter; }

private:
    enum CoderChoice { AllCoders, MyCoding, OneCoder };
    void scheduleHighlightRefresh();
    void refreshHighlights();
    void refreshCoders();
    void applyCoderChoice();

    Workspace *m_workspace = nullptr;
    SpanCoderFilter *m_spans = nullptr;
    TagTreeModel *m_tags = nullptr;
    CoderListModel *m_coders = nullptr;
    QTabWidget *m_tabs;
    QStackedWidget *m_readerStack;
    ReaderView *m_reader;
    SourceView *m_source;
    FindBar *m_findBar;
    QComboBox *m_coderFilter;
    CoderChoice m_choice = AllCoders;
    QString m_chosenCoder; // for OneCoder
    bool m_refreshPending = false;
};

} // namespace crossread
