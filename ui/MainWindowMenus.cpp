// MainWindow's menus, actions and the dialogs they open.
#include "MainWindow.h"

#include "AnnotationController.h"
#include "ArticleListDock.h"
#include "ArticlePropertiesDialog.h"
#include "FindBar.h"
#include "NeedsAttentionDock.h"
#include "ReaderPane.h"
#include "Appearance.h"
#include "ReaderView.h"
#include "RecentProjects.h"
#include "SearchDock.h"
#include "ShortcutList.h"
#include "SpanListDock.h"
#include "TagDock.h"
#include "TeamProjectDialog.h"
#include "models/TagTreeModel.h"
#include "store/Project.h"
#include "store/ProjectLocation.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QDir>
#include <QFileDialog>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace crossread {

QMenu *MainWindow::menu(const QString &name)
{
    if (QMenu *existing = m_menus.value(name))
        return existing;
    static const QHash<QString, const char *> titles {
        { QStringLiteral("File"), QT_TR_NOOP("&File") },
        { QStringLiteral("Edit"), QT_TR_NOOP("&Edit") },
        { QStringLiteral("View"), QT_TR_NOOP("&View") },
        { QStringLiteral("Compare"), QT_TR_NOOP("&Compare") },
        { QStringLiteral("Figures"), QT_TR_NOOP("F&igures") },
        { QStringLiteral("Help"), QT_TR_NOOP("&Help") },
    };
    const char *title = titles.value(name);
    auto *created = new QMenu(title ? tr(title) : name, this);
    created->setObjectName(name + QStringLiteral("Menu"));
    // New menus go before Help, which stays last.
    QMenu *help = m_menus.value(QStringLiteral("Help"));
    if (help)
        menuBar()->insertMenu(help->menuAction(), created);
    else
        menuBar()->addMenu(created);
    m_menus.insert(name, created);
    return created;
}

void MainWindow::addFileAction(QAction *action)
{
    menu(QStringLiteral("File"))->insertAction(m_fileAnchor, action);
}

