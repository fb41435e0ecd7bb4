#include "workspace/FolderWatcher.h"

#include "import/ArticleImporter.h"
#include "import/FileReader.h"
#include "import/FolderScanner.h"
#include "store/ArticleStore.h"
#include "store/Database.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>

namespace crossread {

FolderWatcher::FolderWatcher(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(1500);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, &FolderWatcher::checkNow);
}

void FolderWatcher::watch(const QString &folder, const QString &projectPath)
{
    m_debounce.stop();
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_reported.clear();
    m_folder = folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath();
    m_projectPath = projectPath;
    if (m_folder.isEmpty() || !QFileInfo(m_folder).isDir())
        return;
    // What is there now is the baseline: the analyst imports it or not by hand.
    watchFolders();
    const FolderScanner::ScanResult scan = FolderScanner::scan(m_folder);
    for (const QString &f : scan.files)
        m_reported.insert(f, QFileInfo(f).lastModified());
    watchPaths(scan.files, m_watcher.files());
}

void FolderWatcher::watchFolders()
{
    QStringList folders { m_folder };
    QDirIterator it(m_folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString dir = it.next();
        if (!QFileInfo(dir).fileName().startsWith(u'.')) // .crossread, .git: not the articles
            folders << dir;
    }
    watchPaths(folders, m_watcher.directories());
}

void FolderWatcher::watchPaths(const QStringList &paths, const QStringList &watched)
{
    QStringList add;
    for (const QString &p : paths) {
        if (!watched.contains(p))
            add << p;
    }
    if (!add.isEmpty())
        m_watcher.addPaths(add); // paths the system cannot watch (too many) are still scanned
}

void FolderWatcher::checkNow()
{
    if (m_folder.isEmpty())
        return;
    const QStringList changed = changedFiles();
    if (!changed.isEmpty())
        emit filesChanged(changed);
}

QStringList FolderWatcher::changedFiles()
{
    // Folders made since are watched before they are read: a file written into one after the
    // scan raises an event, one written before is found by the scan.
    watchFolders();
    const FolderScanner::ScanResult scan = FolderScanner::scan(m_folder);
    watchPaths(scan.files, m_watcher.files());
    QHash<QString, ArticleStore::Known> known;
    Database db;
    if (db.open(m_projectPath, Database::OpenMode::ExistingOnly))
        known = ArticleStore(db).knownFiles();
    QStringList out;
    for (const QString &path : scan.files) {
        const QDateTime modified = QFileInfo(path).lastModified();
        const auto seen = m_reported.constFind(path);
        if (seen != m_reported.cend() && *seen == modified)
            continue;
        m_reported.insert(path, modified);
        const auto k = known.constFind(path);
        if (k == known.cend()) {
            out << path;
            continue;
        }
        const FileReader::Result file
            = FileReader::read(FolderScanner::nativePath(scan, path), ArticleImporter::MaxFileSize);
        if (file.status == FileReader::Status::Read
            && QCryptographicHash::hash(file.bytes, QCryptographicHash::Sha256).toHex() != k->hash)
            out << path;
    }
    return out;
}

} // namespace crossread
