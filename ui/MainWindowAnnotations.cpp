// MainWindow: File › Import Annotations… (W3C JSON-LD and REFI-QDA files onto the project's
// articles, re-anchored where their text differs; one undoable edit).
#include "MainWindow.h"

#include "export/AnnotationFile.h"
#include "commands/ImportAnnotationsCommand.h"
#include "store/Project.h"
#include "workspace/Workspace.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace crossread {

void MainWindow::chooseAnnotationsFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import Annotations"), QString(),
        tr("Annotations (*.jsonld *.json *.qdpx);;W3C Web Annotations (*.jsonld *.json);;REFI-QDA projects "
           "(*.qdpx);;All files (*)"));
    if (!file.isEmpty())
        importAnnotationsFile(file);
}

QString MainWindow::importAnnotationsFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (!m_project->isOpen()) {
        const QString text = tr("%1: open a project first; annotations go onto its articles.").arg(name);
        showAnnotationImportMessage(true, text, {});
        return text;
    }
    AnnotationFile file;
    if (!file.read(path)) {
        const QString text = tr("%1 was not imported: %2").arg(name, file.errorString());
        showAnnotationImportMessage(true, text, {});
        return text;
    }
    AnnotationImporter::Report report;
    m_workspace->undoStack()->push(
        new ImportAnnotationsCommand(m_project, file.annotations(), m_workspace->coder(), &report));
    if (!report.error.isEmpty()) {
        const QString text = tr("%1 was not imported: %2").arg(name, report.error);
        showAnnotationImportMessage(true, text, {});
        return text;
    }
    m_project->notifyArticlesChanged();
    const int orphans = int(report.orphans.size());
    // Annotations on no article of the project, and those the file itself could not give.
    const int skipped = report.annotations - report.placed() - orphans + int(file.warnings().size());
    const QString text = tr("%1: annotations placed %2, orphaned %3 (listed in Needs attention), skipped %4.")
                             .arg(name)
                             .arg(report.placed())
                             .arg(orphans)
                             .arg(skipped);
    showAnnotationImportMessage(false, text, report.unmatched + file.warnings());
    return text;
}

void MainWindow::showAnnotationImportMessage(bool failed, const QString &text, const QStringList &details)
{
    statusBar()->showMessage(text, 10000);
    if (m_quiet)
        return;
    auto *box = new QMessageBox(failed ? QMessageBox::Warning : QMessageBox::Information, tr("Import Annotations"),
        text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty()) {
        box->setInformativeText(tr("The details list what was skipped and why."));
        box->setDetailedText(details.join(u'\n'));
    }
    box->setWindowModality(Qt::NonModal);
    box->show();
}

} // namespace crossread
