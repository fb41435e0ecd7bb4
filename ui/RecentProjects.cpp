#include "RecentProjects.h"

#include <QFileInfo>
#include <QSettings>

namespace crossread::RecentProjects {

namespace {
const QString kKey = QStringLiteral("recentProjects");

QString lastArticleKey(const QString &projectPath)
{
    // Paths may hold characters QSettings treats as separators: encode them.
    return QStringLiteral("lastArticle/")
        + QString::fromLatin1(
            QFileInfo(projectPath).absoluteFilePath().toUtf8().toBase64(QByteArray::Base64UrlEncoding));
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
        if (QFileInfo(p).isFile())
            out << p;
    }
    return out;
}

void add(const QString &projectPath)
{
    const QString path = QFileInfo(projectPath).absoluteFilePath();
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
    paths.removeAll(QFileInfo(projectPath).absoluteFilePath());
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
