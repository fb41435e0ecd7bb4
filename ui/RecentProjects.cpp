#include "RecentProjects.h"

#include <QFileInfo>
#include <QSettings>

namespace crossread::RecentProjects {

namespace {
const QString kKey = QStringLiteral("recentProjects");

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

} // namespace crossread::RecentProjects
