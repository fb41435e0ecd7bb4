#pragma once
// Runs a ProjectImporter in a worker thread and shows its progress, with a Cancel
// button, in the status bar. The window keeps working on its own connection meanwhile.
#include "store/ProjectImporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <atomic>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

namespace crossread {

class ImportController : public QObject
{
    Q_OBJECT
public:
    explicit ImportController(QStatusBar *statusBar, QObject *parent = nullptr);
    ~ImportController() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    // Starts importing paths into the project file; false when an import already runs.
    bool start(const QString &projectPath, const QStringList &paths);
    void cancel();
    void waitForFinished();

    // One line for the status bar, and the per-file reasons for a details pane.
    static QString summary(const ImportReport &report);
    static QString details(const ImportReport &report);

signals:
    void finished(const crossread::ImportReport &report);

private:
    void onProgress(int done, int total, const QString &path);
    void onFinished();

    // Its own pool: the importer fans out on the global pool, which must not wait on itself.
    QThreadPool m_pool;
    QFutureWatcher<ImportReport> m_watcher;
    std::atomic_bool m_cancel { false };
    QWidget *m_box;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancelButton;
};

} // namespace crossread
