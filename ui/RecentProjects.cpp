#include "RecentProjects.h"

#include "store/ProjectLocation.h"

#include <QFileInfo>
#include <QSettings>

namespace crossread::RecentProjects {

namespace {
const QString kKey = QStringLiteral("recentProjects");

// A file by its absolute path; a team project by its URL without a password (never stored).
QString key(const QString &projectPath)
{
    return ProjectLocation::isServerUrl(projectPath) ? ProjectLocation::withoutPassword(projectPath)
                                                     : QFileInfo(projectPath).absoluteFilePath();
}

QString lastArticleKey(const QString &projectPath)
{
    // Paths may hold characters QSettings treats as separators: encode them.
    return QStringLiteral("lastArticle/")
        + QString::fromLatin1(key(projectPath).toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

void store(const QStringList &paths)
{
    QSettings().setValue(kKey, paths);
}
} // namespace

QStringList list()
{
    QStringList out;
    for (const QString &p : QSettings().value(kKey).toStringList()) {
        // A server cannot be asked cheaply here; opening it says whether it is still there.
        if (ProjectLocation::isServerUrl(p) || QFileInfo(p).isFile())
            out << p;
    }
    return out;
}

void add(const QString &projectPath)
{
    const QString path = key(projectPath);
    QStringList paths = QSettings().value(kKey).toStringList();
    paths.removeAll(path);
    paths.prepend(path);
    while (paths.size() > kMaxEntries)
        paths.removeLast();
    store(paths);
}

void remove(const QString &projectPath)
{
    QStringList paths = QSettings().value(kKey).toStringList();
    paths.removeAll(key(projectPath));
    store(paths);
}

qint64 lastArticle(const QString &projectPath)
{
    return QSettings().value(lastArticleKey(projectPath)).toLongLong();
}

void setLastArticle(const QString &projectPath, qint64 articleId)
{
    QSettings().setValue(lastArticleKey(projectPath), articleId);
}

} // namespace crossread::RecentProjects
