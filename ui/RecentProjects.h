#pragma once
// The list of recently opened project files, newest first, kept in QSettings under
// "recentProjects" and shared by the File menu and the welcome page.
#include <QStringList>

namespace crossread {

namespace RecentProjects {

constexpr int kMaxEntries = 10;

QStringList list(); // only files that still exist
void add(const QString &projectPath); // moves it to the front
void remove(const QString &projectPath);
// The article last shown in a project, so reopening it returns there (0 = none).
qint64 lastArticle(const QString &projectPath);
void setLastArticle(const QString &projectPath, qint64 articleId);

} // namespace RecentProjects

} // namespace crossread
