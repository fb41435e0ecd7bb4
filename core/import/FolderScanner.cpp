#include "FolderScanner.h"

#include "ArticleImporter.h"
#include "FileReader.h"
#include "NativePath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>

namespace crossread {

namespace {

// The file system's identity of a file or folder, the same through every link to it.
using Identity = QPair<quint64, quint64>; // (device, inode)

Identity identity(const struct stat &st)
{
    return { quint64(st.st_dev), quint64(st.st_ino) };
}

QByteArray canonical(const QByteArray &native)
{
    char resolved[PATH_MAX];
    return ::realpath(native.constData(), resolved) ? QByteArray(resolved) : QByteArray();
}

bool isInside(const QByteArray &path, const QByteArray &root)
{
    return path == root || path.startsWith(root.endsWith('/') ? root : root + '/');
}

// The names in a folder (hidden ones left out: .crossread, .git, editor backups), by byte order.
bool listFolder(const QByteArray &native, QList<QByteArray> *names, int *error)
{
    DIR *dir = ::opendir(native.constData());
    if (!dir) {
        *error = errno;
        return false;
    }
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] != '.')
            names->append(QByteArray(entry->d_name));
    }
    ::closedir(dir);
    std::sort(names->begin(), names->end());
    return true;
}

} // namespace

FolderScanner::ScanResult FolderScanner::scan(const QString &folder)
{
    ScanResult result;
    const QFileInfo root(folder);
    if (!root.exists()) {
        result.skipped.append({ folder, QStringLiteral("folder does not exist") });
        return result;
    }
    if (!root.isDir()) {
        result.skipped.append({ folder, QStringLiteral("not a folder") });
        return result;
    }
    const QByteArray rootNative = QFile::encodeName(root.absoluteFilePath());
    const QByteArray rootCanonical = canonical(rootNative);

    // Real folders first, breadth first, linked folders last: a folder is listed under its own path
    // rather than through a link that leads to it.
    QList<QPair<QByteArray, int>> pending { { rootNative, 0 } };
    QList<QPair<QByteArray, int>> linked;
    QSet<Identity> visitedDirs; // a link to a folder already scanned is not followed again
    QSet<Identity> seenFiles;
    QList<QPair<Identity, QByteArray>> linkedFiles;
    const auto addFile = [&](const QByteArray &path, const Identity &id) {
        if (seenFiles.contains(id))
            return;
        seenFiles.insert(id);
        const QString shown = NativePath::readable(path);
        result.files.append(shown);
        if (!NativePath::isValidUtf8(path)) {
            result.nativePaths.insert(shown, path);
            result.renamed.append(
                { shown, QStringLiteral("the file name is not valid UTF-8; shown with \\xHH for its stray bytes") });
        }
    };
    while (!pending.isEmpty() || !linked.isEmpty()) {
        const auto [dirPath, depth] = pending.isEmpty() ? linked.takeFirst() : pending.takeFirst();
        const QString dirShown = NativePath::readable(dirPath);
        struct stat dirStat;
        if (::stat(dirPath.constData(), &dirStat) != 0) {
            result.skipped.append({ dirShown, QStringLiteral("folder cannot be resolved") });
            continue;
        }
        if (visitedDirs.contains(identity(dirStat)))
            continue;
        visitedDirs.insert(identity(dirStat));
        QList<QByteArray> names;
        int error = 0;
        if (!listFolder(dirPath, &names, &error)) {
            result.skipped.append({ dirShown,
                error == EACCES ? QStringLiteral("permission denied") : QString::fromLocal8Bit(std::strerror(error)) });
            continue;
        }
        for (const QByteArray &name : std::as_const(names)) {
            const QByteArray path = dirPath.endsWith('/') ? dirPath + name : dirPath + '/' + name;
            const QString shown = NativePath::readable(path);
            struct stat st;
            if (::lstat(path.constData(), &st) != 0)
                continue; // removed while the folder was read
            const bool isLink = S_ISLNK(st.st_mode);
            if (isLink) {
                if (::stat(path.constData(), &st) != 0) {
                    if (ArticleImporter::isSupported(shown))
                        result.skipped.append({ shown, QStringLiteral("broken symbolic link") });
                    continue;
                }
                // A link may lead anywhere (/, /dev/zero): only what lies inside the folder is imported.
                const QByteArray target = canonical(path);
                if (!isInside(target, rootCanonical)) {
                    if (S_ISDIR(st.st_mode) || ArticleImporter::isSupported(shown))
                        result.skipped.append({ shown,
                            QStringLiteral("symbolic link to %1, outside the imported folder")
                                .arg(NativePath::readable(target)) });
                    continue;
                }
            }
            if (S_ISDIR(st.st_mode)) {
                if (depth + 1 > MaxDepth)
                    result.skipped.append({ shown, QStringLiteral("nested more than %1 folders deep").arg(MaxDepth) });
                else
                    (isLink ? linked : pending).append({ path, depth + 1 });
                continue;
            }
            if (!ArticleImporter::isSupported(shown))
                continue;
            if (!S_ISREG(st.st_mode)) {
                result.skipped.append(
                    { shown, QStringLiteral("not a regular file: %1").arg(FileReader::kindOf(st.st_mode)) });
                continue;
            }
            if (isLink)
                linkedFiles.append({ identity(st), path }); // after every file under its own name
            else
                addFile(path, identity(st));
        }
    }
    for (const auto &[id, path] : std::as_const(linkedFiles))
        addFile(path, id);
    result.files.sort();
    return result;
}

QByteArray FolderScanner::nativePath(const ScanResult &scan, const QString &path)
{
    return scan.nativePaths.value(path, QFile::encodeName(path));
}

} // namespace crossread
