#pragma once
// Phase 3 of SentenceAligner: the in-order backbone. Hard anchors (identical or nearly identical
// pairs) cut the texts into gaps; in each gap one dynamic-programming pass chooses 1:1, 1:n, n:1
// and small n:m alignments of consecutive sentences and skips, maximising the summed
// (similarity - accept) over the sentences aligned. Large gaps are searched in a band around the
// line through the soft anchors, as Bertalign does, so the cost stays linear in the text.
#include "compare/CompareTypes.h"
#include "compare/SentenceAligner.h"

#include <vector>

namespace crossread {

class SentenceFeatures;

class AlignmentBackbone
{
public:
    struct Anchor
    {
        int a = 0;
        int b = 0;
        bool hard = false; // taken as it is; soft anchors only guide the band
    };

    AlignmentBackbone(
        const SentenceFeatures &features, int documentA, int documentB, const SentenceAligner::Options &options);

    // `chain` increases strictly in a and b. Alignments come out in order, moved never set.
    QList<Alignment> align(const std::vector<Anchor> &chain) const;

private:
    void alignGap(int a0, int a1, int b0, int b1, const std::vector<Anchor> &soft, QList<Alignment> *out) const;

    const SentenceFeatures &m_features;
    int m_documentA;
    int m_documentB;
    const SentenceAligner::Options &m_options;
};

} // namespace crossread
