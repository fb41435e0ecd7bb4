#pragma once
// "Who else says this?": the sentences of a project's other articles that state the claim of a
// passage (one sentence or a few) of one article, ranked by how closely they state it. The
// sentence index (ClaimIndex) proposes the sentences sharing the passage's rarer terms (bm25);
// each is verified with the aligner's similarity (ClaimVerifier: stems, synonyms, figures by
// value, names; IDF weights from a sample of the project's sentences), alone or with a
// neighbour, and the figures of the two are compared (agree, compatible, conflict).
#include "compare/CompareTypes.h"
#include "compare/DocumentFrequencies.h"

#include <QString>

namespace crossread {

class Database;

struct SimilarClaim
{
    qint64 articleId = 0;
    SentenceRun sentences; // ordinals among the article's sentences
    qint64 start = 0; // code points of the article's stored text, first sentence to last
    qint64 end = 0;
    QString text;
    Alignment::Kind kind = Alignment::Changed;
    double similarity = 0;
    double supportPassage = 0; // share of the passage this run states
    double supportOther = 0; // share of this run the passage states
    QList<FigureComparison> figures; // a: the passage, b: this run; code points of the stored texts

    bool conflicts() const;
    bool agrees() const; // figures compared, none in conflict
};

struct SimilarClaims
{
    qint64 articleId = 0;
    SentenceRun sentences; // the passage: the sentences the asked range touches (at most four)
    qint64 start = 0;
    qint64 end = 0;
    QString text;
    QList<SimilarClaim> claims; // best first
    int candidates = 0; // sentences the index proposed
    QString error; // the article is missing, the range holds no sentence, the index cannot be read
};

class SimilarClaimsFinder
{
public:
    explicit SimilarClaimsFinder(Database &db)
        : m_db(db)
    { }

    // Range: code points of the article's stored text; every sentence it touches is the passage.
    SimilarClaims find(qint64 articleId, qint64 start, qint64 end, int limit = 50);

    static constexpr int kMaxPassage = 4; // sentences
    static constexpr int kCandidates = 200; // sentences the index proposes for verification

private:
    const DocumentFrequencies &frequencies();

    Database &m_db;
    DocumentFrequencies m_frequencies;
    qint64 m_frequenciesOf = -1; // sentence count the sample was taken at
};

} // namespace crossread
