#include "AnchorOracle.h"

#include <algorithm>

namespace crossread::editgen {

AnchorOracle::AnchorOracle(const TrackedText &after)
    : m_after(after)
    , m_kept(after.keptPositions())
{ }

AnchorOracle::Survivors AnchorOracle::survivors(TextRange oldSpan) const
{
    Survivors s;
    for (qint64 o = oldSpan.start; o < oldSpan.end; ++o) {
        if (isSpace(m_after.originalAt(o)))
            continue;
        ++s.spanChars;
        if (m_kept[size_t(o)] >= 0)
            s.kept.push_back(m_kept[size_t(o)]);
    }
    return s;
}

bool AnchorOracle::related(qint64 position, TextRange oldSpan) const
{
    const Provenance &p = m_after.provenance(position);
    if (p.kept)
        return p.lo >= oldSpan.start && p.lo < oldSpan.end;
    if (p.lo == p.hi)
        return p.lo > oldSpan.start && p.lo < oldSpan.end; // inserted inside the span
    return p.lo < oldSpan.end && p.hi > oldSpan.start; // replaced part of it
}

AnchorOracle::Fate AnchorOracle::fate(TextRange oldSpan) const
{
    const Survivors s = survivors(oldSpan);
    if (s.kept.empty() || 2 * qint64(s.kept.size()) < s.spanChars)
        return Gone;
    if (qint64(s.kept.size()) < s.spanChars || !std::is_sorted(s.kept.cbegin(), s.kept.cend()))
        return Changed;
    // Intact only if nothing but whitespace lies between the survivors.
    qint64 nonSpace = 0;
    for (qint64 i = s.kept.front(); i <= s.kept.back(); ++i) {
        if (!isSpace(m_after.at(i)))
            ++nonSpace;
    }
    return nonSpace == qint64(s.kept.size()) ? Intact : Changed;
}

AnchorOracle::Judgement AnchorOracle::judge(TextRange oldSpan, const AnchorResult &result) const
{
    Judgement j;
    j.fate = fate(oldSpan);
    const Survivors s = survivors(oldSpan);
    if (!s.kept.empty()) {
        const auto [lo, hi] = std::minmax_element(s.kept.cbegin(), s.kept.cend());
        j.expected = { *lo, *hi + 1 };
    }
    if (!result.range) {
        j.verdict = j.fate == Gone ? Correct : Missed;
        return j;
    }
    const TextRange placed = *result.range;
    qint64 nonSpace = 0;
    qint64 relatedChars = 0;
    qint64 keptChars = 0;
    qint64 first = -1;
    qint64 last = -1;
    for (qint64 i = std::max<qint64>(0, placed.start); i < std::min(placed.end, m_after.size()); ++i) {
        if (isSpace(m_after.at(i)))
            continue;
        if (first < 0)
            first = i;
        last = i;
        ++nonSpace;
        if (related(i, oldSpan)) {
            ++relatedChars;
            if (m_after.provenance(i).kept)
                ++keptChars;
        }
    }
    if (s.kept.empty() || nonSpace == 0 || 2 * relatedChars < nonSpace) {
        j.verdict = Wrong;
        return j;
    }
    switch (j.fate) {
    case Intact:
        j.verdict = first == j.expected.start && last + 1 == j.expected.end ? Correct : Missed;
        break;
    case Changed:
        j.verdict = 2 * keptChars >= qint64(s.kept.size()) ? Correct : Missed;
        break;
    case Gone:
        j.verdict = Correct; // little of it left, and placed on that little: as good as an orphan
        break;
    }
    return j;
}

QString AnchorOracle::fateName(Fate fate)
{
    switch (fate) {
    case Intact:
        return QStringLiteral("intact");
    case Changed:
        return QStringLiteral("changed");
    case Gone:
        break;
    }
    return QStringLiteral("gone");
}

QString AnchorOracle::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Correct:
        return QStringLiteral("correct");
    case Missed:
        return QStringLiteral("missed");
    case Wrong:
        break;
    }
    return QStringLiteral("wrong");
}

} // namespace crossread::editgen
