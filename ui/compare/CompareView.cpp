#include "CompareView.h"

#include "AnnotationController.h"
#include "ArticlePicker.h"
#include "CompareColors.h"
#include "CompareHighlights.h"
#include "CompareLegend.h"
#include "ComparePane.h"
#include "ConnectorGutter.h"
#include "DiffMinimap.h"
#include "compare/ProseComparator.h"
#include "models/TagTreeModel.h"
#include "store/Project.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

#include <tuple>

namespace crossread {

CompareView::CompareView(Workspace *workspace, TagTreeModel *tags, AnnotationController *annotations, QWidget *parent)
    : QWidget(parent)
    , m_project(workspace ? workspace->project() : nullptr)
    , m_tags(tags)
    , m_annotations(annotations)
    , m_summaryBar(new CompareSummaryBar(this))
    , m_headerA(new QLabel(this))
    , m_headerB(new QLabel(this))
    , m_position(new QLabel(this))
    , m_figureChanges(new QLabel(this))
    , m_pickerA(new ArticlePicker(this))
    , m_pickerB(new ArticlePicker(this))
    , m_swap(new QToolButton(this))
    , m_legend(new CompareLegend(this))
    , m_paneA(new ComparePane(this))
    , m_paneB(new ComparePane(this))
    , m_gutter(new ConnectorGutter(this))
    , m_minimap(new DiffMinimap(this))
    , m_nextAction(new QAction(tr("Next Difference"), this))
    , m_previousAction(new QAction(tr("Previous Difference"), this))
{
    setObjectName(QStringLiteral("compareView"));
    m_paneA->setObjectName(QStringLiteral("comparePaneA"));
    m_paneB->setObjectName(QStringLiteral("comparePaneB"));
    m_position->setObjectName(QStringLiteral("comparePosition"));
    for (QLabel *header : { m_headerA, m_headerB }) {
        header->setTextFormat(Qt::RichText);
        header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }

    m_nextAction->setObjectName(QStringLiteral("nextDifference"));
    m_nextAction->setShortcut(QKeySequence(Qt::Key_F7));
    m_nextAction->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    m_previousAction->setObjectName(QStringLiteral("previousDifference"));
    m_previousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    m_previousAction->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    for (QAction *action : { m_nextAction, m_previousAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(false);
        addAction(action);
    }
    connect(m_nextAction, &QAction::triggered, this, &CompareView::nextDifference);
    connect(m_previousAction, &QAction::triggered, this, &CompareView::previousDifference);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summaryBar, 1);
    top->addWidget(m_position);
    m_position->setMinimumWidth(m_position->fontMetrics().horizontalAdvance(tr("888 differences")));
    m_position->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    for (QAction *action : { m_previousAction, m_nextAction }) {
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        if (action->icon().isNull()) // no icon theme: the style's arrows
            button->setArrowType(action == m_nextAction ? Qt::DownArrow : Qt::UpArrow);
        top->addWidget(button);
    }
    m_pickerA->setObjectName(QStringLiteral("comparePickerA"));
    m_pickerB->setObjectName(QStringLiteral("comparePickerB"));
    m_pickerA->setToolTip(tr("Article A: type part of a title to find it"));
    m_pickerB->setToolTip(tr("Article B: type part of a title to find it"));
    m_swap->setObjectName(QStringLiteral("compareSwap"));
    m_swap->setText(QStringLiteral("⇄"));
    m_swap->setToolTip(tr("Swap A and B"));
    m_swap->setAutoRaise(true);
    connect(m_swap, &QToolButton::clicked, this, &CompareView::swapArticles);
    for (ArticlePicker *picker : { m_pickerA, m_pickerB })
        connect(picker, &ArticlePicker::articleChosen, this, &CompareView::pickerChanged);
    const auto pickerRow = [this](QChar letter, ArticlePicker *picker) {
        auto *row = new QHBoxLayout;
        row->setContentsMargins(0, 0, 0, 0);
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(letter), this);
        label->setBuddy(picker);
        row->addWidget(label);
        row->addWidget(picker, 1);
        return row;
    };

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->setHorizontalSpacing(0);
    grid->addLayout(top, 0, 0, 1, 4);
    m_figureChanges->setObjectName(QStringLiteral("figureChanges"));
    m_figureChanges->setWordWrap(true);
    m_figureChanges->setTextFormat(Qt::PlainText);
    m_figureChanges->hide();
    grid->addWidget(m_figureChanges, 1, 0, 1, 4);
    grid->addLayout(pickerRow(u'A', m_pickerA), 2, 0);
    grid->addWidget(m_swap, 2, 1, Qt::AlignCenter);
    grid->addLayout(pickerRow(u'B', m_pickerB), 2, 2);
    grid->addWidget(m_headerA, 3, 0);
    grid->addWidget(m_headerB, 3, 2);
    grid->addWidget(m_paneA, 4, 0);
    grid->addWidget(m_gutter, 4, 1);
    grid->addWidget(m_paneB, 4, 2);
    grid->addWidget(m_minimap, 4, 3);
    grid->addWidget(m_legend, 5, 0, 1, 4);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(4, 1);

