#pragma once
// Brings the open project's sentence index (behind "who else says this?") up to date in a
// worker thread: articles imported before the index existed, or by an older version of its
// terms, are indexed on their own connection while the window keeps working; the status bar
// says how far it is. Closing the project stops it; finished batches stay indexed.
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <atomic>

class QLabel;
class QStatusBar;

namespace crossread {

class ClaimIndexController : public QObject
{
    Q_OBJECT
public:
    explicit ClaimIndexController(QStatusBar *statusBar, QObject *parent = nullptr);
    ~ClaimIndexController() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    // Starts indexing what the project file lacks; false when a run is under way already.
    bool start(const QString &projectPath);
    void cancel();
    void waitForFinished();

signals:
    // error: why the index could not be brought up to date; empty when it was (or cancelled).
    void finished(const QString &error);

private:
    void onProgress(qint64 done, qint64 total);

    // Its own pool: the indexer fans out on the global pool, which must not wait on itself.
    QThreadPool m_pool;
    QFutureWatcher<QString> m_watcher;
    std::atomic_bool m_cancel { false };
    QLabel *m_label;
};

} // namespace crossread
