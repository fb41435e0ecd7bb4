#pragma once
// The numbered schema migrations of a project database (PRAGMA user_version).
// A migration is never edited once released; new ones are appended.
#include <QStringList>

namespace crossread {

class Database;

class Migrations
{
public:
    static int latestVersion();
    // Applies every migration above the file's version up to target, each in its own transaction.
    static bool migrate(Database &db, int targetVersion);

private:
    static QStringList steps(int version);
    // Before version 4's unique index: tags of one name under one parent become one.
    static bool mergeDuplicateTags(Database &db);
    // Runs one step; a step naming :coder (version 5) gets the migrating user bound to it.
    static bool runStep(Database &db, const QString &sql);
};

} // namespace crossread
