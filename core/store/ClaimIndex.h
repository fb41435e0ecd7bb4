#pragma once
// The project's sentence index: every sentence of every article with the hashes of its terms
// (ClaimTerms), and an FTS5 index over them, so that the sentences of other articles sharing a
// sentence's rarer terms are found in milliseconds over 10,000 articles. Writes run inside the
// caller's transaction (an import indexes what it stores in the same one).
#include "compare/ClaimTerms.h"
#include "compare/CompareTypes.h"

#include <QHash>
#include <QList>

namespace crossread {

class Database;

struct IndexedSentence
{
    qint64 id = 0;
    qint64 articleId = 0;
    int ordinal = 0;
    qint64 start = 0; // code points of the stored text
    qint64 end = 0;
    std::vector<quint32> terms;
    double rank = 0; // candidates(): FTS5's bm25 rank, lower is better
};

class ClaimIndex
{
public:
    explicit ClaimIndex(Database &db)
        : m_db(db)
    { }

    // Replaces what the index holds for the article.
    bool indexArticle(qint64 articleId, const QList<TermSentence> &sentences);
    bool removeArticle(qint64 articleId);
    // Articles not indexed, or indexed by an older ClaimTerms::kVersion; at most limit.
    QList<qint64> staleArticles(int limit);
    qint64 staleCount();
    bool isIndexed(qint64 articleId);

    QList<IndexedSentence> sentences(qint64 articleId);
    // The indexed sentences first..last of an article (those that exist) as one stretch: the
    // first and last ordinal found and the code points from the first's start to the last's
    // end. False where none of them is indexed.
    bool stretch(qint64 articleId, int first, int last, SentenceRun *ordinals, qint64 *start, qint64 *end);
    // Sentences of other articles than `exclude` holding any of the terms, best bm25 first.
    QList<IndexedSentence> candidates(const std::vector<quint32> &terms, qint64 exclude, int limit);
    // In how many indexed sentences each term occurs (terms no sentence has are left out).
    QHash<quint32, int> sentenceFrequencies(const std::vector<quint32> &terms);
    qint64 sentenceCount();
    // A spread sample of up to `limit` sentences' terms, for term statistics.
    QList<std::vector<quint32>> sampleTerms(int limit);

private:
    bool markIndexed(qint64 articleId);
    Database &m_db;
};

} // namespace crossread
