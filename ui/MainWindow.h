#pragma once
// The annotation workbench: article list, reader and source, tags with the quick bar,
// spans and notes, corpus search. Every edit is a Workspace edit (undoable, saved at once)
// made by the coder named in the settings. Other parts of the application extend it
// through menu(), addFileAction(), addDockPanel() and addCentralTab().
#include "domain/Types.h"
#include "store/Project.h"
#include "store/ProjectImporter.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace crossread {

class AnnotationController;
class ArticleFilterProxy;
class ArticleListDock;
class ArticleListModel;
class CoderListModel;
class FolderChangesBar;
class FolderWatcher;
class ClaimIndexController;
class ImportController;
class NeedsAttentionDock;
class OrphanListModel;
class ReaderPane;
class ReaderView;
class SearchDock;
class SpanCoderFilter;
class SpanListDock;
class SpanListModel;
class TagDock;
class TagTreeModel;
class WelcomePage;
class Workspace;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens an existing project file. On failure shows why (unless quiet) and the welcome page.
    bool openProject(const QString &dbPath);
    // Opens FOLDER/.crossread/project.db (creating it when missing) and imports the folder
    // in the background.
    bool openFolder(const QString &folder);
    // Imports files and folders into the open project in the background.
    bool importPaths(const QStringList &paths);
    // File › Import Annotations…: places the annotations of a W3C JSON-LD or REFI-QDA file on the
    // project's articles as one undoable edit; returns the summary shown (or the error, naming the
    // file and the reason), also in the status bar and, unless quiet, a message box.
    QString importAnnotationsFile(const QString &path);
    void closeProject();
    QString lastError() const { return m_lastError; }
    // Error message boxes are shown unless quiet (tests, benchmarks); the status bar always tells.
    void setQuiet(bool quiet) { m_quiet = quiet; }

    Workspace *workspace() const { return m_workspace; }
    Project *project() const { return m_project; } // the workspace's, for reading
    // The menu with this name ("File", "Edit", "View", "Help" exist), created before Help
    // when missing. Names are untranslated keys; titles are translated.
    QMenu *menu(const QString &name);
    // Adds an action to the File menu above Quit (e.g. "Export…").
    void addFileAction(QAction *action);
    // Adds a dock with a toggle in the View menu; its objectName keeps its place across runs.
    void addDockPanel(QDockWidget *dock, Qt::DockWidgetArea area);
    int addCentralTab(QWidget *widget, const QString &title);

    qint64 currentArticleId() const;
    QList<qint64> selectedArticleIds() const;

    ReaderView *reader() const;
    ReaderPane *readerPane() const { return m_readerPane; }
    ArticleListDock *articleDock() const { return m_articleDock; }
    TagDock *tagDock() const { return m_tagDock; }
    SpanListDock *spanDock() const { return m_spanDock; }
    SearchDock *searchDock() const { return m_searchDock; }
    NeedsAttentionDock *attentionDock() const { return m_attentionDock; }
    FolderWatcher *folderWatcher() const { return m_folderWatcher; }
    FolderChangesBar *folderChangesBar() const { return m_changesBar; }
    ImportController *importer() const { return m_import; }
    ClaimIndexController *claimIndexer() const { return m_claimIndex; }
    AnnotationController *annotations() const { return m_annotations; }
    ArticleListModel *articleModel() const { return m_articleModel; }
    ArticleFilterProxy *articleProxy() const { return m_articleProxy; }
    TagTreeModel *tagModel() const { return m_tagModel; }
    SpanListModel *spanModel() const { return m_spanModel; }
    SpanCoderFilter *spanFilter() const { return m_spanFilter; }
    CoderListModel *coderModel() const { return m_coderModel; }

    // On the first start (no coder saved or skipped yet), asks who is coding; skipping it
    // leaves the operating system's user name. False when it was asked before.
    bool askForCoderIfFirstStart();

