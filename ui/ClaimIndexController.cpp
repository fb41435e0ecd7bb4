#include "ClaimIndexController.h"

#include "store/ClaimIndexer.h"
#include "store/Database.h"

#include <QLabel>
#include <QPointer>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace crossread {

ClaimIndexController::ClaimIndexController(QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_label(new QLabel(statusBar))
{
    m_pool.setMaxThreadCount(1);
    m_label->setObjectName(QStringLiteral("claimIndexProgress"));
    statusBar->addPermanentWidget(m_label);
    m_label->hide();
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        m_label->hide();
        emit finished(m_watcher.result());
    });
}

ClaimIndexController::~ClaimIndexController()
{
    cancel();
    waitForFinished();
}

bool ClaimIndexController::start(const QString &projectPath)
{
    if (isRunning())
        return false;
    m_cancel = false;
    QPointer<ClaimIndexController> self(this);
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [self, projectPath, cancel = &m_cancel]() -> QString {
        Database db;
        if (!db.open(projectPath))
            return db.error();
        ClaimIndexer indexer(db);
        indexer.setCancelFlag(cancel);
        indexer.setProgress([self](qint64 done, qint64 total) {
            // Runs on the worker: hand the numbers to the window's thread.
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total] {
                    if (self)
                        self->onProgress(done, total);
                },
                Qt::QueuedConnection);
        });
        return indexer.run() ? QString() : indexer.error();
    }));
    return true;
}

void ClaimIndexController::cancel()
{
    m_cancel = true;
}

void ClaimIndexController::waitForFinished()
{
    m_watcher.waitForFinished();
}

void ClaimIndexController::onProgress(qint64 done, qint64 total)
{
    if (!isRunning() || total == 0)
        return;
    m_label->setText(tr("Indexing sentences for “Who else says this?”: %1 of %2 articles").arg(done).arg(total));
    m_label->setVisible(done < total);
}

} // namespace crossread
