// MainWindow and the coder: the name every edit is recorded under, asked for on the first
// start and changed with Edit › Coder….
#include "MainWindow.h"

#include "domain/CoderName.h"
#include "workspace/CoderSettings.h"
#include "workspace/Workspace.h"

#include <QInputDialog>
#include <QLabel>
#include <QStatusBar>

namespace crossread {

void MainWindow::applyCoder(const QString &name)
{
    m_workspace->setCoder(name);
    m_coderLabel->setText(tr("Coder: %1").arg(m_workspace->coder()));
}

void MainWindow::chooseCoder()
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("coderDialog"));
    dialog.setWindowTitle(tr("Coder"));
    dialog.setLabelText(tr("Record my spans, notes and figures under the name\n(empty: the login name, %1):")
                            .arg(CoderName::systemUser()));
    dialog.setTextValue(m_workspace->coder());
    if (dialog.exec() != QDialog::Accepted)
        return;
    CoderSettings::save(dialog.textValue());
    applyCoder(CoderSettings::current());
    statusBar()->showMessage(tr("Coding as %1").arg(m_workspace->coder()), 5000);
}

bool MainWindow::askForCoderIfFirstStart()
{
    if (CoderSettings::wasAsked())
        return false;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("firstCoderDialog"));
    dialog.setWindowTitle(tr("Who Is Coding?"));
    dialog.setLabelText(tr("Crossread records who made each span, note and figure, so that the coding of\n"
                           "several analysts can be told apart. Your name (Edit › Coder… changes it):"));
    dialog.setTextValue(CoderName::systemUser());
    dialog.setOkButtonText(tr("Use This Name"));
    dialog.setCancelButtonText(tr("Skip"));
    // Skipping keeps no name, so the login name codes; the question is not asked again.
    const bool named = dialog.exec() == QDialog::Accepted;
    CoderSettings::save(named ? dialog.textValue() : QString());
    applyCoder(CoderSettings::current());
    return true;
}

} // namespace crossread
