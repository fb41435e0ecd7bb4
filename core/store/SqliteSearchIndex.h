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

    // The regular expression that finds the query's terms and phrases in a text.
    static QRegularExpression occurrencePattern(const QString &query);
    static QString snippetAround(const QString &text, qsizetype from, qsizetype to);

private:
    Database &m_db;
};

} // namespace crossread
