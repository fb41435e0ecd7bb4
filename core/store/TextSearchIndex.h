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
    bool rankedAllMatches() const override { return m_rankedAll; }

    // Up to this many matching articles are ranked; beyond, the newest come first.
    static constexpr int kRankWindow = 2000;

    // The regular expression that finds the query's terms and phrases in a text.
    static QRegularExpression occurrencePattern(const QString &query);
    static QString snippetAround(const QString &text, qsizetype from, qsizetype to);

protected:
    Database &m_db;
    bool m_rankedAll = true;
};

} // namespace crossread
