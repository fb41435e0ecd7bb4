#include "compare/AlignmentBackbone.h"

#include "compare/SentenceFeatures.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace crossread {

namespace {

constexpr float kNone = -std::numeric_limits<float>::infinity();

Alignment alignmentOf(SentenceRun a, SentenceRun b, const RunMatch &m)
{
    Alignment al;
    al.a = a;
    al.b = b;
    al.similarity = m.similarity;
    al.supportA = m.supportA;
    al.supportB = m.supportB;
    return al;
}

} // namespace

AlignmentBackbone::AlignmentBackbone(
    const SentenceFeatures &features, int documentA, int documentB, const SentenceAligner::Options &options)
    : m_features(features)
    , m_documentA(documentA)
    , m_documentB(documentB)
    , m_options(options)
{ }

QList<Alignment> AlignmentBackbone::align(const std::vector<Anchor> &chain) const
{
    QList<Alignment> out;
    std::vector<Anchor> soft;
    int a0 = 0;
    int b0 = 0;
    const auto close = [&](int a1, int b1) {
        alignGap(a0, a1, b0, b1, soft, &out);
        soft.clear();
    };
    for (const Anchor &anchor : chain) {
        if (!anchor.hard) {
            soft.push_back(anchor);
            continue;
        }
        close(anchor.a, anchor.b);
        const SentenceRun a { anchor.a, 1 };
        const SentenceRun b { anchor.b, 1 };
        out.append(alignmentOf(a, b, m_features.match(m_documentA, a, m_documentB, b)));
        a0 = anchor.a + 1;
        b0 = anchor.b + 1;
    }
    close(m_features.sentenceCount(m_documentA), m_features.sentenceCount(m_documentB));
    return out;
}

