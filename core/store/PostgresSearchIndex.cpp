#include "store/PostgresSearchIndex.h"

#include "store/Database.h"
#include "store/TsQuery.h"

namespace crossread {

bool PostgresSearchIndex::engineQuery(const QString &query, QString *out, QString *reason) const
{
    *out = TsQuery::fromFts5(query, reason);
    return !out->isEmpty();
}

QString PostgresSearchIndex::newestMatchesSql() const
{
    return QStringLiteral("SELECT a.id, ts_rank_cd(a.fts, tq) FROM articles a, to_tsquery('simple', ?) tq"
                          " WHERE a.fts @@ tq ORDER BY a.id DESC LIMIT ?");
}

bool PostgresSearchIndex::rebuild()
{
    // The vectors are generated columns, never out of step; a damaged index is built anew.
    return m_db.execSql(QStringLiteral("REINDEX INDEX articles_fts"));
}

} // namespace crossread
