#include "store/SqliteSearchIndex.h"

#include "store/Database.h"

#include <QObject>
#include <QSqlError>

namespace crossread {

QList<qint64> SqliteSearchIndex::matchingArticles(const QString &query, int limit, QString *error)
{
    // bm25 ranks by scanning every match of the query (for its weights) and then scoring each:
    // over 100,000 articles that match a phrase of common words, most of a second. So FTS5
    // first walks the matches from the newest article and stops after kRankWindow of them
    // (cheap while matches are many); only when that is all of them are they ranked.
    const int window = std::max(kRankWindow, limit);
    QList<qint64> newest;
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT ?"));
    q.addBindValue(query);
    q.addBindValue(window);
    const auto failed = [&](QSqlQuery &query) {
        if (error)
            *error = QObject::tr("cannot search for %1: %2")
                         .arg(query.boundValue(0).toString(), query.lastError().databaseText());
        query.finish();
        return QList<qint64>();
    };
    if (!q.exec())
        return failed(q);
    while (q.next())
        newest.append(q.value(0).toLongLong());
    q.finish();
    m_rankedAll = newest.size() < window;
    if (!m_rankedAll)
        return newest.mid(0, limit);
    QList<qint64> ids;
    QSqlQuery &ranked = m_db.prepared(
        QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rank LIMIT ?"));
    ranked.addBindValue(query);
    ranked.addBindValue(limit);
    if (!ranked.exec())
        return failed(ranked);
    while (ranked.next())
        ids.append(ranked.value(0).toLongLong());
    ranked.finish();
    return ids;
}

bool SqliteSearchIndex::rebuild()
{
    return m_db.execSql(QStringLiteral("INSERT INTO article_fts(article_fts) VALUES ('rebuild')"));
}

} // namespace crossread
