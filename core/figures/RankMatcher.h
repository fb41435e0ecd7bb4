#pragma once
// Finds ranks: an ordinal with a rank word ("fourth overall", "first place"), an ordinal after a
// ranking verb ("ranked 3rd", "placing it fourth", "came in second"), and "No. 1".
#include "figures/FigureMatch.h"
#include "figures/FigureTokens.h"

namespace crossread {

class RankMatcher
{
public:
    // core: an ordinal read by NumberReader or an ordinal word.
    static bool match(const FigureTokens &t, const NumberCore &core, FigureMatch *out);
    // "No. 1" starting at the word "No" at i.
    static bool matchNumberSign(const FigureTokens &t, int i, FigureMatch *out);

private:
    static bool rankVerbBefore(const FigureTokens &t, int first);
};

} // namespace crossread
