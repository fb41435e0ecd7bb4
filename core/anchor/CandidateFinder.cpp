#include "anchor/CandidateFinder.h"

#include "anchor/AnchorEvidence.h"
#include "anchor/ApproximateMatcher.h"
#include "domain/CodePoints.h"

#include <QStringMatcher>

#include <algorithm>

namespace crossread {

namespace {

// Past this many folded units a quote is located, and its distance measured, through the word
// diff rather than the bit-parallel search, which costs the text's length times the quote's / 64
// (seconds for a span over a whole article); and it is looked for only near where it is expected.
constexpr qsizetype kLongQuote = 2048;
// Occurrences and approximate matches judged per span, at most (a quote like "the" recurs often).
constexpr int kMaxOccurrences = 5000;
constexpr int kMaxApproximate = 200;
// How far from its old offset changed text may be placed when the old text is not known.
constexpr qsizetype kFuzzyReachUnaligned = 512;
// How far a match boundary may move to reach a word boundary.
constexpr int kSnapReach = 24;

qsizetype overlap(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
{
    return std::max<qsizetype>(0, std::min(a1, b1) - std::max(a0, b0));
}

} // namespace

CandidateFinder::CandidateFinder(const VersionTexts &versions, const SpanQuery &query, const AnchorOptions &options)
    : m_versions(versions)
    , m_query(query)
    , m_options(options)
    , m_text(versions.folded().text())
{ }

std::optional<SpanCandidate> CandidateFinder::unchangedInPlace() const
{
    if (!m_query.proposalIsQuote(m_versions))
        return std::nullopt;
    SpanCandidate c { m_query.proposal->first, m_query.proposal->second };
    c.prefixSimilarity = prefixSimilarity(c.start);
    c.suffixSimilarity = suffixSimilarity(c.end);
    if (c.prefixSimilarity < 1.0 || c.suffixSimilarity < 1.0)
        return std::nullopt;
    c.confirmed = true;
    c.method = AnchorResult::Exact;
    c.confidence = 1.0;
    return c;
}

bool CandidateFinder::fitsBoundaries(qsizetype start, qsizetype end) const
{
    return (!m_query.boundaryBefore || m_versions.startsWord(start))
        && (!m_query.boundaryAfter || m_versions.endsWord(end));
}

double CandidateFinder::prefixSimilarity(qsizetype start) const
{
    if (!m_query.contextKnown)
        return 1.0; // nothing to compare: the context neither speaks for nor against
    const QStringView text(m_text);
    const QString &prefix = m_query.prefix;
    if (prefix.isEmpty())
        return start == 0 || (start == 1 && text.at(0) == QLatin1Char(' ')) ? 1.0 : 0.0; // the text's start
    if (text.left(start).endsWith(prefix))
        return 1.0;
    if (start < prefix.size()) // the new text starts sooner: compare what there is
        return ApproximateMatcher::similarity(QStringView(prefix).right(start), text.left(start));
    // The context may have shifted by what was inserted in it: it is matched against the end of a
    // longer window, not against the same number of characters.
    const qsizetype from = std::max<qsizetype>(0, start - prefix.size() - prefix.size() / 4 - 2);
    const int d = m_query.prefixMatcher->distanceToSuffixOf(text.mid(from, start - from));
    return 1.0 - double(d) / double(prefix.size());
}

double CandidateFinder::suffixSimilarity(qsizetype end) const
{
    if (!m_query.contextKnown)
        return 1.0;
    const QStringView text(m_text);
    const QString &suffix = m_query.suffix;
    const qsizetype n = text.size();
    if (suffix.isEmpty())
        return end == n || (end == n - 1 && text.at(end) == QLatin1Char(' ')) ? 1.0 : 0.0; // the text's end
    if (text.mid(end).startsWith(suffix))
        return 1.0;
    if (n - end < suffix.size()) // the new text ends sooner: compare what there is
        return ApproximateMatcher::similarity(QStringView(suffix).left(n - end), text.mid(end));
    const int d = m_query.suffixMatcher->distanceToPrefixOf(text.mid(end, suffix.size() + suffix.size() / 4 + 2));
    return 1.0 - double(d) / double(suffix.size());
}

bool CandidateFinder::score(SpanCandidate *c) const
{
    if (m_query.aligned) {
        // Text the alignment keeps from elsewhere in the old version is that text, not the span,
        // however alike the two read.
        const VersionAlignment::Origin o
            = m_versions.alignment().origin(m_versions.newRange(c->start, c->end), m_query.oldRange);
        const qint64 total = o.inside + o.outside + o.fresh;
        if (total > 0 && 2 * o.outside > total)
            return false;
        c->confirmed = m_query.proposal
            && 2 * overlap(c->start, c->end, m_query.proposal->first, m_query.proposal->second) >= c->end - c->start;
    }
    c->prefixSimilarity = prefixSimilarity(c->start);
    c->suffixSimilarity = suffixSimilarity(c->end);
    if (m_query.contextKnown) {
        // A context cut short by the new text's edge counts for what is left of it; a span that
        // began (ended) the text and still does has the edge itself for context, and only one
        // place in the text is there.
        auto evidence = [](const QString &context, double similarity, qsizetype room) {
            if (context.isEmpty())
                return similarity;
            return AnchorEvidence::contextEvidence(similarity, std::min(context.size(), room));
        };
        c->context = std::max(evidence(m_query.prefix, c->prefixSimilarity, c->start),
            evidence(m_query.suffix, c->suffixSimilarity, m_text.size() - c->end));
        c->weakerSide = AnchorEvidence::agreement(std::min(c->prefixSimilarity, c->suffixSimilarity));
    }
    c->distance = std::abs(c->start - m_query.expected);
    return true;
}

QList<SpanCandidate> CandidateFinder::exactOccurrences() const
{
    QList<SpanCandidate> out;
    const QStringMatcher matcher(m_query.quote);
    int occurrences = 0;
    for (qsizetype at = matcher.indexIn(m_text, 0); at >= 0 && occurrences < kMaxOccurrences;
         at = matcher.indexIn(m_text, at + 1)) {
        SpanCandidate c { at, at + m_query.quote.size() };
        if (!fitsBoundaries(c.start, c.end))
            continue;
        ++occurrences;
        if (score(&c))
            out.append(c);
    }
    bool unique = occurrences == 1;
    if (unique && m_query.aligned) {
        const qsizetype first = matcher.indexIn(m_versions.oldFolded(), 0);
        unique = first >= 0 && matcher.indexIn(m_versions.oldFolded(), first + 1) < 0;
    }
    const double distinct = AnchorEvidence::distinctEvidence(m_query.quote.size(), unique, m_query.aligned);
    const bool repeatedWithoutOld = !m_query.aligned && occurrences > 1;
    // What the quote's length says when the context backs it too, old text or not.
    const double looselyDistinct = AnchorEvidence::distinctEvidence(m_query.quote.size(), unique);
    for (SpanCandidate &c : out) {
        const bool inContext = c.prefixSimilarity >= AnchorEvidence::kContextMatch
            && c.suffixSimilarity >= AnchorEvidence::kContextMatch;
        if (inContext) {
            c.method = AnchorResult::Exact;
            c.confidence = AnchorEvidence::exactConfidence(c.prefixSimilarity, c.suffixSimilarity);
            // Without the old text, a quote found several times ("in a") in a context 90% alike
            // may be a sibling sentence's, a figure in its context differing ("raised $615
            // million [in a] round" and "raised $248 million [in a] round", the first deleted):
            // its context must be near-identical on both sides.
            if (repeatedWithoutOld)
                c.confidence = std::min(c.confidence, c.weakerSide);
        } else {
            c.method = AnchorResult::Relocated;
            // Without the old text, a changed context far from the old offset may as well be a
            // sibling sentence ("X weighed a bid for Y" twice): there only a long quote is trusted.
            // And a quote found several times needs both sides of its context: one side is what
            // sentences cut from one pattern share ("first showed Atlas [Mini to] 5 customers in
            // Hobart" and "... [Mini to] 3 customers in Hobart").
            const bool far = !m_query.aligned && c.distance > fuzzyReach();
            const double context = repeatedWithoutOld ? std::min(c.context, c.weakerSide) : c.context;
            c.confidence = AnchorEvidence::relocatedConfidence(c.confirmed, far ? 0.0 : context, distinct);
            // Far, one side of context still counts for a quote that is distinctive itself (a
            // paragraph moved, the span at its start).
            if (far)
                c.confidence = std::max(c.confidence, std::min(0.95, context * looselyDistinct));
        }
    }
    return out;
}

QList<FoldedRange> CandidateFinder::searchWindows() const
{
    const qsizetype n = m_text.size();
    const qsizetype m = m_query.quote.size();
    const qsizetype reach = m + qsizetype(m_options.maxQuoteErrors * double(m)) + SpanSelectors::kContextLength;
    QList<FoldedRange> windows;
    if (!m_query.aligned && m <= kLongQuote)
        return { { 0, n } };
    if (m_query.proposal)
        windows.append({ m_query.proposal->first - reach, m_query.proposal->second + reach });
    else
        windows.append({ m_query.expected - reach, m_query.expected + m + reach });
    if (m_query.aligned) {
        // Text that moved, or moved and changed, is new to the alignment: search whatever of it
        // could hold most of the quote.
        for (const FoldedRange &w : m_versions.changedFolded()) {
            if (2 * (w.second - w.first) >= m)
                windows.append({ w.first - reach, w.second + reach });
        }
    }
    for (FoldedRange &w : windows)
        w = { std::clamp<qsizetype>(w.first, 0, n), std::clamp<qsizetype>(w.second, 0, n) };
    std::sort(windows.begin(), windows.end());
    QList<FoldedRange> merged;
    for (const FoldedRange &w : windows) {
        if (!merged.isEmpty() && w.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, w.second);
        else if (w.second > w.first)
            merged.append(w);
    }
    return merged;
}

qsizetype CandidateFinder::snapStart(qsizetype pos, qsizetype limit) const
{
    if (m_versions.startsWord(pos))
        return pos;
    qsizetype left = pos;
    while (left > 0 && pos - left < kSnapReach && !m_versions.startsWord(left))
        --left;
    qsizetype right = pos;
    while (right < limit && right - pos < kSnapReach && !m_versions.startsWord(right))
        ++right;
    const bool leftOk = m_versions.startsWord(left);
    const bool rightOk = right < limit && m_versions.startsWord(right);
    if (leftOk && (!rightOk || pos - left <= right - pos))
        return left;
    return rightOk ? right : pos;
}

qsizetype CandidateFinder::snapEnd(qsizetype pos, qsizetype limit) const
{
    if (m_versions.endsWord(pos))
        return pos;
    qsizetype right = pos;
    while (right < m_text.size() && right - pos < kSnapReach && !m_versions.endsWord(right))
        ++right;
    qsizetype left = pos;
    while (left > limit && pos - left < kSnapReach && !m_versions.endsWord(left))
        --left;
    const bool rightOk = m_versions.endsWord(right);
    const bool leftOk = left > limit && m_versions.endsWord(left);
    if (rightOk && (!leftOk || right - pos <= pos - left))
        return right;
    return leftOk ? left : pos;
}

QList<SpanCandidate> CandidateFinder::approximateMatches(const QList<SpanCandidate> &known, double errorShare) const
{
    const qsizetype m = m_query.quote.size();
    const int maxErrors = int(errorShare * double(m));
    if (maxErrors < 1)
        return {};
    const QStringView text(m_text);
    const QChar space(QLatin1Char(' '));
    struct Found
    {
        qsizetype start;
        qsizetype end;
        int errors;
    };
    std::vector<Found> found;
    for (const FoldedRange &w : searchWindows()) {
        QList<ApproximateMatcher::Match> matches;
        if (m > kLongQuote) {
            if (const std::optional<FoldedRange> r = locateByDiff(w))
                matches.append({ r->first - w.first, r->second - w.first, -1 });
        } else {
            matches = m_query.quoteMatcher->search(text.mid(w.first, w.second - w.first), maxErrors);
        }
        for (const ApproximateMatcher::Match &match : matches) {
            qsizetype s = w.first + match.start;
            qsizetype e = w.first + match.end;
            // A match ends where its errors are fewest, which may cut a word ("...at this le"):
            // its ends move to word boundaries unless the span itself cut a word there.
            if (!m_query.cutBefore)
                s = snapStart(s, e);
            if (!m_query.cutAfter)
                e = snapEnd(e, s);
            while (s < e && text.at(s) == space)
                ++s;
            while (e > s && text.at(e - 1) == space)
                --e;
            if (e <= s)
                continue;
            const bool moved = s != w.first + match.start || e != w.first + match.end;
            found.push_back({ s, e, moved ? -1 : match.errors }); // -1: to be measured
        }
    }
    // The fewest errors first, then the nearest; an approximate search on a short quote finds many.
    std::sort(found.begin(), found.end(), [&](const Found &a, const Found &b) {
        const int ea = a.errors < 0 ? maxErrors : a.errors;
        const int eb = b.errors < 0 ? maxErrors : b.errors;
        if (ea != eb)
            return ea < eb;
        return std::abs(a.start - m_query.expected) < std::abs(b.start - m_query.expected);
    });
    QList<SpanCandidate> out;
    for (const Found &f : found) {
        if (out.size() >= kMaxApproximate)
            break;
        SpanCandidate c { f.start, f.end };
        const auto same = [&](const SpanCandidate &o) { return o.sameRange(c); };
        if (std::any_of(known.cbegin(), known.cend(), same) || std::any_of(out.cbegin(), out.cend(), same))
            continue;
        const int errors = f.errors >= 0 ? f.errors : quoteDistance(text.mid(f.start, f.end - f.start));
        if (errors == 0 || errors > maxErrors || !fitsBoundaries(c.start, c.end) || !score(&c))
            continue; // an exact occurrence was judged already
        c.quoteSimilarity = 1.0 - double(errors) / double(std::max(m, c.end - c.start));
        c.method = AnchorResult::Fuzzy;
        // Without the old text, a few changed words with one side of their context the same are as
        // likely a sibling sentence ("$188.6 [million figure did] not include debt from Copse
        // Capital" deleted, "$88 [billion figure did] not include debt from Copse Capital" kept):
        // both sides must speak for them. A longer quote speaks for itself as well.
        const bool few = m < AnchorEvidence::kShortQuote;
        const double context = m_query.aligned || !few ? c.context : std::min(c.context, c.weakerSide);
        c.confidence = AnchorEvidence::fuzzyConfidence(c.quoteSimilarity, c.confirmed, context);
        // Edit distance and distance from the old place are judged apart: an unchanged quote may
        // have moved anywhere (Relocated), but changed text far from where the span was is more
        // likely a sibling sentence than the span moved and edited too. It is listed, not placed.
        c.placeable = errorShare <= m_options.maxQuoteErrors && c.quoteSimilarity >= m_options.minQuoteSimilarity
            && (c.confirmed || c.distance <= fuzzyReach());
        out.append(c);
    }
    return out;
}

int CandidateFinder::quoteDistance(QStringView text) const
{
    if (m_query.quote.size() <= kLongQuote)
        return m_query.quoteMatcher->distanceTo(text);
    // Through the word diff: each changed stretch costs its own edit distance, or its longer side
    // where both sides are long.
    const QString other = text.toString();
    const VersionAlignment diff = VersionAlignment::between(m_query.quote, other);
    const CodePoints quoteCp(m_query.quote);
    const CodePoints otherCp(other);
    int distance = 0;
    for (const VersionAlignment::Segment &s : diff.segments()) {
        if (s.kind != VersionAlignment::Changed)
            continue;
        if (std::min(s.oldLength, s.newLength) > kLongQuote) {
            distance += int(std::max(s.oldLength, s.newLength));
            continue;
        }
        distance += ApproximateMatcher::distance(
            quoteCp.mid(m_query.quote, s.oldStart, s.oldEnd()), otherCp.mid(other, s.newStart, s.newEnd()));
    }
    return distance;
}

std::optional<FoldedRange> CandidateFinder::locateByDiff(const FoldedRange &window) const
{
    const QString text = m_text.mid(window.first, window.second - window.first);
    const std::optional<TextRange> r
        = VersionAlignment::between(m_query.quote, text).map({ 0, CodePoints::count(m_query.quote) });
    if (!r)
        return std::nullopt;
    const CodePoints cp(text);
    return FoldedRange { window.first + cp.toUtf16(r->start), window.first + cp.toUtf16(r->end) };
}

std::optional<SpanCandidate> CandidateFinder::alignmentCandidate() const
{
    if (!m_query.proposal)
        return std::nullopt;
    SpanCandidate c { m_query.proposal->first, m_query.proposal->second };
    const qsizetype m = m_query.quote.size();
    const QStringView text = QStringView(m_text).mid(c.start, c.end - c.start);
    if (text == m_query.quote || !score(&c))
        return std::nullopt;
    c.quoteSimilarity = 1.0 - double(quoteDistance(text)) / double(std::max(m, text.size()));
    c.method = AnchorResult::Fuzzy;
    c.confidence = AnchorEvidence::fuzzyConfidence(c.quoteSimilarity, c.confirmed, c.context);
    c.placeable = c.quoteSimilarity >= m_options.minQuoteSimilarity;
    return c;
}

qsizetype CandidateFinder::fuzzyReach() const
{
    const qsizetype m = m_query.quote.size();
    if (m_query.aligned) // the alignment knows where the span was: "near" is a quote's length away
        return m + qsizetype(m_options.maxQuoteErrors * double(m)) + SpanSelectors::kContextLength;
    // Only the old offset: other edits before the span shift it, by a few percent of the text.
    return std::max<qsizetype>(kFuzzyReachUnaligned, m_text.size() / 20);
}

} // namespace crossread
