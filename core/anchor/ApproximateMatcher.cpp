#include "anchor/ApproximateMatcher.h"

#include <algorithm>
#include <cstdlib>

namespace crossread {

namespace {

constexpr quint64 kHighBit = quint64(1) << 63;
// Equally good ends of one run whose starts are looked for; the rest are alike anyway.
constexpr size_t kMaxTiedEnds = 8;

// One column step of one 64-row block. hin is the horizontal delta entering the block's top
// row (-1, 0 or +1); returns the delta leaving the row marked by outBit.
inline int advance(quint64 &pv, quint64 &mv, quint64 eq, int hin, quint64 outBit)
{
    const quint64 hinNegative = hin < 0 ? 1 : 0;
    const quint64 hinPositive = hin > 0 ? 1 : 0;
    const quint64 xv = eq | mv;
    eq |= hinNegative;
    const quint64 xh = (((eq & pv) + pv) ^ pv) | eq;
    quint64 ph = mv | ~(xh | pv);
    quint64 mh = pv & xh;
    const int hout = (ph & outBit) ? 1 : ((mh & outBit) ? -1 : 0);
    ph = (ph << 1) | hinPositive;
    mh = (mh << 1) | hinNegative;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    return hout;
}

} // namespace

ApproximateMatcher::ApproximateMatcher(QStringView pattern)
    : m_pattern(pattern.toString())
{
    const int m = int(m_pattern.size());
    m_blocks = std::max(1, (m + 63) / 64);
    m_lastBit = m > 0 ? quint64(1) << ((m - 1) % 64) : 1;
    m_ascii.assign(size_t(128 * m_blocks), 0);
    m_asciiReversed.assign(size_t(128 * m_blocks), 0);
    m_zero.assign(size_t(m_blocks), 0);
    auto set = [&](std::vector<quint64> *ascii, std::vector<quint64> *other, char16_t c, int row) {
        quint64 *words = nullptr;
        if (c < 128) {
            words = ascii->data() + size_t(c) * size_t(m_blocks);
        } else {
            auto it = m_otherIndex.constFind(c);
            if (it == m_otherIndex.cend()) {
                it = m_otherIndex.insert(c, qsizetype(m_other.size()));
                m_other.resize(m_other.size() + size_t(m_blocks), 0);
                m_otherReversed.resize(m_other.size(), 0);
            }
            words = other->data() + *it;
        }
        words[row / 64] |= quint64(1) << (row % 64);
    };
    for (int i = 0; i < m; ++i) {
        set(&m_ascii, &m_other, m_pattern.at(i).unicode(), i);
        set(&m_asciiReversed, &m_otherReversed, m_pattern.at(i).unicode(), m - 1 - i);
    }
}

const quint64 *ApproximateMatcher::masks(char16_t c, bool reversed) const
{
    if (c < 128)
        return (reversed ? m_asciiReversed : m_ascii).data() + size_t(c) * size_t(m_blocks);
    const auto it = m_otherIndex.constFind(c);
    if (it == m_otherIndex.cend())
        return m_zero.data();
    return (reversed ? m_otherReversed : m_other).data() + *it;
}

template<typename Visit>
void ApproximateMatcher::run(QStringView text, bool freeStart, bool reversed, Visit visit) const
{
    std::vector<quint64> pv(size_t(m_blocks), ~quint64(0));
    std::vector<quint64> mv(size_t(m_blocks), 0);
    int score = int(m_pattern.size());
    const qsizetype n = text.size();
    const int last = m_blocks - 1;
    for (qsizetype j = 0; j < n; ++j) {
        const quint64 *eq = masks(text[reversed ? n - 1 - j : j].unicode(), reversed);
        int h = freeStart ? 0 : 1;
        for (int b = 0; b < last; ++b)
            h = advance(pv[size_t(b)], mv[size_t(b)], eq[b], h, kHighBit);
        score += advance(pv[size_t(last)], mv[size_t(last)], eq[last], h, m_lastBit);
        if (!visit(j + 1, score))
            return;
    }
}

int ApproximateMatcher::distanceTo(QStringView text) const
{
    if (m_pattern.isEmpty())
        return int(text.size());
    int result = int(m_pattern.size());
    run(text, false, false, [&](qsizetype, int score) {
        result = score;
        return true;
    });
    return result;
}

int ApproximateMatcher::distanceToPrefixOf(QStringView text) const
{
    int best = int(m_pattern.size()); // the empty prefix
    run(text, false, false, [&](qsizetype, int score) {
        best = std::min(best, score);
        return true;
    });
    return best;
}

int ApproximateMatcher::distanceToSuffixOf(QStringView text) const
{
    int best = int(m_pattern.size());
    run(text, false, true, [&](qsizetype, int score) {
        best = std::min(best, score);
        return true;
    });
    return best;
}

QList<ApproximateMatcher::Match> ApproximateMatcher::search(QStringView text, int maxErrors) const
{
    QList<Match> out;
    if (m_pattern.isEmpty() || text.isEmpty() || maxErrors < 0)
        return out;
    const qsizetype m = m_pattern.size();
    std::vector<qsizetype> bestEnds; // the ends of the current run with its fewest errors
    int bestErrors = 0;
    qsizetype previous = -2;
    auto flush = [&] {
        if (bestEnds.empty())
            return;
        // Of equally good ends ("no plans for a st" and "no plans for a stock market listing" for
        // "no plans for a public listing"), the match whose length is nearest the pattern's.
        Match best;
        for (size_t i = 0; i < bestEnds.size() && i < kMaxTiedEnds; ++i) {
            const Match candidate { bestStart(text, bestEnds[i], bestErrors), bestEnds[i], bestErrors };
            if (i == 0 || std::abs(candidate.end - candidate.start - m) < std::abs(best.end - best.start - m))
                best = candidate;
        }
        out.append(best);
        bestEnds.clear();
    };
    run(text, true, false, [&](qsizetype end, int score) {
        if (score > maxErrors)
            return true;
        if (end != previous + 1)
            flush();
        if (bestEnds.empty() || score < bestErrors) {
            bestEnds.assign(1, end);
            bestErrors = score;
        } else if (score == bestErrors) {
            bestEnds.push_back(end);
        }
        previous = end;
        return true;
    });
    flush();
    return out;
}

qsizetype ApproximateMatcher::bestStart(QStringView text, qsizetype end, int maxErrors) const
{
    // The distance of the pattern to the text ending at `end` and starting j units before it, for
    // every j: the reversed pattern against the reversed text, one column per unit.
    const qsizetype m = m_pattern.size();
    const qsizetype from = std::max<qsizetype>(0, end - m - maxErrors);
    const QStringView window = text.mid(from, end - from);
    qsizetype bestLength = 0;
    int best = int(m);
    run(window, false, true, [&](qsizetype length, int score) {
        if (score < best || (score == best && std::abs(length - m) < std::abs(bestLength - m))) {
            best = score;
            bestLength = length;
        }
        return true;
    });
    return end - bestLength;
}

int ApproximateMatcher::distance(QStringView a, QStringView b)
{
    if (a.size() > b.size())
        std::swap(a, b);
    if (a.isEmpty())
        return int(b.size());
    return ApproximateMatcher(a).distanceTo(b);
}

double ApproximateMatcher::similarity(QStringView a, QStringView b)
{
    const qsizetype longer = std::max(a.size(), b.size());
    if (longer == 0)
        return 1.0;
    return 1.0 - double(distance(a, b)) / double(longer);
}

} // namespace crossread
