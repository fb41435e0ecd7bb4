#pragma once
// SearchIndex on SQLite FTS5 (the article_fts table kept in step by triggers).
#include "store/SearchIndex.h"

#include <QRegularExpression>

namespace crossread {

class Database;

class SqliteSearchIndex : public SearchIndex
{
public:
    explicit SqliteSearchIndex(Database &db)
        : m_db(db)
    { }

    bool search(const QString &query, int maxHits, QList<SearchHit> *hits, QString *error) override;
    QList<qint64> matchingArticles(const QString &query, int limit, QString *error) override;
    bool rebuild() override;
    bool rankedAllMatches() const override { return m_rankedAll; }

    // Up to this many matching articles are ranked (bm25); beyond, the newest come first.
    static constexpr int kRankWindow = 2000;

    // The regular expression that finds the query's terms and phrases in a text.
    static QRegularExpression occurrencePattern(const QString &query);
    static QString snippetAround(const QString &text, qsizetype from, qsizetype to);

private:
    Database &m_db;
    bool m_rankedAll = true;
};

} // namespace crossread
