#pragma once
// Watches a project's folder (every folder under it, those made later too, and the files in
// them) and, a moment after the last change (debounced, so that a sync tool writing fifty files
// makes one report), reports the files an import would add or change: paths the project does not
// know, and known files whose bytes no longer have the stored hash. A file is reported once per
// change (its modification time); what the analyst dismissed is not offered again until it
// changes again. Reads the project on its own connection, never writes.
#include <QDateTime>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

namespace crossread {

class FolderWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FolderWatcher(QObject *parent = nullptr);

    // Watches FOLDER for the project file PROJECTPATH; an empty folder stops watching. Files that
    // are new or changed now are not reported: only what changes from here on.
    void watch(const QString &folder, const QString &projectPath);
    QString folder() const { return m_folder; }
    void setDelay(int ms) { m_debounce.setInterval(ms); }
    // Looks at once (a test, or after the window was away); emits filesChanged when there is news.
    void checkNow();

    // Qt's watcher looks each new path up in a list of those it has, so 10,000 files in one
    // would take most of a second to add; they go into watchers of this many paths each.
    static constexpr int kShardSize = 4096;

signals:
    // New or changed files (absolute paths), each reported once per change.
    void filesChanged(const QStringList &paths);

private:
    QStringList changedFiles();
    void watchFolders(); // the folder and every folder under it
    // Watches those of PATHS not watched yet.
    void watchPaths(const QStringList &paths);
    std::vector<std::unique_ptr<QFileSystemWatcher>> m_shards;
    QSet<QString> m_watched; // files and folders given to a watcher
    QTimer m_debounce;
    QString m_folder;
    QString m_projectPath;
    QHash<QString, QDateTime> m_reported; // path -> modification time when last reported or seen
};

} // namespace crossread