public slots:
    void openArticle(qint64 articleId);
    // Shows the article in the reader and selects [start, end) (code points).
    void openArticleAt(qint64 articleId, qint64 start, qint64 end);
    void showTagPicker();
    void editNoteUnderCursor();
    void removeSelectedSpans();
    // Edit › Coder…: asks for the name to code as and keeps it in the settings.
    void chooseCoder();
    // Edit › Article Properties…: corrects the current article's title, outlet, author and date.
    void editArticleProperties();
    // View › Reset Layout: every panel back in its first place and size (in a narrow window,
    // the panels of one side share it as tabs).
    void resetLayout();

signals:
    void projectOpened();
    void projectClosed();
    void currentArticleChanged(qint64 articleId);
    void importFinished(const crossread::ImportReport &report);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // MainWindowMenus.cpp
    void createActions();
    void createMenus();
    void rebuildRecentMenu();
    void chooseFolder();
    void chooseProject();
    void chooseTeamProject();
    void chooseImportFiles();
    void showShortcuts();
    void showAbout();
    void fillReaderContextMenu(QMenu *menu, qint64 offset);
    // MainWindowAnnotations.cpp
    void chooseAnnotationsFile();
    void showAnnotationImportMessage(bool failed, const QString &text, const QStringList &details);
    // MainWindowCoder.cpp
    void applyCoder(const QString &name);

    // MainWindow.cpp
    void createDocks();
    void createAttentionDock();
    void createFolderWatch(); // the watcher of the project's folder and its bar
    bool openFolderProject(const QString &folder); // creates or opens, imports nothing
    void showWelcome();
    void showWorkbench();
    void onCurrentArticleChanged(qint64 articleId);
    void onImportFinished(const ImportReport &report);
    void onSelectionChanged(const TextRange &range);
    void updateArticleCount();
    void showError(const QString &title, const QString &text);
    void saveWindowState();
    // MainWindowLayout.cpp: the first sizes of the panels, and tabs for them in a window too
    // narrow for all.
    void arrangeDocks();

    Workspace *m_workspace;
    Project *m_project;
    ArticleListModel *m_articleModel;
    ArticleFilterProxy *m_articleProxy;
    TagTreeModel *m_tagModel;
    SpanListModel *m_spanModel;
    SpanCoderFilter *m_spanFilter;
    CoderListModel *m_coderModel;
    QStackedWidget *m_central;
    WelcomePage *m_welcome;
    ReaderPane *m_readerPane;
    ArticleListDock *m_articleDock = nullptr;
    TagDock *m_tagDock = nullptr;
    SpanListDock *m_spanDock = nullptr;
    SearchDock *m_searchDock = nullptr;
    OrphanListModel *m_orphanModel = nullptr;
    NeedsAttentionDock *m_attentionDock = nullptr;
    FolderWatcher *m_folderWatcher = nullptr;
    FolderChangesBar *m_changesBar = nullptr;
    ImportController *m_import = nullptr;
    ClaimIndexController *m_claimIndex = nullptr;
    AnnotationController *m_annotations = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QLabel *m_coderLabel = nullptr;
    QHash<QString, QMenu *> m_menus;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewDocksMenu = nullptr;
    QAction *m_fileAnchor = nullptr;
    QAction *m_showBoilerplate = nullptr;
    QAction *m_closeProject = nullptr;
    QList<QAction *> m_projectActions; // enabled only while a project is open
    QByteArray m_dockState; // dock layout kept while the welcome page hides the docks
    QByteArray m_defaultState; // the layout as built, before any saved one was restored
    QList<QPair<QPointer<QDockWidget>, Qt::DockWidgetArea>> m_addedPanels; // after the build
    QList<QPointer<QDockWidget>> m_hiddenDocks; // shown again when a project opens
    QString m_lastError;
    bool m_quiet = false;
    bool m_onWelcome = false;
    bool m_layoutRestored = false; // a saved dock layout exists; keep its sizes
};

} // namespace crossread
