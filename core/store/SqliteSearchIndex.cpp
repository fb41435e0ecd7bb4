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
    return QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT ?");
}

QString SqliteSearchIndex::rankedMatchesSql() const
{
    // FTS5's rank is bm25(); computed only when the window held every match.
    return QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rank LIMIT ?");
}

bool SqliteSearchIndex::rebuild()
{
    return m_db.execSql(QStringLiteral("INSERT INTO article_fts(article_fts) VALUES ('rebuild')"));
}

} // namespace crossread
