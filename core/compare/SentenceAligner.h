#pragma once
// Pairs the sentences of two documents regardless of their order. Identical sentences pair first
// by fingerprint; the rest get candidates from an inverted index over their rarer terms (top-k by
// partial TF-IDF score, so no sentence-by-sentence matrix is ever built), are scored by TF-IDF
// cosine plus trigram cosine and assigned greedily best-first; a last pass tries the neighbours of
// aligned pairs. Pairs out of order against the longest in-order chain are marked moved.
#include "compare/CompareTypes.h"

#include <QList>

namespace crossread {

class SentenceFeatures;

struct SentenceAlignment
{
    QList<SentencePair> pairs; // ordered by a; ops left empty
    QList<int> onlyA;
    QList<int> onlyB;
};

class SentenceAligner
{
public:
    struct Options
    {
        double paraphrase = 0.5; // at or above: paraphrase
        double changed = 0.22; // at or above (with shared key content): changed
        int candidates = 8; // per sentence, from the inverted index
    };

    SentenceAligner() = default;
    explicit SentenceAligner(const Options &options)
        : m_options(options)
    { }

    SentenceAlignment align(const SentenceFeatures &features, int documentA, int documentB) const;

    // Sets `moved` on pairs (sorted by a) outside a longest chain increasing in b.
    static void markMoved(QList<SentencePair> *pairs);

private:
    Options m_options;
};

} // namespace crossread
