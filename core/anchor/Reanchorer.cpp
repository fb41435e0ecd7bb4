#include "anchor/Reanchorer.h"

#include "anchor/CandidateFinder.h"
#include "anchor/SpanQuery.h"

#include <algorithm>

namespace crossread {

namespace {

// An exact relocation this sure needs no approximate search to be beaten.
constexpr double kStrongRelocation = 0.9;
// An orphan's candidates may differ this much (a share of the quote): a rewritten sentence.
constexpr double kOrphanSearchErrors = 0.6;
// A candidate placed only because it is the nearest of several equals keeps this share of its
// confidence.
constexpr double kNearestOfEquals = 0.8;

} // namespace

struct Reanchorer::Choice
{
    std::optional<SpanCandidate> best;
    bool ambiguous = false; // equals far apart, none clearly the nearest
};

Reanchorer::Reanchorer(const QString &newText, const AnchorOptions &options)
    : m_options(options)
    , m_versions(newText)
{ }

Reanchorer::Reanchorer(const QString &oldText, const QString &newText, const AnchorOptions &options)
    : m_options(options)
    , m_versions(oldText, newText)
{ }

QList<AnchorResult> Reanchorer::anchorAll(const QList<SpanSelectors> &spans) const
{
    QList<AnchorResult> out;
    out.reserve(spans.size());
    for (const SpanSelectors &s : spans)
        out.append(anchor(s));
    return out;
}

AnchorResult Reanchorer::anchor(const SpanSelectors &span) const
{
    const SpanQuery q = SpanQuery::prepare(span, m_versions);
    if (q.isEmpty())
        return orphan({});
    const CandidateFinder finder(m_versions, q, m_options);

    // 1. Where the word alignment puts it, unchanged, with unchanged context: no search.
    if (const std::optional<SpanCandidate> same = finder.unchangedInPlace())
        return placed(*same);

    // 2. The exact quote with matching context.
    QList<SpanCandidate> matching;
    QList<SpanCandidate> pool;
    for (const SpanCandidate &c : finder.exactOccurrences())
        (c.method == AnchorResult::Exact ? matching : pool).append(c);
    // Where the word alignment kept one of them, that is the span, whatever copies surround it.
    if (std::any_of(matching.cbegin(), matching.cend(), [](const SpanCandidate &c) { return c.confirmed; }))
        matching.removeIf([](const SpanCandidate &c) { return !c.confirmed; });
    // Every copy of the quote in matching context is the span's equal, however slightly their
    // contexts differ (a sentence repeated in a summary): the alignment or the position must tell
    // them apart.
    const Choice inContext = choose(matching, 1.0);
    if (inContext.best && inContext.best->confidence >= m_options.minConfidence)
        return placed(*inContext.best);
    if (inContext.ambiguous)
        return orphan(matching);
    pool += matching; // below the threshold: still offered if nothing better turns up

    // 3. The exact quote elsewhere.
    const Choice elsewhere = choose(pool, m_options.ambiguityMargin);
    if (elsewhere.best && elsewhere.best->confidence >= std::max(kStrongRelocation, m_options.minConfidence))
        return placed(*elsewhere.best);

    // 4. Approximate matches, and the changed text the alignment put in the span's place.
    pool += finder.approximateMatches(pool, m_options.maxQuoteErrors);
    if (const std::optional<SpanCandidate> aligned = finder.alignmentCandidate()) {
        if (std::none_of(pool.cbegin(), pool.cend(), [&](const SpanCandidate &c) { return c.sameRange(*aligned); }))
            pool.append(*aligned);
    }
    const Choice best = choose(pool, m_options.ambiguityMargin);
    if (best.best && best.best->confidence >= m_options.minConfidence)
        return placed(*best.best);
    // 5. An orphan: when nothing came near, look wider for something to offer the analyst.
    if (pool.isEmpty())
        pool = finder.approximateMatches(pool, kOrphanSearchErrors);
    return orphan(pool);
}

Reanchorer::Choice Reanchorer::choose(QList<SpanCandidate> candidates, double margin) const
{
    candidates.removeIf([](const SpanCandidate &c) { return !c.placeable; });
    if (candidates.isEmpty())
        return {};
    std::sort(candidates.begin(), candidates.end(), [](const SpanCandidate &a, const SpanCandidate &b) {
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        return a.distance < b.distance;
    });
    const SpanCandidate &best = candidates.first();
    QList<SpanCandidate> equals { best };
    for (qsizetype i = 1; i < candidates.size(); ++i) {
        const SpanCandidate &c = candidates.at(i);
        if (c.confidence < best.confidence - margin)
            break;
        if (!std::any_of(equals.cbegin(), equals.cend(), [&](const SpanCandidate &e) { return e.overlaps(c); }))
            equals.append(c);
    }
    if (equals.size() == 1)
        return { best };
    // The word alignment knows which of several equals is the span.
    const auto confirmedCount
        = std::count_if(equals.cbegin(), equals.cend(), [](const SpanCandidate &c) { return c.confirmed; });
    if (confirmedCount == 1 && best.confirmed)
        return { best };
    // Otherwise position decides, but only when one is clearly the nearest: distance breaks ties,
    // it never turns a poor match into a good one.
    std::sort(equals.begin(), equals.end(),
        [](const SpanCandidate &a, const SpanCandidate &b) { return a.distance < b.distance; });
    if (2 * equals.at(0).distance < equals.at(1).distance) {
        SpanCandidate nearest = equals.at(0);
        nearest.confidence *= kNearestOfEquals;
        return { nearest };
    }
    return { std::nullopt, true };
}

AnchorResult Reanchorer::placed(const SpanCandidate &c) const
{
    AnchorResult r;
    r.method = c.method;
    r.confidence = std::clamp(c.confidence, 0.0, 1.0);
    const TextRange range = m_versions.newRange(c.start, c.end);
    r.range = range;
    r.text = m_versions.newText(range);
    return r;
}

AnchorResult Reanchorer::orphan(QList<SpanCandidate> candidates) const
{
    AnchorResult r;
    std::sort(candidates.begin(), candidates.end(), [](const SpanCandidate &a, const SpanCandidate &b) {
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        return a.quoteSimilarity + std::max(a.prefixSimilarity, a.suffixSimilarity)
            > b.quoteSimilarity + std::max(b.prefixSimilarity, b.suffixSimilarity);
    });
    QList<SpanCandidate> listed;
    for (const SpanCandidate &c : candidates) {
        if (listed.size() >= m_options.maxCandidates)
            break;
        if (std::any_of(listed.cbegin(), listed.cend(), [&](const SpanCandidate &l) { return l.overlaps(c); }))
            continue;
        listed.append(c);
        AnchorCandidate a;
        a.range = m_versions.newRange(c.start, c.end);
        a.text = m_versions.newText(a.range);
        a.confidence = std::clamp(c.confidence, 0.0, 1.0);
        a.quoteSimilarity = c.quoteSimilarity;
        a.contextSimilarity = std::max(c.prefixSimilarity, c.suffixSimilarity);
        r.candidates.append(a);
    }
    return r;
}

} // namespace crossread
