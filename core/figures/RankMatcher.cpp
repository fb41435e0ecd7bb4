#include "figures/RankMatcher.h"

#include "figures/FigureLabeler.h"
#include "figures/FigurePhrases.h"

namespace crossread {

namespace {

using L = FigureLexicon;

} // namespace

bool RankMatcher::rankVerbBefore(const FigureTokens &t, int first)
{
    const int p = first - 1;
    if (t.has(p, L::RankVerb))
        return true;
    const bool filler = t.wordIs(p, "in") || t.wordIs(p, "it") || t.wordIs(p, "at") || t.wordIs(p, "them")
        || t.wordIs(p, "him") || t.wordIs(p, "her");
    return filler && t.has(p - 1, L::RankVerb);
}

bool RankMatcher::match(const FigureTokens &t, const NumberCore &core, FigureMatch *out)
{
    const int n = core.last + 1;
    int last = core.last;
    bool overall = false;
    if (t.has(n, L::RankNoun) && !t.glued(n)) {
        if (t.wordIs(n, "place") && t.wordIs(core.first - 1, "the") && t.wordIs(core.first - 2, "in"))
            return false; // "in the first place"
        last = n;
        overall = t.wordIs(n, "overall");
    } else if (!rankVerbBefore(t, core.first)) {
        return false;
    }
    FigureMatch m;
    m.kind = FigureKind::Rank;
    m.value = core.value;
    m.unit = QStringLiteral("rank");
    m.first = core.first;
    m.last = last;
    m.label = FigureLabeler::rank(t, last, overall);
    *out = m;
    return true;
}

bool RankMatcher::matchNumberSign(const FigureTokens &t, int i, FigureMatch *out)
{
    const int n = i + 2;
    if (!t.isSymbol(i + 1, u'.') || !t.glued(i + 1) || !t.isIntegerNumber(n) || t.at(n).grouped)
        return false;
    if (t.glued(n + 1) && (t.isWord(n + 1) || t.isNumber(n + 1)))
        return false;
    FigureMatch m;
    m.kind = FigureKind::Rank;
    m.value = t.at(n).mantissa;
    m.unit = QStringLiteral("rank");
    m.first = i;
    m.last = n;
    m.label = FigureLabeler::rank(t, n, false);
    if (m.label.isEmpty()) {
        const TokenSpan np = FigurePhrases::nounPhrase(t, n + 1, 2, false);
        if (np.isValid())
            m.label = t.phrase(np.first, np.last); // "the No. 1 app"
    }
    *out = m;
    return true;
}

} // namespace crossread
