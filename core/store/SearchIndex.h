#pragma once
// Full-text search over article text. The interface hides the engine (SQLite FTS5
// here) so that another backend (PostgreSQL tsvector) can implement it.
#include <QList>
#include <QString>

namespace crossread {

struct SearchHit
{
    qint64 articleId = 0;
    QString path;
    QString title;
    qint64 start = 0; // code points into the article text
    qint64 end = 0;
    QString snippet; // the hit with some context, on one line
};

class SearchIndex
{
public:
    virtual ~SearchIndex() = default;
    // Every occurrence of QUERY (words, "quoted phrases", AND/OR/NOT, prefix*) in
    // the best-ranked articles, at most maxHits. On a syntax error returns false.
    virtual bool search(const QString &query, int maxHits, QList<SearchHit> *hits, QString *error) = 0;
    // Ids of the articles matching QUERY (no positions), best first, at most limit.
    virtual QList<qint64> matchingArticles(const QString &query, int limit, QString *error) = 0;
    // After a search: false when so many articles matched that they came newest first rather
    // than ranked (answering at once matters more than ranking tens of thousands of matches).
    virtual bool rankedAllMatches() const = 0;
    // Rebuilds the index from the stored texts (after a damaged index or a bulk load).
    virtual bool rebuild() = 0;
};

} // namespace crossread
