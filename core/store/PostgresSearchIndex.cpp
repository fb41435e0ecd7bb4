#include "store/PostgresSearchIndex.h"

#include "store/Database.h"
#include "store/TsQuery.h"

#include <QObject>
#include <QSqlError>

namespace crossread {

QList<qint64> PostgresSearchIndex::matchingArticles(const QString &query, int limit, QString *error)
{
    QString syntax;
    const QString tsquery = TsQuery::fromFts5(query, &syntax);
    const auto failed = [&](const QString &reason) {
        if (error)
            *error = QObject::tr("cannot search for %1: %2").arg(query, reason);
        return QList<qint64>();
    };
    if (tsquery.isEmpty())
        return failed(syntax);
    // As on SQLite: ranking every match of a common phrase over 100,000 articles takes too
    // long, so the newest kRankWindow come first; only when that is all of them are they ranked.
    const int window = std::max(kRankWindow, limit);
    QList<qint64> newest;
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT id FROM articles WHERE fts @@ to_tsquery('simple', ?) ORDER BY id DESC LIMIT ?"));
    q.addBindValue(tsquery);
    q.addBindValue(window);
    if (!q.exec()) {
        const QString reason = q.lastError().databaseText();
        q.finish();
        return failed(reason);
    }
    while (q.next())
        newest.append(q.value(0).toLongLong());
    q.finish();
    m_rankedAll = newest.size() < window;
    if (!m_rankedAll)
        return newest.mid(0, limit);
    QList<qint64> ids;
    QSqlQuery &ranked
        = m_db.prepared(QStringLiteral("SELECT a.id FROM articles a, to_tsquery('simple', ?) tq WHERE a.fts @@ tq"
                                       " ORDER BY ts_rank_cd(a.fts, tq) DESC, a.id DESC LIMIT ?"));
    ranked.addBindValue(tsquery);
    ranked.addBindValue(limit);
    if (!ranked.exec()) {
        const QString reason = ranked.lastError().databaseText();
        ranked.finish();
        return failed(reason);
    }
    while (ranked.next())
        ids.append(ranked.value(0).toLongLong());
    ranked.finish();
    return ids;
}

bool PostgresSearchIndex::rebuild()
{
    // The vectors are generated columns, never out of step; a damaged index is built anew.
    return m_db.execSql(QStringLiteral("REINDEX INDEX articles_fts"));
}

} // namespace crossread
