#include "agreement/UnitizingAlpha.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace crossread {

namespace {

struct Section
{
    qint64 begin = 0;
    qint64 length = 0;
    bool unit = false;
    qint64 end() const { return begin + length; }
};

// A coder's units with the gaps between them, covering [0, length) without holes.
QList<Section> sectionsOf(const QList<TextRange> &units, qint64 length)
{
    QList<Section> sections;
    sections.reserve(units.size() * 2 + 1);
    qint64 pos = 0;
    for (const TextRange &u : units) {
        if (u.start > pos)
            sections.append({ pos, u.start - pos, false });
        sections.append({ u.start, u.length(), true });
        pos = u.end;
    }
    if (pos < length)
        sections.append({ pos, length - pos, false });
    return sections;
}

// Sum of the distances between one coder's sections and another's. Only sections that overlap
// can be at a distance (eq. 5 is zero otherwise), and walking both lists by their ends meets
// every overlapping pair exactly once.
long double pairDisagreement(const QList<Section> &a, const QList<Section> &b)
{
    long double sum = 0;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        sum += UnitizingAlpha::distance(a[i].begin, a[i].length, a[i].unit, b[j].begin, b[j].length, b[j].unit);
        const qint64 endA = a[i].end();
        const qint64 endB = b[j].end();
        if (endA <= endB)
            ++i;
        if (endB <= endA)
            ++j;
    }
    return sum;
}

} // namespace

double UnitizingAlpha::distance(qint64 beginA, qint64 lengthA, bool unitA, qint64 beginB, qint64 lengthB, bool unitB)
{
    const long double db = beginA - beginB;
    const long double de = (beginA + lengthA) - (beginB + lengthB);
    if (unitA && unitB && -lengthA < beginA - beginB && beginA - beginB < lengthB)
        return double(db * db + de * de);
    if (unitA && !unitB && beginB <= beginA && beginA + lengthA <= beginB + lengthB)
        return double(lengthA) * double(lengthA);
    if (!unitA && unitB && beginA <= beginB && beginB + lengthB <= beginA + lengthA)
        return double(lengthB) * double(lengthB);
    return 0.0;
}

UnitizingAlpha::UnitizingAlpha(const QList<QList<TextRange>> &coders, qint64 length)
{
    const qint64 m = coders.size();
    if (m < 2 || length <= 0)
        return;
    const long double L = length;

    QList<QList<Section>> sections;
    sections.reserve(m);
    for (const QList<TextRange> &units : coders)
        sections.append(sectionsOf(units, length));

    // Observed: every ordered pair of coders, hence twice the unordered sum.
    long double observed = 0;
    for (qint64 i = 0; i < m; ++i)
        for (qint64 j = i + 1; j < m; ++j)
            observed += pairDisagreement(sections[i], sections[j]);
    m_observed = double(2 * observed / (m * (m - 1) * L * L));

    // Expected (Krippendorff 2004, eq. in 11.6.2): each unit paired with every other unit
    // wherever it may fall, and with every gap long enough to hold it.
    QList<qint64> gaps;
    qint64 unitCount = 0;
    long double unitSelfPairs = 0; // sum of l(l-1) over the units
    for (const QList<Section> &coder : sections) {
        for (const Section &s : coder) {
            if (s.unit) {
                ++unitCount;
                unitSelfPairs += (long double)s.length * (s.length - 1);
            } else {
                gaps.append(s.length);
            }
        }
    }
    if (unitCount == 0)
        return;
    std::sort(gaps.begin(), gaps.end());
    // suffix[k]: sum of gaps[k..]; a unit of length l fits sum(g - l + 1) times into gaps g >= l.
    QList<long double> suffix(gaps.size() + 1, 0);
    for (qsizetype k = gaps.size() - 1; k >= 0; --k)
        suffix[k] = suffix[k + 1] + gaps[k];
    long double numerator = 0;
    for (const QList<Section> &coder : sections) {
        for (const Section &s : coder) {
            if (!s.unit)
                continue;
            const long double l = s.length;
            const qsizetype first = std::lower_bound(gaps.begin(), gaps.end(), s.length) - gaps.begin();
            const long double fitting = gaps.size() - first;
            const long double placements = suffix[first] - fitting * (l - 1);
            numerator += (unitCount - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * placements;
        }
    }
    const long double denominator = m * L * (m * L - 1) - unitSelfPairs;
    if (denominator <= 0)
        return;
    m_expected = double((2 / L) * numerator / denominator);
    m_defined = true;
}

double UnitizingAlpha::alpha() const
{
    if (!m_defined || m_expected <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    return 1.0 - m_observed / m_expected;
}

double UnitizingAlpha::pooled(const QList<UnitizingAlpha> &categories)
{
    long double observed = 0;
    long double expected = 0;
    for (const UnitizingAlpha &c : categories) {
        if (!c.m_defined)
            continue;
        observed += c.m_observed;
        expected += c.m_expected;
    }
    if (expected <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    return double(1 - observed / expected);
}

} // namespace crossread
