#include "FolderScanner.h"

#include "ArticleImporter.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace crossread {

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

    // Real folders first, breadth first, linked folders last: a folder is listed under its own path
    // rather than through a link that leads to it.
    QList<QPair<QString, int>> pending { { root.absoluteFilePath(), 0 } };
    QList<QPair<QString, int>> linked;
    QSet<QString> visitedDirs; // canonical paths: a link to a folder already scanned is not followed again
    QSet<QString> seenFiles;
    while (!pending.isEmpty() || !linked.isEmpty()) {
        const auto [dirPath, depth] = pending.isEmpty() ? linked.takeFirst() : pending.takeFirst();
        const QFileInfo dirInfo(dirPath);
        const QString canonical = dirInfo.canonicalFilePath();
        if (canonical.isEmpty()) {
            result.skipped.append({ dirPath, QStringLiteral("folder cannot be resolved") });
            continue;
        }
        if (visitedDirs.contains(canonical))
            continue;
        visitedDirs.insert(canonical);
        if (!dirInfo.isReadable() || !dirInfo.isExecutable()) {
            result.skipped.append({ dirPath, QStringLiteral("permission denied") });
            continue;
        }

        const QFileInfoList entries = QDir(dirPath).entryInfoList(
            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (entry.fileName().startsWith(QLatin1Char('.')))
                continue; // .crossread, .git, editor backups
            const QString path = entry.absoluteFilePath();
            if (entry.isSymLink() && !entry.exists()) {
                if (ArticleImporter::isSupported(path))
                    result.skipped.append({ path, QStringLiteral("broken symbolic link") });
                continue;
            }
            if (entry.isDir()) {
                if (depth + 1 > MaxDepth)
                    result.skipped.append({ path, QStringLiteral("nested more than %1 folders deep").arg(MaxDepth) });
                else
                    (entry.isSymLink() ? linked : pending).append({ path, depth + 1 });
                continue;
            }
            if (!entry.isFile() || !ArticleImporter::isSupported(path))
                continue;
            const QString canonicalFile = entry.canonicalFilePath();
            if (seenFiles.contains(canonicalFile))
                continue;
            seenFiles.insert(canonicalFile);
            result.files.append(path);
        }
    }
    result.files.sort();
    return result;
}

} // namespace crossread
