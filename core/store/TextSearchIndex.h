#pragma once
// What both search engines share: the articles an engine finds (matchingArticles) are read and
// every occurrence of the query's terms and phrases is found in their text, in code points.
#include "store/SearchIndex.h"

#include <QRegularExpression>

namespace crossread {

class Database;

class TextSearchIndex : public SearchIndex
{
public:
    explicit TextSearchIndex(Database &db)
        : m_db(db)
    { }

    bool search(const QString &query, int maxHits, QList<SearchHit> *hits, QString *error) override;
    // Ranking every match of a phrase of common words over 100,000 articles takes most of a
    // second on either engine, so the newest kRankWindow matches are fetched, each with its
    // score (cheap while matches are many); only when that is all of them are they ranked by it.
    QList<qint64> matchingArticles(const QString &query, int limit, QString *error) final;
    bool rankedAllMatches() const override { return m_rankedAll; }

    // Up to this many matching articles are ranked; beyond, the newest come first.
    static constexpr int kRankWindow = 2000;

    // The regular expression that finds the query's terms and phrases in a text.
    static QRegularExpression occurrencePattern(const QString &query);
    static QString snippetAround(const QString &text, qsizetype from, qsizetype to);

protected:
    // The user's query in the engine's own syntax; false with the reason when it cannot be read.
    virtual bool engineQuery(const QString &query, QString *out, QString *reason) const = 0;
    // Ids of the articles matching the bound engine query, newest first, at most the bound
    // limit; with a second column, each one's score (higher is better), which ranks a window
    // that holds every match without a second query. Where the phrase check is the cost
    // (PostgreSQL: positions live in each row's vector, not in the index) scores come with it;
    // where ranking is (FTS5's bm25 over 2,000 matches of common words), rankedMatchesSql()
    // ranks afterwards, only when the window holds every match.
    virtual QString newestMatchesSql() const = 0;
    // Ids best first, at most the bound limit; unused when newestMatchesSql() gives scores.
    virtual QString rankedMatchesSql() const { return {}; }

    Database &m_db;
    bool m_rankedAll = true;
};

} // namespace crossread