    auto *overlayTimer = new QTimer(this);
    overlayTimer->setSingleShot(true);
    overlayTimer->setInterval(0);
    connect(overlayTimer, &QTimer::timeout, this, [this] {
        ensureGeometry();
        syncFrom(m_paneA); // keeps the panes aligned after a resize re-wrapped the lines
        updateOverlays();
    });
    for (ComparePane *pane : { m_paneA, m_paneB }) {
        connect(pane, &ComparePane::layoutChanged, this, [this, overlayTimer] {
            invalidateGeometry();
            overlayTimer->start();
        });
        connect(pane->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, pane] {
            syncFrom(pane);
            updateOverlays();
        });
        connect(pane, &ComparePane::contextMenuAboutToShow, this,
            [this, pane](QMenu *menu, int pos) { addPaneActions(pane, menu, pos); });
    }
    if (m_annotations) {
        m_annotations->attach(m_paneA);
        m_annotations->attach(m_paneB);
    }
    connect(m_gutter, &ConnectorGutter::differenceClicked, this, &CompareView::goToDifference);
    connect(m_minimap, &DiffMinimap::jumpRequested, this, &CompareView::jumpTo);

    if (m_project) {
        const auto spansOf = [this](const QList<Span> &spans) {
            for (const Span &s : spans)
                if (s.articleId == articleA() || s.articleId == articleB())
                    refreshSpans(s.articleId);
        };
        connect(m_project, &Project::spansAdded, this, spansOf);
        connect(m_project, &Project::spansRemoved, this, spansOf);
        connect(m_project, &Project::spanChanged, this, [spansOf](const Span &s) { spansOf({ s }); });
        connect(m_project, &Project::tagChanged, this, [this] { refreshSpans(); });
        connect(m_project, &Project::tagsRemoved, this, [this] { refreshSpans(); });
        connect(m_project, &Project::tagsReset, this, [this] { refreshSpans(); });
        connect(m_project, &Project::changedElsewhere, this, [this] { refreshSpans(); });
        connect(m_project, &Project::closed, this, &CompareView::clear);
    }
    clear();
}

CompareView::~CompareView() = default;

bool CompareView::compareArticles(qint64 a, qint64 b)
{
    m_focusPending = false;
    if (!m_project || !m_project->isOpen())
        return false;
    bool foundA = false;
    bool foundB = false;
    const Article articleA = m_project->articles().article(a, &foundA);
    const Article articleB = m_project->articles().article(b, &foundB);
    if (!foundA || !foundB) {
        emit message(tr("The articles to compare are no longer in the project."));
        return false;
    }
    m_versions = false;
    showTexts(articleA, articleB);
    return true;
}

bool CompareView::compareVersions(qint64 articleId, int versionA, int versionB)
{
    if (!m_project || !m_project->isOpen())
        return false;
    bool found = false;
    const Article current = m_project->articles().article(articleId, &found);
    const std::optional<QString> textA = found ? m_project->versions().text(articleId, versionA) : std::nullopt;
    const std::optional<QString> textB = found ? m_project->versions().text(articleId, versionB) : std::nullopt;
    if (!textA || !textB) {
        emit message(tr("That version of the article is not in the project."));
        return false;
    }
    const auto side = [&current](int version, const QString &text) {
        Article a = current;
        a.title = tr("Version %1: %2").arg(version).arg(current.title);
        if (version != current.version) {
            // An earlier text: no spans are placed on it and nothing can be coded there.
            a.id = 0;
            a.text = text;
            a.boilerplate.clear();
        }
        return a;
    };
    m_versions = true;
    showTexts(side(versionA, *textA), side(versionB, *textB));
    return true;
}

QStringList CompareView::changedFigures() const
{
    QStringList out;
    if (!m_versions || !m_hasResult)
        return out;
    for (const FigureComparison &f : m_result.figures) {
        if (f.status == FigureComparison::Agree)
            continue;
        const QString change = tr("%1 → %2").arg(f.aText.simplified(), f.bText.simplified());
        out << (f.label.isEmpty() ? change : tr("%1 (%2)").arg(change, f.label));
    }
    return out;
}

void CompareView::showTexts(const Article &articleA, const Article &articleB)
{
    clear();
    m_textA = ComparedText(articleA);
    m_textB = ComparedText(articleB);
    m_paneA->setComparedText(m_textA);
    m_paneB->setComparedText(m_textB);
    for (auto [header, text, letter] :
        { std::tuple { m_headerA, &m_textA, 'A' }, std::tuple { m_headerB, &m_textB, 'B' } }) {
        header->setText(
            QStringLiteral("<b>%1</b>&nbsp; %2").arg(QChar::fromLatin1(letter), text->label().toHtmlEscaped()));
        header->setToolTip(text->article().path);
        header->setVisible(m_versions); // between articles, the pickers name them
    }
    syncPickers();
    refreshSpans();
    startComparison();
}

