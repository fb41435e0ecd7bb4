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
    connect(&m_debounce, &QTimer::timeout, this, &FolderWatcher::checkNow);
}

void FolderWatcher::watch(const QString &folder, const QString &projectPath)
{
    m_debounce.stop();
    m_shards.clear();
    m_watched.clear();
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
    watchPaths(scan.files);
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
    watchPaths(folders);
}

void FolderWatcher::watchPaths(const QStringList &paths)
{
    QStringList add;
    for (const QString &p : paths) {
        if (!m_watched.contains(p)) {
            add << p;
            m_watched.insert(p); // one the system cannot watch (too many) is still scanned
        }
    }
    qsizetype from = 0;
    while (from < add.size()) {
        QFileSystemWatcher *shard = m_shards.empty() ? nullptr : m_shards.back().get();
        const qsizetype room = shard ? kShardSize - shard->files().size() - shard->directories().size() : qsizetype(0);
        if (room <= 0) {
            m_shards.push_back(std::make_unique<QFileSystemWatcher>());
            shard = m_shards.back().get();
            connect(shard, &QFileSystemWatcher::directoryChanged, &m_debounce, qOverload<>(&QTimer::start));
            connect(shard, &QFileSystemWatcher::fileChanged, &m_debounce, qOverload<>(&QTimer::start));
            continue;
        }
        shard->addPaths(add.mid(from, room));
        from += room;
    }
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
    watchPaths(scan.files);
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
