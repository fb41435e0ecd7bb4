#pragma once
// Copies a whole project into an empty one, whatever their engines: a file to a team server
// (`crossread push`) or back (`crossread pull`). All or nothing: the copy is one transaction on
// the target, and a target that already holds articles, tags or spans is refused untouched.
// The claim index is not copied; the target indexes its articles again when asked (ClaimIndexer).
#include <QString>

namespace crossread {

class Database;

struct CopyReport
{
    QString error; // empty on success
    qint64 articles = 0;
    qint64 spans = 0;
    qint64 tags = 0;
};

class ProjectCopier
{
public:
    // Both open (and so migrated to the same schema version).
    static CopyReport copy(Database &source, Database &target);

private:
    static bool copyTable(Database &source, Database &target, const QString &table, qint64 *rows, QString *error);
};

} // namespace crossread
