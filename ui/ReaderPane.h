#pragma once
// The centre of the window: the Reader and Source tabs for the current article and the
// find bar. Keeps the reader's highlights in step with the span and tag models.
#include <QWidget>

class QTabWidget;
class QStackedWidget;

namespace crossread {

class FindBar;
class Project;
class ReaderView;
class SourceView;
class SpanListModel;
class TagTreeModel;

class ReaderPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReaderPane(QWidget *parent = nullptr);

    void setContext(Project *project, SpanListModel *spans, TagTreeModel *tags);

    ReaderView *reader() const { return m_reader; }
    SourceView *sourceView() const { return m_source; }
    FindBar *findBar() const { return m_findBar; }
    QTabWidget *tabs() const { return m_tabs; }

    // Loads the article (text once, spans from the span model); false when it is gone.
    bool showArticle(qint64 articleId);
    void clear();
    void showReaderTab();

private:
    void scheduleHighlightRefresh();
    void refreshHighlights();

    Project *m_project = nullptr;
    SpanListModel *m_spans = nullptr;
    TagTreeModel *m_tags = nullptr;
    QTabWidget *m_tabs;
    QStackedWidget *m_readerStack;
    ReaderView *m_reader;
    SourceView *m_source;
    FindBar *m_findBar;
    bool m_refreshPending = false;
};

} // namespace crossread
