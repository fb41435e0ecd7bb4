#pragma once
// Finds the places in a new version where one span might be, and judges each: the exact
// occurrences of its quote, approximate matches (bit-parallel search, ApproximateMatcher) and the
// text the word alignment put in its place. Each candidate gets its context similarity, whether
// the alignment confirms it, its distance from where the span was expected, and from those its
// method and confidence (AnchorEvidence). Text the alignment kept from elsewhere in the old
// version is never a candidate: it is that other text, however alike it reads.
#include "anchor/AnchorOptions.h"
#include "anchor/AnchorResult.h"
#include "anchor/SpanQuery.h"
#include "anchor/VersionTexts.h"

#include <QList>

#include <optional>

namespace crossread {

struct SpanCandidate
{
    qsizetype start = 0; // folded units of the new text
    qsizetype end = 0;
    double quoteSimilarity = 1;
    double prefixSimilarity = 1;
    double suffixSimilarity = 1;
    double context = 0; // AnchorEvidence::contextEvidence of the better side
    double weakerSide = 1; // AnchorEvidence::agreement of the less similar side
    bool confirmed = false; // the word alignment puts the span here
    qsizetype distance = 0; // from where the span was expected
    AnchorResult::Method method = AnchorResult::Orphan;
    double confidence = 0;
    bool placeable = true; // false: only listed for an orphan

    bool overlaps(const SpanCandidate &o) const { return start < o.end && o.start < end; }
    bool sameRange(const SpanCandidate &o) const { return start == o.start && end == o.end; }
};

class CandidateFinder
{
public:
    CandidateFinder(const VersionTexts &versions, const SpanQuery &query, const AnchorOptions &options);

    // Exact occurrences: Exact where both context sides match, Relocated elsewhere.
    QList<SpanCandidate> exactOccurrences() const;
    // Approximate matches not in `known` with at most errorShare x the quote's length errors,
    // Fuzzy. Those far from the expected place, or found with more errors than the options allow
    // (a wider search for an orphan's candidates), are not placeable.
    QList<SpanCandidate> approximateMatches(const QList<SpanCandidate> &known, double errorShare) const;
    // The changed text the alignment put in the span's place, Fuzzy; null when it kept the quote.
    std::optional<SpanCandidate> alignmentCandidate() const;
    // The same text where the alignment put it, with its context unchanged: no search needed.
    std::optional<SpanCandidate> unchangedInPlace() const;

private:
    bool score(SpanCandidate *c) const; // false: the candidate is other text
    bool fitsBoundaries(qsizetype start, qsizetype end) const;
    double prefixSimilarity(qsizetype start) const;
    double suffixSimilarity(qsizetype end) const;
    qsizetype fuzzyReach() const; // how far from the expected place changed text may be placed
    QList<FoldedRange> searchWindows() const;
    // Edit distance of the quote to TEXT: exact, or for a long quote estimated from the word diff.
    int quoteDistance(QStringView text) const;
    // Where in WINDOW the word diff puts a long quote, with whatever replaced parts of it.
    std::optional<FoldedRange> locateByDiff(const FoldedRange &window) const;
    qsizetype snapStart(qsizetype pos, qsizetype limit) const; // to the nearer word start, not past limit
    qsizetype snapEnd(qsizetype pos, qsizetype limit) const;

    const VersionTexts &m_versions;
    const SpanQuery &m_query;
    const AnchorOptions &m_options;
    const QString &m_text; // the new version, folded
};

} // namespace crossread
