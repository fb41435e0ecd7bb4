#pragma once
// The schema migrations of a team project on PostgreSQL: the same numbers as the SQLite ones
// (Migrations), written for PostgreSQL where SQLite's statements do not carry over (types,
// row ids, FTS5 → tsvector, PRAGMAs → meta rows).
#include <QStringList>

namespace crossread {

class PostgresMigrations
{
public:
    // The statements that take a server project from version - 1 to version; SHARED are the
    // SQLite steps of that version, used as they are where they are portable.
    static QStringList steps(int version, const QStringList &shared);
};

} // namespace crossread
