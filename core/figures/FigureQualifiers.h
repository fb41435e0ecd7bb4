#pragma once
// Reads the hedge around a figure: "more than", "nearly", "an estimated", "reportedly about" before
// it, or "+", "or more" after it, and maps it to the four qualifiers analysts compare.
#include "domain/Types.h"
#include "figures/FigureTokens.h"

namespace crossread {

class FigureQualifiers
{
public:
    struct Found
    {
        Qualifier qualifier = Qualifier::Exact;
        int first = -1; // first token of the qualifier phrase; -1 when none
        int last = -1; // last token of a trailing qualifier
    };

    // The qualifier phrase ending right before token i.
    static Found before(const FigureTokens &t, int i);
    // A trailing qualifier starting at token i: "+" glued to the number, "or more", "or so".
    static Found after(const FigureTokens &t, int i);
};

} // namespace crossread
