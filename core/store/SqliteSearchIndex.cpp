#include "store/SqliteSearchIndex.h"

#include "store/Database.h"

namespace crossread {

bool SqliteSearchIndex::engineQuery(const QString &query, QString *out, QString *) const
{
    *out = query; // FTS5 reads the user's syntax as it is, and says what it cannot read
    return true;
}

QString SqliteSearchIndex::newestMatchesSql() const
{
    // FTS5's rank is bm25(), lower is better.
    return QStringLiteral("SELECT rowid, -rank FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT ?");
}

bool SqliteSearchIndex::rebuild()
{
    return m_db.execSql(QStringLiteral("INSERT INTO article_fts(article_fts) VALUES ('rebuild')"));
}

} // namespace crossread
