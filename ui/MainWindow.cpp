#include "MainWindow.h"

#include "AnnotationController.h"
#include "ArticleListDock.h"
#include "ClaimIndexController.h"
#include "FolderChangesBar.h"
#include "ImportController.h"
#include "ReaderPane.h"
#include "ReaderView.h"
#include "NeedsAttentionDock.h"
#include "RecentProjects.h"
#include "SearchDock.h"
#include "SpanListDock.h"
#include "TagDock.h"
#include "WelcomePage.h"
#include "models/ArticleFilterProxy.h"
#include "models/ArticleListModel.h"
#include "models/CoderListModel.h"
#include "models/OrphanListModel.h"
#include "models/SpanCoderFilter.h"
#include "models/SpanListModel.h"
#include "models/TagTreeModel.h"
#include "store/Project.h"
#include "workspace/CoderSettings.h"
#include "workspace/FolderWatcher.h"
#include "workspace/Workspace.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace crossread {

namespace {

// A panel's controls keep their minimum size inside a scroll area, so that the panel itself
// can be made narrower or lower than they are (a window of 800×600) and still shows all of
// them, by scrolling, instead of pushing the window past the screen.
void letShrink(QDockWidget *dock)
{
    QWidget *content = dock->widget();
    if (!content || qobject_cast<QScrollArea *>(content))
        return;
    auto *scroll = new QScrollArea(dock);
    scroll->setObjectName(dock->objectName() + QStringLiteral("Scroller"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    dock->setWidget(scroll);
}

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kBoilerplateKey = QStringLiteral("reader/showBoilerplate");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
    , m_project(m_workspace->project())
    , m_articleModel(new ArticleListModel(this))
    , m_articleProxy(new ArticleFilterProxy(this))
    , m_tagModel(new TagTreeModel(this))
    , m_spanModel(new SpanListModel(this))
    , m_spanFilter(new SpanCoderFilter(this))
    , m_coderModel(new CoderListModel(this))
    , m_central(new QStackedWidget(this))
    , m_welcome(new WelcomePage)
    , m_readerPane(new ReaderPane)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Crossread"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    // The tags and the span list run the full height, so that the quick bar keeps its room; a
    // panel at the bottom (the figures) runs under the article list and the reader.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_articleModel->setProject(m_project);
    m_articleProxy->setSourceModel(m_articleModel);
    m_articleProxy->setProject(m_project);
    m_workspace->setCoder(CoderSettings::current());
    // Other analysts' commits to the open project show here within a second.
    m_workspace->setWatchingChanges(true);
    m_tagModel->setWorkspace(m_workspace);
    m_spanModel->setProject(m_project);
    m_spanFilter->setSpanModel(m_spanModel);
    m_coderModel->setWorkspace(m_workspace);

    m_central->addWidget(m_welcome);
    m_central->addWidget(m_readerPane);
    setCentralWidget(m_central);
    m_readerPane->setContext(m_workspace, m_spanFilter, m_tagModel, m_coderModel);
    m_annotations = new AnnotationController(m_workspace, m_tagModel, this);
    m_annotations->attach(m_readerPane->reader());

    m_countLabel = new QLabel(this);
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_coderLabel = new QLabel(this);
    m_coderLabel->setObjectName(QStringLiteral("coderLabel"));
    statusBar()->addPermanentWidget(m_selectionLabel);
    statusBar()->addPermanentWidget(m_coderLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    applyCoder(m_workspace->coder());
    m_import = new ImportController(statusBar(), this);
    m_claimIndex = new ClaimIndexController(statusBar(), this);
    connect(m_claimIndex, &ClaimIndexController::finished, this, [this](const QString &error) {
        if (!error.isEmpty())
            statusBar()->showMessage(tr("The sentence index could not be brought up to date: %1").arg(error), 10000);
    });

    createDocks();
    createFolderWatch();
    createActions();
    createMenus();

    connect(m_welcome, &WelcomePage::openProjectRequested, this, &MainWindow::openProject);
    connect(m_welcome, &WelcomePage::openFolderClicked, this, &MainWindow::chooseFolder);
    connect(m_welcome, &WelcomePage::openProjectClicked, this, &MainWindow::chooseProject);
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    connect(m_annotations, &AnnotationController::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_searchDock, &SearchDock::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_project, &Project::errorOccurred, this,
        [this](const QString &message) { showError(tr("The edit was not saved"), message); });
    connect(m_articleModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateArticleCount);
    connect(m_articleProxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateArticleCount);
    connect(m_articleProxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateArticleCount);
    connect(m_articleProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateArticleCount);
    connect(m_articleProxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateArticleCount);
    ReaderView *reader = m_readerPane->reader();
    connect(reader, &ReaderView::selectedRangeChanged, this, &MainWindow::onSelectionChanged);
    connect(reader, &ReaderView::contextMenuAboutToShow, this, &MainWindow::fillReaderContextMenu);

    m_defaultState = saveState();
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    m_layoutRestored = restoreState(settings.value(kStateKey).toByteArray());
    if (!m_layoutRestored) {
        // First start: roomy, but never larger than the screen (a laptop's 1280×800 keeps
        // the panels on the right and the status bar in view).
        QSize size(1400, 900);
        if (const QScreen *screen = this->screen())
            size = size.boundedTo(screen->availableGeometry().size() * 95 / 100);
        resize(size);
    }
    m_showBoilerplate->setChecked(settings.value(kBoilerplateKey, false).toBool());
    showWelcome();
}

MainWindow::~MainWindow()
{
    // The worker holds its own connection to the file: let it finish before the project goes.
    m_import->cancel();
    m_claimIndex->cancel();
    m_import->waitForFinished();
    m_claimIndex->waitForFinished();
    // Closed here, while the window is whole: closing resets the models, whose signals reach
    // this window's slots; from ~QWidget (the project is a child) they would run on a
    // half-destroyed MainWindow (UBSan: downcast to a QWidget).
    m_project->close();
}

void MainWindow::createDocks()
{
    m_articleDock = new ArticleListDock(this);
    m_articleDock->setModels(m_articleModel, m_articleProxy, m_tagModel);
    m_tagDock = new TagDock(this);
    m_tagDock->setContext(m_workspace, m_tagModel);
    m_spanDock = new SpanListDock(this);
    m_spanDock->setModel(m_spanFilter);
    m_searchDock = new SearchDock(this);
    m_searchDock->setContext(m_workspace, m_tagModel);
    m_searchDock->setCurrentTagSource([this] { return m_tagDock->currentTagId(); });

    for (QDockWidget *dock : { static_cast<QDockWidget *>(m_articleDock), static_cast<QDockWidget *>(m_tagDock),
             static_cast<QDockWidget *>(m_spanDock), static_cast<QDockWidget *>(m_searchDock) })
        letShrink(dock);
    addDockWidget(Qt::LeftDockWidgetArea, m_articleDock);
    addDockWidget(Qt::RightDockWidgetArea, m_tagDock);
    addDockWidget(Qt::RightDockWidgetArea, m_spanDock);
    splitDockWidget(m_tagDock, m_spanDock, Qt::Vertical);
    addDockWidget(Qt::LeftDockWidgetArea, m_searchDock);
    splitDockWidget(m_articleDock, m_searchDock, Qt::Vertical);
    m_searchDock->hide();
    createAttentionDock();
    resizeDocks({ m_articleDock, m_tagDock }, { 380, 300 }, Qt::Horizontal);

    connect(m_articleDock, &ArticleListDock::currentArticleChanged, this, &MainWindow::onCurrentArticleChanged);
    connect(m_tagDock, &TagDock::filterByTagRequested, m_articleDock, [this](qint64 id) {
        m_articleDock->setTagFilter(id);
        m_articleDock->show();
    });
    connect(m_tagDock, &TagDock::quickSlotClicked, m_annotations,
        [this](int slot) { m_annotations->applyQuickSlot(slot); });
    connect(m_spanDock, &SpanListDock::spanClicked, this, [this](qint64 spanId) {
        const int row = m_spanModel->rowForSpan(spanId);
        if (row < 0)
            return;
        const Span span = m_spanModel->span(row);
        m_readerPane->showReaderTab();
        m_readerPane->reader()->selectRange(span.start, span.end);
    });
    connect(m_spanDock, &SpanListDock::noteEditRequested, this,
        [this](qint64 spanId) { m_annotations->editNote(spanId, this); });
    connect(m_searchDock, &SearchDock::hitActivated, this, &MainWindow::openArticleAt);
}

// The orphans of the project, shown whenever an import or an edit leaves some.
void MainWindow::createAttentionDock()
{
    m_orphanModel = new OrphanListModel(this);
    m_orphanModel->setProject(m_project);
    m_attentionDock = new NeedsAttentionDock(this);
    m_attentionDock->setContext(m_workspace, m_orphanModel);
    m_attentionDock->setSelectionProvider([this]() -> std::optional<QPair<qint64, TextRange>> {
        const TextRange range = m_readerPane->reader()->selectedRange();
        if (currentArticleId() <= 0 || range.length() <= 0)
            return std::nullopt;
        return qMakePair(currentArticleId(), range);
    });
    connect(m_attentionDock, &NeedsAttentionDock::articleRequested, this, [this](qint64 articleId) {
        if (articleId != currentArticleId())
            openArticle(articleId);
    });
    addDockWidget(Qt::RightDockWidgetArea, m_attentionDock);
    tabifyDockWidget(m_spanDock, m_attentionDock);
    m_attentionDock->hide();
    // After an import or an edit, and once the workbench shows a project that has orphans.
    const auto showIfNeeded = [this] {
        if (m_orphanModel->rowCount() > 0 && !m_onWelcome && m_attentionDock->isHidden()) {
            m_attentionDock->show();
            m_attentionDock->raise();
        }
    };
    connect(m_orphanModel, &QAbstractItemModel::modelReset, this, showIfNeeded);
    connect(this, &MainWindow::projectOpened, this, showIfNeeded);
}

// Files that change or appear in the project's folder are offered for import in the status bar.
void MainWindow::createFolderWatch()
{
    m_folderWatcher = new FolderWatcher(this);
    m_changesBar = new FolderChangesBar(this);
    statusBar()->addWidget(m_changesBar);
    connect(m_folderWatcher, &FolderWatcher::filesChanged, m_changesBar, &FolderChangesBar::offer);
    connect(m_changesBar, &FolderChangesBar::importRequested, this, [this](const QStringList &paths) {
        if (m_project->isOpen())
            m_import->start(m_project->path(), paths);
    });
    connect(this, &MainWindow::projectOpened, this, [this] {
        // A project made for a folder lives in FOLDER/.crossread; one opened elsewhere has no folder.
        const QFileInfo db(m_project->path());
        const bool inFolder = db.dir().dirName() == QLatin1String(".crossread");
        m_folderWatcher->watch(inFolder ? QFileInfo(db.dir().path()).path() : QString(), m_project->path());
    });
    connect(this, &MainWindow::projectClosed, this, [this] {
        m_folderWatcher->watch(QString(), QString());
        m_changesBar->hide();
    });
}

void MainWindow::addDockPanel(QDockWidget *dock, Qt::DockWidgetArea area)
{
    letShrink(dock);
    addDockWidget(area, dock);
    m_addedPanels.append({ dock, area });
    // Docks added after the constructor get their place from the saved layout, too.
    const bool restored = restoreDockWidget(dock);
    if (m_onWelcome) {
        if (!dock->isHidden() || !restored)
            m_hiddenDocks << dock;
        dock->hide();
    }
    if (m_viewDocksMenu)
        m_viewDocksMenu->addAction(dock->toggleViewAction());
}

int MainWindow::addCentralTab(QWidget *widget, const QString &title)
{
    return m_readerPane->tabs()->addTab(widget, title);
}

ReaderView *MainWindow::reader() const
{
    return m_readerPane->reader();
}

qint64 MainWindow::currentArticleId() const
{
    return m_readerPane->reader()->articleId();
}

QList<qint64> MainWindow::selectedArticleIds() const
{
    return m_articleDock->selectedArticleIds();
}

void MainWindow::openArticle(qint64 articleId)
{
    if (!m_articleDock->selectArticle(articleId) || currentArticleId() != articleId)
        onCurrentArticleChanged(articleId); // filtered out of the list: show it anyway
}

void MainWindow::openArticleAt(qint64 articleId, qint64 start, qint64 end)
{
    if (currentArticleId() != articleId)
        openArticle(articleId);
    if (currentArticleId() != articleId)
        return;
    m_readerPane->showReaderTab();
    m_readerPane->reader()->selectRange(start, end);
    m_readerPane->reader()->setFocus();
}

void MainWindow::onCurrentArticleChanged(qint64 articleId)
{
    if (articleId == 0 || articleId == currentArticleId())
        return;
    if (!m_readerPane->showArticle(articleId))
        return;
    RecentProjects::setLastArticle(m_project->path(), articleId);
    emit currentArticleChanged(articleId);
}

void MainWindow::onSelectionChanged(const TextRange &range)
{
    if (range.length() > 0)
        m_selectionLabel->setText(
            tr("Selection %1–%2 (%n code point(s))", nullptr, int(range.length())).arg(range.start).arg(range.end));
    else if (currentArticleId())
        m_selectionLabel->setText(tr("Offset %1").arg(range.start));
    else
        m_selectionLabel->clear();
}

void MainWindow::updateArticleCount()
{
    if (!m_project->isOpen()) {
        m_countLabel->clear();
        return;
    }
    const int total = m_articleModel->totalCount();
    if (m_articleProxy->isFiltering())
        m_countLabel->setText(tr("%1 of %n article(s)", nullptr, total).arg(m_articleProxy->rowCount()));
    else
        m_countLabel->setText(tr("%n article(s)", nullptr, total));
}

void MainWindow::showError(const QString &title, const QString &text)
{
    statusBar()->showMessage(text, 10000);
    if (m_quiet)
        return;
    // Not modal: an error must not stop a running import or block the window.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->show();
}

void MainWindow::showWelcome()
{
    if (!m_onWelcome) {
        m_onWelcome = true;
        m_dockState = saveState();
        m_hiddenDocks.clear();
        for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
            if (!dock->isHidden())
                m_hiddenDocks << dock;
            dock->hide();
        }
    }
    m_welcome->refresh();
    m_central->setCurrentWidget(m_welcome);
    for (QAction *a : std::as_const(m_projectActions))
        a->setEnabled(false);
}

void MainWindow::showWorkbench()
{
    if (m_onWelcome) {
        m_onWelcome = false;
        // The docks come back where they were; a layout with every main panel closed
        // must not leave the workbench bare.
        for (const QPointer<QDockWidget> &dock : std::as_const(m_hiddenDocks)) {
            if (dock)
                dock->show();
        }
        m_hiddenDocks.clear();
        if (m_articleDock->isHidden() && m_tagDock->isHidden() && m_spanDock->isHidden()) {
            m_articleDock->show();
            m_tagDock->show();
            m_spanDock->show();
        }
        if (!m_layoutRestored)
            arrangeDocks();
    }
    m_central->setCurrentWidget(m_readerPane);
    for (QAction *a : std::as_const(m_projectActions))
        a->setEnabled(true);
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, m_onWelcome ? m_dockState : saveState());
    m_layoutRestored = true;
    settings.setValue(kBoilerplateKey, m_showBoilerplate->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    m_import->cancel();
    m_claimIndex->cancel();
    m_import->waitForFinished();
    m_claimIndex->waitForFinished();
    event->accept();
}

} // namespace crossread
