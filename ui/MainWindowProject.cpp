// MainWindow's project life cycle: opening, creating, importing, closing.
#include "MainWindow.h"

#include "ArticleListDock.h"
#include "ClaimIndexController.h"
#include "ImportController.h"
#include "ReaderPane.h"
#include "ReaderView.h"
#include "RecentProjects.h"
#include "SearchDock.h"
#include "store/ProjectLocation.h"
#include "models/ArticleFilterProxy.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>

namespace crossread {

bool MainWindow::openProject(const QString &dbPath)
{
    const QFileInfo info(dbPath);
    const bool server = ProjectLocation::isServerUrl(dbPath);
    QString reason;
    if (server) {
        closeProject();
        if (!m_workspace->open(dbPath))
            reason = m_workspace->lastError();
    } else if (!info.exists())
        reason = tr("The file does not exist.");
    else if (!info.isFile())
        reason = tr("It is a folder, not a project file; use Open Folder… for folders.");
    else if (!info.isReadable())
        reason = tr("The file cannot be read (permission denied).");
    if (!server && reason.isEmpty()) {
        closeProject();
        if (!m_workspace->open(info.absoluteFilePath()))
            reason = m_workspace->lastError();
    }
    if (!reason.isEmpty()) {
        const QString shown = server ? ProjectLocation::withoutPassword(dbPath) : QDir::toNativeSeparators(dbPath);
        m_lastError = tr("Cannot open the project %1: %2").arg(shown, reason);
        showError(tr("Cannot Open Project"), m_lastError);
        showWelcome();
        return false;
    }
    m_lastError.clear();
    RecentProjects::add(m_project->path());
    setWindowTitle(tr("%1 — Crossread").arg(m_project->name()));
    showWorkbench();
    const qint64 last = RecentProjects::lastArticle(m_project->path());
    if (!(last && m_articleDock->selectArticle(last)) && m_articleProxy->rowCount() > 0)
        m_articleDock->selectArticle(m_articleProxy->articleId(0));
    updateArticleCount();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_project->path())), 5000);
    // Articles imported before the sentence index existed are indexed behind the window.
    if (m_project->claimIndex().staleCount() > 0)
        m_claimIndex->start(m_project->path());
    emit projectOpened();
    return true;
}

bool MainWindow::openFolder(const QString &folder)
{
    if (!openFolderProject(folder))
        return false;
    return importPaths({ QFileInfo(folder).absoluteFilePath() });
}

bool MainWindow::openFolderProject(const QString &folder)
{
    const QFileInfo info(folder);
    QString reason;
    const QString dbPath = Project::projectPathForFolder(info.absoluteFilePath());
    if (!info.isDir()) {
        reason = info.exists() ? tr("it is not a folder.") : tr("it does not exist.");
    } else if (!QDir().mkpath(QFileInfo(dbPath).absolutePath())) {
        reason = tr("cannot create %1 (permission denied or a read-only disk).")
                     .arg(QDir::toNativeSeparators(QFileInfo(dbPath).absolutePath()));
    } else if (!QFileInfo::exists(dbPath)) {
        // Opening a folder imports it, so it may create its project; openProject only opens.
        Project probe;
        if (!probe.open(dbPath, Project::OpenMode::CreateIfMissing))
            reason = probe.error();
    }
    if (!reason.isEmpty()) {
        m_lastError = tr("Cannot open the folder %1: %2").arg(QDir::toNativeSeparators(folder), reason);
        showError(tr("Cannot Open Folder"), m_lastError);
        if (!m_project->isOpen())
            showWelcome();
        return false;
    }
    return openProject(dbPath);
}

bool MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return false;
    if (!m_project->isOpen()) {
        // Start a project where the first dropped folder (or file) lives.
        const QFileInfo first(paths.first());
        const QString folder = first.isDir() ? first.absoluteFilePath() : first.absolutePath();
        if (!openFolderProject(folder))
            return false;
    }
    if (m_import->isRunning()) {
        statusBar()->showMessage(tr("An import is already running; wait for it or cancel it first."), 6000);
        return false;
    }
    return m_import->start(m_project->path(), paths);
}

void MainWindow::closeProject()
{
    if (!m_project->isOpen())
        return;
    m_import->cancel();
    m_claimIndex->cancel();
    m_import->waitForFinished();
    m_claimIndex->waitForFinished();
    m_readerPane->clear();
    m_searchDock->search(QString());
    m_articleDock->setTagFilter(0);
    m_workspace->close(); // and its undo history: it must not be replayed on the next project
    setWindowTitle(tr("Crossread"));
    showWelcome();
    emit projectClosed();
}

void MainWindow::onImportFinished(const ImportReport &report)
{
    if (m_project->isOpen())
        m_project->notifyArticlesChanged();
    // The list was rebuilt and the open article may have changed on disk: show it afresh.
    if (const qint64 current = currentArticleId()) {
        m_readerPane->showArticle(current);
        m_articleDock->selectArticle(current);
    }
    const QString summary = ImportController::summary(report);
    statusBar()->showMessage(summary, 10000);
    if (currentArticleId() == 0 && m_articleProxy->rowCount() > 0)
        m_articleDock->selectArticle(m_articleProxy->articleId(0));
    updateArticleCount();
    const QString details = ImportController::details(report);
    if (!m_quiet && (!details.isEmpty() || !report.error.isEmpty())) {
        auto *box = new QMessageBox(report.error.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
            tr("Import Finished"), summary, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(tr("Some files were not imported; the details list each one with the reason."));
        box->setDetailedText(details);
        box->setWindowModality(Qt::NonModal);
        box->show();
    }
    emit importFinished(report);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            return;
    }
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        paths << url.toLocalFile();
    event->acceptProposedAction();
    importPaths(paths);
}

} // namespace crossread