void CompareView::startComparison()
{
    const quint64 generation = ++m_generation;
    m_running = true;
    m_summaryBar->setBusy(true);
    emit comparisonStarted();
    auto *watcher = new QFutureWatcher<ComparisonResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation) // otherwise superseded or cleared: drop it
            showResult(watcher->result());
    });
    // The worker gets copies of the texts and nothing else: the view may be gone when it ends.
    watcher->setFuture(
        QtConcurrent::run([a = m_textA.text(), b = m_textB.text()] { return ProseComparator().compare(a, b); }));
}

void CompareView::showResult(const ComparisonResult &result)
{
    m_running = false;
    m_result = result;
    m_hasResult = true;
    m_summary = CompareSummary::of(m_result);
    m_differences = CompareDifferences::build(m_result);
    m_current = -1;
    m_currentAlignment = -1;
    m_summaryBar->setBusy(false);
    m_summaryBar->setSummary(m_summary);
    applyComparison();
    invalidateGeometry();
    ensureGeometry();
    syncFrom(m_paneA);
    updateOverlays();
    updatePositionLabel();
    if (m_versions) {
        const QStringList figures = changedFigures();
        m_figureChanges->setText(figures.isEmpty() ? tr("No figure changed between the versions.")
                                                   : tr("Figures changed: %1").arg(figures.join(QStringLiteral("; "))));
        m_figureChanges->show();
    }
    if (m_focusPending) {
        m_focusPending = false;
        goToAlignment(alignmentCovering(m_focusA, m_focusB));
    }
    emit comparisonFinished();
}

void CompareView::applyComparison()
{
    if (!m_hasResult)
        return;
    const CompareColors colors = CompareColors::forPalette(palette());
    const PaneLayers a = CompareHighlights::build(m_result, CompareHighlights::A, m_textA, colors);
    const PaneLayers b = CompareHighlights::build(m_result, CompareHighlights::B, m_textB, colors);
    m_paneA->setComparison(a.highlights, a.marks);
    m_paneB->setComparison(b.highlights, b.marks);
}

void CompareView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_hasResult) {
        // Tints are laid over the base colour, so a new palette (dark mode) needs new ones.
        applyComparison();
        updateMinimapMarks();
        updateOverlays();
    }
}

void CompareView::clear()
{
    ++m_generation;
    m_running = false;
    m_hasResult = false;
    m_result = ComparisonResult();
    m_summary = CompareSummary();
    m_differences.clear();
    m_current = -1;
    m_currentAlignment = -1;
    m_focusPending = false;
    m_textA = ComparedText();
    m_textB = ComparedText();
    m_paneA->setComparedText(m_textA);
    m_paneB->setComparedText(m_textB);
    m_headerA->clear();
    m_headerB->clear();
    m_headerA->hide();
    m_headerB->hide();
    syncPickers();
    m_figureChanges->hide();
    m_summaryBar->setBusy(false);
    m_summaryBar->clear();
    m_minimap->setMarks({});
    m_gutter->setBands({});
    m_gutter->setCurrentDifference(-1);
    invalidateGeometry();
    updatePositionLabel();
}

void CompareView::refreshSpans(qint64 articleId)
{
    if (!m_project || !m_project->isOpen())
        return;
    QHash<qint64, Tag> tags;
    for (const Tag &t : m_tags ? m_tags->allTags() : m_project->tags().tags())
        tags.insert(t.id, t);
    for (ComparePane *pane : { m_paneA, m_paneB })
        if (pane->articleId() != 0 && (articleId == 0 || pane->articleId() == articleId))
            pane->setSpans(m_project->spans().spansOfArticle(pane->articleId()), tags);
}

void CompareView::addPaneActions(ComparePane *pane, QMenu *menu, int displayPos)
{
    const ComparedText &text = pane == m_paneA ? m_textA : m_textB;
    if (text.articleId() == 0)
        return;
    TextRange range = pane->selectedStoredRange();
    if (range.length() == 0) {
        // Without a selection, the sentence under the mouse.
        range = text.toStored(displayPos, displayPos);
        const qint64 at = text.toCompared(displayPos);
        for (const Sentence &s : pane == m_paneA ? m_result.sentencesA : m_result.sentencesB)
            if (at >= s.start && at < s.end)
                range = text.storedFromCompared(s.start, s.end);
    }
    if (m_annotations)
        m_annotations->addContextActions(menu, pane, text.toStored(displayPos, displayPos).start, this);
    menu->addSeparator();
    QAction *open = menu->addAction(tr("Open in Reader"));
    open->setObjectName(QStringLiteral("openInReader"));
    const qint64 id = text.articleId();
    connect(
        open, &QAction::triggered, this, [this, id, range] { emit openArticleRequested(id, range.start, range.end); });
    menu->addAction(m_previousAction);
    menu->addAction(m_nextAction);
}

} // namespace crossread
