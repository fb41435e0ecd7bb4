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
    return QStringLiteral("SELECT id FROM articles WHERE fts @@ to_tsquery('simple', ?) ORDER BY id DESC LIMIT ?");
}

QString PostgresSearchIndex::rankedMatchesSql() const
{
    return QStringLiteral("SELECT a.id FROM articles a, to_tsquery('simple', ?) tq WHERE a.fts @@ tq"
                          " ORDER BY ts_rank_cd(a.fts, tq) DESC, a.id DESC LIMIT ?");
}

bool PostgresSearchIndex::rebuild()
{
    // The vectors are generated columns, never out of step; a damaged index is built anew.
    return m_db.execSql(QStringLiteral("REINDEX INDEX articles_fts"));
}

} // namespace crossread