void MainWindow::createActions()
{
    // Shortcuts for the panels: Alt+1 list, Alt+2 reader, Alt+3 tags, Alt+4 spans.
    const QList<QPair<QWidget *, QDockWidget *>> focusTargets {
        { m_articleDock->view(), m_articleDock },
        { m_readerPane->reader(), nullptr },
        { m_tagDock->view(), m_tagDock },
        { m_spanDock->view(), m_spanDock },
    };
    const QStringList focusTexts { tr("Go to the article list"), tr("Go to the reader"), tr("Go to the tag tree"),
        tr("Go to the span list") };
    for (int i = 0; i < focusTargets.size(); ++i) {
        auto *action = new QAction(focusTexts.at(i), this);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        const auto target = focusTargets.at(i);
        connect(action, &QAction::triggered, this, [this, target] {
            if (target.second)
                target.second->show();
            else
                m_readerPane->showReaderTab();
            target.first->setFocus(Qt::ShortcutFocusReason);
        });
        addAction(action);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menu(QStringLiteral("File"));
    QMenu *edit = menu(QStringLiteral("Edit"));
    QMenu *view = menu(QStringLiteral("View"));
    QMenu *help = menu(QStringLiteral("Help"));

    QAction *openFolder = file->addAction(tr("Open &Folder…"), this, &MainWindow::chooseFolder);
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    openFolder->setStatusTip(tr("Open the project of a folder of articles, creating it and importing the folder"));
    QAction *openProject = file->addAction(tr("Open &Project…"), this, &MainWindow::chooseProject);
    openProject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *openTeam = file->addAction(tr("Open &Team Project…"), this, &MainWindow::chooseTeamProject);
    openTeam->setStatusTip(tr("Open a project several analysts share on a PostgreSQL server"));
    m_recentMenu = file->addMenu(tr("&Recent Projects"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    QAction *importFiles = file->addAction(tr("&Import Files…"), this, &MainWindow::chooseImportFiles);
    importFiles->setStatusTip(tr("Add articles (txt, md, html, pdf) to this project"));
    QAction *importAnnotations = file->addAction(tr("Import &Annotations…"), this, &MainWindow::chooseAnnotationsFile);
    importAnnotations->setObjectName(QStringLiteral("importAnnotationsAction"));
    importAnnotations->setStatusTip(
        tr("Place the highlights and codings of a W3C JSON-LD or REFI-QDA file on this project's articles"));
    m_closeProject = file->addAction(tr("&Close Project"), this, &MainWindow::closeProject);
    m_fileAnchor = file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    m_projectActions << importFiles << importAnnotations << m_closeProject;

    QAction *undo = m_workspace->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction *redo = m_workspace->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *tagSelection = edit->addAction(tr("&Tag Selection…"), this, &MainWindow::showTagPicker);
    tagSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    tagSelection->setStatusTip(tr("Pick a tag by typing its name; digits 1–9 apply the quick bar's tags"));
    QAction *note = edit->addAction(tr("Edit &Note…"), this, &MainWindow::editNoteUnderCursor);
    note->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *remove = edit->addAction(tr("Remo&ve Span"), this, &MainWindow::removeSelectedSpans);
    remove->setShortcut(QKeySequence::Delete);
    // Delete means "remove span" only in the reader and the span list; the tag tree has its own.
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_readerPane->reader()->addAction(remove);
    m_spanDock->view()->addAction(remove);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find in Article…"), this, [this] {
        m_readerPane->showReaderTab();
        m_readerPane->findBar()->activate();
    });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    QAction *findNext = edit->addAction(tr("Find Ne&xt"), m_readerPane->findBar(), &FindBar::findNext);
    findNext->setShortcut(QKeySequence(Qt::Key_F3));
    QAction *findPrevious = edit->addAction(tr("Find Pre&vious"), m_readerPane->findBar(), &FindBar::findPrevious);
    findPrevious->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    QAction *searchAll = edit->addAction(tr("&Search All Articles…"), m_searchDock, &SearchDock::activate);
    searchAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *properties = edit->addAction(tr("Article &Properties…"), this, &MainWindow::editArticleProperties);
    properties->setObjectName(QStringLiteral("articlePropertiesAction"));
    properties->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    properties->setStatusTip(tr("Correct the title, outlet, author and date of the current article"));
    // Also on the article list's context menu, where an analyst looks for it.
    m_articleDock->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_articleDock->view()->addAction(properties);
    m_projectActions << tagSelection << note << remove << find << findNext << findPrevious << searchAll << properties;
    edit->addSeparator();
    QAction *coder = edit->addAction(tr("C&oder…"), this, &MainWindow::chooseCoder);
    coder->setObjectName(QStringLiteral("coderAction"));
    coder->setStatusTip(tr("The name your spans, notes and figures are recorded under"));

    m_showBoilerplate = view->addAction(tr("Show &Boilerplate"));
    m_showBoilerplate->setCheckable(true);
    m_showBoilerplate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_showBoilerplate->setStatusTip(tr("Show the navigation, footer and subscription lines the importer set aside"));
    connect(m_showBoilerplate, &QAction::toggled, m_readerPane->reader(), &ReaderView::setShowBoilerplate);
    view->addSeparator();
    m_viewDocksMenu = view->addMenu(tr("&Panels"));
    for (QDockWidget *dock : { static_cast<QDockWidget *>(m_articleDock), static_cast<QDockWidget *>(m_tagDock),
             static_cast<QDockWidget *>(m_spanDock), static_cast<QDockWidget *>(m_searchDock),
             static_cast<QDockWidget *>(m_attentionDock) })
        m_viewDocksMenu->addAction(dock->toggleViewAction());
    view->addAction(m_tagDock->filterAction());
    view->addSeparator();
    QAction *resetLayout = view->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);
    resetLayout->setObjectName(QStringLiteral("resetLayoutAction"));
    resetLayout->setStatusTip(tr("Put every panel back in its first place and size"));
    m_projectActions << resetLayout;
    view->addSeparator();
    Appearance::instance()->populateMenu(view->addMenu(tr("&Appearance")));

    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    QAction *about = help->addAction(tr("&About Crossread"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentProjects::list();
    for (int i = 0; i < paths.size(); ++i) {
        const QString path = paths.at(i);
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
}

void MainWindow::chooseFolder()
{
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder of Articles"), start);
    if (!folder.isEmpty())
        openFolder(folder);
}

void MainWindow::chooseProject()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open Project"), QString(), tr("Crossread projects (*.db);;All files (*)"));
    if (!file.isEmpty())
        openProject(file);
}

void MainWindow::chooseTeamProject()
{
    QString last;
    for (const QString &recent : RecentProjects::list()) {
        if (ProjectLocation::isServerUrl(recent)) {
            last = recent;
            break;
        }
    }
    TeamProjectDialog dialog(last, this);
    if (dialog.exec() == QDialog::Accepted)
        openProject(dialog.url());
}

void MainWindow::chooseImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), QString(), tr("Articles (*.txt *.md *.markdown *.html *.htm *.pdf);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::showTagPicker()
{
    m_annotations->showTagPicker();
}

void MainWindow::editNoteUnderCursor()
{
    qint64 spanId = 0;
    if (m_spanDock->view()->hasFocus() && !m_spanDock->selectedSpanIds().isEmpty())
        spanId = m_spanDock->selectedSpanIds().first();
    else if (AnnotationTarget *target = m_annotations->currentTarget())
        spanId = target->spanUnderCursor();
    m_annotations->editNote(spanId, this);
}

void MainWindow::editArticleProperties()
{
    const qint64 articleId = currentArticleId();
    bool found = false;
    const Article article = articleId > 0 ? m_project->articles().article(articleId, &found) : Article();
    if (!found) {
        statusBar()->showMessage(tr("Select an article in the list first."), 4000);
        return;
    }
    ArticlePropertiesDialog dialog(article, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.changedFields())
        return;
    if (!m_workspace->setArticleMetadata(articleId, dialog.metadata(), dialog.changedFields()))
        statusBar()->showMessage(tr("Properties not changed: %1").arg(m_workspace->lastError()), 8000);
}

void MainWindow::removeSelectedSpans()
{
    // Based on the spans as the list or the reader shows them: another analyst's change that
    // has not reached the view yet makes the removal a conflict, not a silent loss.
    if (m_spanDock->view()->hasFocus() && !m_spanDock->selectedSpanIds().isEmpty()) {
        m_annotations->removeSpans(m_spanDock->selectedSpanIds(), m_spanDock->selectedSpanVersions());
        return;
    }
    const qint64 spanId = m_readerPane->reader()->spanUnderCursor();
    QHash<qint64, qint64> shown;
    for (const Span &s : m_readerPane->reader()->annotationSpans()) {
        if (s.id == spanId)
            shown.insert(s.id, s.stamp.version);
    }
    if (spanId)
        m_annotations->removeSpans({ spanId }, shown);
    else
        statusBar()->showMessage(tr("No span under the cursor."), 4000);
}

void MainWindow::fillReaderContextMenu(QMenu *menu, qint64 offset)
{
    m_annotations->addContextActions(menu, m_readerPane->reader(), offset, this);
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(&dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({ tr("Keys"), tr("Action") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    // The digits are read by the text views themselves, not by an action.
    QList<ShortcutList::Row> rows { { tr("1 … 9"), tr("Tag the selection with the quick bar's tag in that slot") } };
    rows << ShortcutList::collect(this);
    table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).keys));
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).action));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(std::max(560, fontMetrics().averageCharWidth() * 80), std::min(height(), 640));
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Crossread"),
        tr("<h3>Crossread %1</h3><p>A research workbench for reading one story across many "
           "sources: highlight and tag claims, compare outlets, chart the figures they report.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace crossread