void AlignmentBackbone::alignGap(
    int a0, int a1, int b0, int b1, const std::vector<Anchor> &soft, QList<Alignment> *out) const
{
    const int na = a1 - a0;
    const int nb = b1 - b0;
    if (na <= 0 || nb <= 0)
        return;
    const int maxRun = std::max(1, m_options.maxRun);

    // The band: every cell for a small gap, else cells near the path through the soft anchors.
    std::vector<int> lo(size_t(na) + 1, 0);
    std::vector<int> hi(size_t(na) + 1, nb);
    if (qint64(na) * nb > 4096) {
        std::vector<std::pair<int, int>> path { { 0, 0 } };
        for (const Anchor &s : soft)
            path.emplace_back(s.a - a0, s.b - b0);
        path.emplace_back(na, nb);
        const int width = std::max(m_options.band, maxRun + 1);
        size_t k = 0;
        for (int i = 0; i <= na; ++i) {
            while (k + 2 < path.size() && path[k + 1].first <= i)
                ++k;
            const auto [i0, j0] = path[k];
            const auto [i1, j1] = path[k + 1];
            const double center = i1 > i0 ? j0 + double(j1 - j0) * (i - i0) / (i1 - i0) : j0;
            lo[size_t(i)] = std::clamp(int(std::floor(center)) - width, 0, nb);
            hi[size_t(i)] = std::clamp(int(std::ceil(center)) + width, 0, nb);
        }
        lo[0] = 0;
        hi[size_t(na)] = nb;
        for (int i = na - 1; i >= 0; --i) // monotone, so the band is one connected corridor
            lo[size_t(i)] = std::min(lo[size_t(i)], lo[size_t(i) + 1]);
        for (int i = 1; i <= na; ++i) {
            hi[size_t(i)] = std::max(hi[size_t(i)], hi[size_t(i) - 1]);
            lo[size_t(i)] = std::min(lo[size_t(i)], hi[size_t(i) - 1]); // rows overlap: no steep jump
        }
    }
    std::vector<qint64> rowStart(size_t(na) + 2, 0);
    for (int i = 0; i <= na; ++i)
        rowStart[size_t(i) + 1] = rowStart[size_t(i)] + (hi[size_t(i)] - lo[size_t(i)] + 1);
    std::vector<float> value(size_t(rowStart.back()), kNone);
    std::vector<uint8_t> step(size_t(rowStart.back()), 0); // x * 8 + y of the move into the cell
    const auto cell = [&](int i, int j) -> qint64 {
        if (i < 0 || j < lo[size_t(i)] || j > hi[size_t(i)])
            return -1;
        return rowStart[size_t(i)] + (j - lo[size_t(i)]);
    };

    std::unordered_map<qint64, RunMatch> single;
    const auto pair = [&](int i, int j) -> const RunMatch & {
        const qint64 key = qint64(i) * nb + j;
        auto it = single.find(key);
        if (it == single.end())
            it = single.emplace(key, m_features.match(m_documentA, { a0 + i, 1 }, m_documentB, { b0 + j, 1 })).first;
        return it->second;
    };
    const auto related = [&](int i, int j) { return pair(i, j).supportA > 0; };
    // Worth of aligning sentences [i, i + x) with [j, j + y), or kNone.
    const auto worth = [&](int i, int x, int j, int y, RunMatch *m) -> float {
        if (x == 1 && y == 1) {
            *m = pair(i, j);
            if (m->similarity < m_options.accept || (m->sharedTerms < 2 && !m->sharedFigure))
                return kNone;
            const bool label = m_features.wordCount(m_features.vector(m_documentA, a0 + i)) < m_options.minWords
                || m_features.wordCount(m_features.vector(m_documentB, b0 + j)) < m_options.minWords;
            if (label && m->similarity < m_options.paraphrase)
                return kNone;
            return float((m->similarity - m_options.accept) * 2);
        }
        // A question states nothing to split or merge, a heading names a topic on a line of its
        // own: they may only pair one to one.
        for (int s = i; s < i + x; ++s)
            if (m_features.vector(m_documentA, a0 + s).pairsOnlyOneToOne())
                return kNone;
        for (int t = j; t < j + y; ++t)
            if (m_features.vector(m_documentB, b0 + t).pairsOnlyOneToOne())
                return kNone;
        // Each sentence must meet the other side somewhere, or the run is glued together.
        for (int s = i; s < i + x; ++s) {
            bool any = false;
            for (int t = j; t < j + y && !any; ++t)
                any = related(s, t);
            if (!any)
                return kNone;
        }
        for (int t = j; t < j + y; ++t) {
            bool any = false;
            for (int s = i; s < i + x && !any; ++s)
                any = related(s, t);
            if (!any)
                return kNone;
        }
        *m = m_features.match(m_documentA, { a0 + i, x }, m_documentB, { b0 + j, y });
        if (m->similarity < m_options.accept || m->weakestA < m_options.member || m->weakestB < m_options.member)
            return kNone;
        // Several sentences on both sides link each with each: worth it only when the pieces
        // do not pair up on their own.
        const double crossing = (x > 1 && y > 1) ? m_options.crossPenalty * (x - 1) * (y - 1) : 0.0;
        return float((m->similarity - m_options.accept) * (x + y) - crossing);
    };

    value[0] = 0;
    RunMatch scratch;
    for (int i = 0; i <= na; ++i) {
        for (int j = lo[size_t(i)]; j <= hi[size_t(i)]; ++j) {
            const qint64 here = cell(i, j);
            if (i == 0 && j == 0)
                continue;
            float best = kNone;
            uint8_t how = 0;
            // Skips first: an alignment must beat leaving the sentences out.
            if (const qint64 from = cell(i - 1, j); from >= 0 && value[size_t(from)] > best)
                best = value[size_t(from)], how = 1 * 8 + 0;
            if (const qint64 from = cell(i, j - 1); from >= 0 && value[size_t(from)] > best)
                best = value[size_t(from)], how = 0 * 8 + 1;
            for (int x = 1; x <= maxRun && x <= i; ++x) {
                for (int y = 1; y <= maxRun && y <= j && x + y <= maxRun + 1; ++y) {
                    const qint64 from = cell(i - x, j - y);
                    if (from < 0 || value[size_t(from)] == kNone)
                        continue;
                    const float w = worth(i - x, x, j - y, y, &scratch);
                    if (w != kNone && value[size_t(from)] + w > best)
                        best = value[size_t(from)] + w, how = uint8_t(x * 8 + y);
                }
            }
            value[size_t(here)] = best;
            step[size_t(here)] = how;
        }
    }

    QList<Alignment> found;
    for (int i = na, j = nb; i > 0 || j > 0;) {
        const uint8_t how = step[size_t(cell(i, j))];
        const int x = how / 8;
        const int y = how % 8;
        if (x == 0 && y == 0)
            break; // unreachable cell: cannot happen in a connected band
        if (x > 0 && y > 0) {
            const SentenceRun a { a0 + i - x, x };
            const SentenceRun b { b0 + j - y, y };
            found.append(alignmentOf(a, b, m_features.match(m_documentA, a, m_documentB, b)));
        }
        i -= x;
        j -= y;
    }
    std::reverse(found.begin(), found.end());
    *out += found;
}

} // namespace crossread
