#include "ImportController.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace crossread {

ImportController::ImportController(QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_box(new QWidget(statusBar))
    , m_label(new QLabel(m_box))
    , m_bar(new QProgressBar(m_box))
    , m_cancelButton(new QToolButton(m_box))
{
    m_pool.setMaxThreadCount(1);
    m_box->setObjectName(QStringLiteral("importProgress"));
    auto *layout = new QHBoxLayout(m_box);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(true);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the import; files imported so far are kept"));
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancelButton);
    statusBar->addPermanentWidget(m_box);
    m_box->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, &ImportController::cancel);
    connect(&m_watcher, &QFutureWatcher<ImportReport>::finished, this, &ImportController::onFinished);
}

ImportController::~ImportController()
{
    cancel();
    waitForFinished();
}

bool ImportController::start(const QString &projectPath, const QStringList &paths)
{
    if (isRunning())
        return false;
    m_cancel = false;
    m_label->setText(tr("Importing…"));
    m_bar->setRange(0, 0);
    m_cancelButton->setEnabled(true);
    m_box->show();
    QPointer<ImportController> self(this);
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [self, projectPath, paths, cancel = &m_cancel]() {
        ProjectImporter importer(projectPath);
        importer.setCancelFlag(cancel);
        importer.setProgress([self](int done, int total, const QString &path) {
            // Runs on the worker: hand the numbers to the window's thread.
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total, path] {
                    if (self)
                        self->onProgress(done, total, path);
                },
                Qt::QueuedConnection);
        });
        return importer.run(paths);
    }));
    return true;
}

void ImportController::cancel()
{
    if (!isRunning())
        return;
    m_cancel = true;
    m_label->setText(tr("Cancelling…"));
    m_cancelButton->setEnabled(false);
}

void ImportController::waitForFinished()
{
    m_watcher.waitForFinished();
}

void ImportController::onProgress(int done, int total, const QString &path)
{
    if (!isRunning())
        return;
    m_bar->setRange(0, std::max(1, total));
    m_bar->setValue(done);
    m_bar->setFormat(tr("%1 of %2 files").arg(done).arg(total));
    if (!m_cancel)
        m_label->setText(path.isEmpty() ? tr("Importing…") : tr("Importing %1").arg(QFileInfo(path).fileName()));
}

void ImportController::onFinished()
{
    m_box->hide();
    emit finished(m_watcher.result());
}

QString ImportController::summary(const ImportReport &report)
{
    if (!report.error.isEmpty())
        return tr("Import failed: %1").arg(report.error);
    QString text = tr("%n file(s) imported", nullptr, report.imported);
    if (report.updated)
        text += tr(", %n updated", nullptr, report.updated);
    if (report.unchanged)
        text += tr(", %n unchanged", nullptr, report.unchanged);
    if (!report.skipped.isEmpty())
        text += tr(", %n skipped", nullptr, int(report.skipped.size()));
    if (!report.failed.isEmpty())
        text += tr(", %n failed", nullptr, int(report.failed.size()));
    if (report.versions)
        text += tr(", %n new version(s)", nullptr, report.versions);
    if (report.fuzzy)
        text += tr(", %n coded span(s) whose text changed", nullptr, report.fuzzy);
    if (!report.orphans.isEmpty())
        text += tr(", %n span(s) need attention", nullptr, int(report.orphans.size()));
    if (report.cancelled)
        text += tr(" (cancelled)");
    return text;
}

QString ImportController::details(const ImportReport &report)
{
    QStringList lines;
    if (!report.failed.isEmpty()) {
        lines << tr("Failed:");
        for (const auto &e : report.failed)
            lines << tr("  %1: %2").arg(QDir::toNativeSeparators(e.path), e.reason);
    }
    if (!report.skipped.isEmpty()) {
        lines << tr("Skipped:");
        for (const auto &e : report.skipped)
            lines << tr("  %1: %2").arg(QDir::toNativeSeparators(e.path), e.reason);
    }
    if (!report.notes.isEmpty()) {
        lines << tr("Imported, note:");
        for (const auto &e : report.notes)
            lines << tr("  %1: %2").arg(QDir::toNativeSeparators(e.path), e.reason);
    }
    if (!report.orphans.isEmpty()) {
        lines << tr("Spans not found again in the new version (kept, listed under Needs attention):");
        for (const auto &o : report.orphans)
            lines << tr("  %1: “%2”").arg(QDir::toNativeSeparators(o.path), o.text);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace crossread
