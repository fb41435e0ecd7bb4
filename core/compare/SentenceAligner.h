#pragma once
// Aligns the sentences of two documents n:m, in the spirit of Bertalign and Vecalign, in phases:
//  1. candidates: identical sentences by fingerprint, and for every other sentence the few
//     sentences of the other text sharing most of its rarer terms (an inverted index, so no
//     sentence-by-sentence matrix is built);
//  2. anchors: the heaviest chain of confident 1:1 candidates that is in order on both sides; a
//     repeated sentence anchors to its in-order copy, never to a far one;
//  3. backbone: between anchors, one dynamic-programming pass over sentences and runs of up to
//     four consecutive sentences a side (1:1, 1:n, n:1, small n:m, skips), kept in order;
//  4. leftovers: each sentence the backbone left over is aligned where the other text supports
//     most of what it says (containment), wherever that is: restated facts (an FAQ repeating the
//     story) and moved paragraphs. Out of order against the backbone, it is flagged moved;
//  5. kinds: identical, paraphrase, split/merge, partial, changed.
#include "compare/CompareTypes.h"

#include <QList>

namespace crossread {

class SentenceFeatures;

struct SentenceAlignment
{
    QList<Alignment> alignments; // ordered by A run, then B run; ops left empty
    QList<int> onlyA;
    QList<int> onlyB;
};

class SentenceAligner
{
public:
    struct Options
    {
        int maxRun = 4; // sentences a side in one alignment
        double anchor = 0.6; // 1:1 similarity of a confident pair that may anchor the backbone
        double hardAnchor = 0.9; // ... that the backbone does not reconsider
        double accept = 0.3; // a backbone alignment is worth (similarity - accept) per sentence
        double member = 0.3; // every sentence of a multi-sentence run: this much of it supported
        double crossPenalty = 0.5; // cost of an n:m with several sentences on both sides, per crossing
        double leftover = 0.5; // a leftover sentence aligns where this much of it is supported
        // A sentence of fewer content words and figures (a label, "Artificial Intelligence") is
        // contained in many sentences without being stated by them: it aligns only as a
        // paraphrase in the backbone, and never by containment.
        int minWords = 3;
        double paraphrase = 0.5; // similarity of a paraphrase (below: changed)
        double partialHigh = 0.8; // partial: one side supported at least this much...
        double partialLow = 0.55; // ... the other less than this
        int candidates = 8; // per sentence, from the inverted index
        int band = 10; // half-width of the DP's search band where a gap between anchors is large
    };

    SentenceAligner() = default;
    explicit SentenceAligner(const Options &options)
        : m_options(options)
    { }

    SentenceAlignment align(const SentenceFeatures &features, int documentA, int documentB) const;

private:
    Options m_options;
};

} // namespace crossread
