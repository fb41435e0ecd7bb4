#pragma once
// Two articles side by side: each pane shows one article's text with the comparison painted in,
// a connector gutter links aligned sentences, a minimap gives the overview, and F7 / Shift+F7
// walk through the differences, selecting them in both panes. The panes scroll together by
// aligned sentence. The comparison runs in a worker thread; a newer request or closing the view
// makes the running one's result be ignored. Spans stay visible, and the panes are annotated
// as the reader is, through the window's AnnotationController (digits 1–9, the context menu).
// Two searchable article pickers above the panes choose what is compared; a legend under them
// keys the connectors.
#include "CompareDifferences.h"
#include "CompareSummaryBar.h"
#include "ComparedText.h"
#include "ScrollAnchors.h"
#include "compare/CompareTypes.h"

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QToolButton;

namespace crossread {

class AnnotationController;
class ArticleListModel;
class ArticlePicker;
class CompareLegend;
class ComparePane;
class ConnectorGutter;
class DiffMinimap;
class Project;
class TagTreeModel;
class Workspace;

class CompareView : public QWidget
{
    Q_OBJECT
public:
    CompareView(Workspace *workspace, TagTreeModel *tags, AnnotationController *annotations, QWidget *parent = nullptr);
    ~CompareView() override;

    // The articles the pickers offer (the window's article list model).
    void setArticleModel(ArticleListModel *articles);
    // Shows both articles at once and starts comparing them; false when one cannot be read.
    bool compareArticles(qint64 a, qint64 b);
    // The same, and once compared, makes current the alignment that best covers the two ranges
    // (stored code points of A and of B): selected in both panes and scrolled into view.
    bool compareArticlesAt(qint64 a, const TextRange &inA, qint64 b, const TextRange &inB);
    // Shows two versions of one article side by side ("what changed since I coded it"): the
    // word-level differences and the figures that changed. Only the current version shows spans
    // and can be coded; false when a version cannot be read.
    bool compareVersions(qint64 articleId, int versionA, int versionB);
    void clear();
    // The figures that differ between the two versions, "A → B (label)"; empty between articles.
    QStringList changedFigures() const;

    qint64 articleA() const { return m_textA.articleId(); }
    qint64 articleB() const { return m_textB.articleId(); }
    bool isComparing() const { return m_running; }
    bool hasResult() const { return m_hasResult; }
    const ComparisonResult &result() const { return m_result; }
    CompareSummary summary() const { return m_summary; }

    const QList<CompareDifference> &differences() const { return m_differences; }
    int currentDifference() const { return m_current; }
    // The alignment shown as current (through a difference or goToAlignment), -1 for none.
    int currentAlignment() const { return m_currentAlignment; }

    ComparePane *paneA() const { return m_paneA; }
    ComparePane *paneB() const { return m_paneB; }
    CompareSummaryBar *summaryBar() const { return m_summaryBar; }
    ConnectorGutter *gutter() const { return m_gutter; }
    DiffMinimap *minimap() const { return m_minimap; }
    ArticlePicker *pickerA() const { return m_pickerA; }
    ArticlePicker *pickerB() const { return m_pickerB; }
    CompareLegend *legend() const { return m_legend; }
    // F7 and Shift+F7, active while the focus is in the view; add them to menus as they are.
    QAction *nextDifferenceAction() const { return m_nextAction; }
    QAction *previousDifferenceAction() const { return m_previousAction; }

public slots:
    void nextDifference();
    void previousDifference();
    void goToDifference(int index);
    // Selects an alignment's runs in both panes and scrolls to them; through its difference
    // where it has one.
    void goToAlignment(int alignment);
    // A becomes B and B becomes A.
    void swapArticles();

signals:
    void comparisonStarted();
    void comparisonFinished();
    void currentDifferenceChanged(int index);
    void openArticleRequested(qint64 articleId, qint64 start, qint64 end);
    void message(const QString &text); // for the status bar

protected:
    void changeEvent(QEvent *event) override;

private:
    void showTexts(const Article &a, const Article &b);
    void pickerChanged();
    void syncPickers();
    int alignmentCovering(const TextRange &inA, const TextRange &inB) const;
    void startComparison();
    void showResult(const ComparisonResult &result);
    void applyComparison();
    void refreshSpans(qint64 articleId = 0);
    void addPaneActions(ComparePane *pane, QMenu *menu, int displayPos);

    void invalidateGeometry();
    void ensureGeometry();
    void syncFrom(ComparePane *source);
    void updateOverlays();
    void updateMinimapMarks();
    void jumpTo(int column, double fraction);
    void updatePositionLabel();
    int gutterOffset(ComparePane *pane) const;

    Project *m_project;
    TagTreeModel *m_tags;
    AnnotationController *m_annotations;

    ComparedText m_textA;
    ComparedText m_textB;
    ComparisonResult m_result;
    CompareSummary m_summary;
    QList<CompareDifference> m_differences;
    bool m_hasResult = false;
    bool m_running = false;
    quint64 m_generation = 0; // a finished comparison of an older generation is ignored
    int m_current = -1;
    int m_currentAlignment = -1;
    // compareArticlesAt: the stored ranges to make current once the result is in.
    bool m_focusPending = false;
    TextRange m_focusA;
    TextRange m_focusB;

    // Document-coordinate extents of every sentence, rebuilt after the panes' layout changes.
    QList<QPair<qreal, qreal>> m_extentA;
    QList<QPair<qreal, qreal>> m_extentB;
    ScrollAnchors m_anchors;
    bool m_geometryValid = false;
    bool m_syncing = false;

    CompareSummaryBar *m_summaryBar;
    QLabel *m_headerA;
    QLabel *m_headerB;
    QLabel *m_position;
    QLabel *m_figureChanges; // versions only
    bool m_versions = false; // comparing two versions of one article
    ArticlePicker *m_pickerA;
    ArticlePicker *m_pickerB;
    QToolButton *m_swap;
    CompareLegend *m_legend;
    ComparePane *m_paneA;
    ComparePane *m_paneB;
    ConnectorGutter *m_gutter;
    DiffMinimap *m_minimap;
    QAction *m_nextAction;
    QAction *m_previousAction;
};

} // namespace crossread
