#pragma once
// Finds the numeric figures: money ("$14.3 billion", "€2 million", "14 billion dollars"),
// percentages, benchmark scores, counts of things, durations, ranks, and bare years after
// "in"/"since"/"by". Decides the kind from the words right after the number, then asks
// FigureQualifiers for the hedge and FigureLabeler for what it measures.
#include "figures/FigureMatch.h"
#include "figures/FigureTokens.h"

namespace crossread {

class QuantityMatcher
{
public:
    static bool match(const FigureTokens &t, int i, FigureMatch *out);

private:
    static bool matchMoney(const FigureTokens &t, int i, FigureMatch *out);
    static bool matchNumber(const FigureTokens &t, int i, FigureMatch *out);
    // Decides what the number (or range) ending at numberLast measures from the words after it.
    static bool classify(const FigureTokens &t, const NumberCore &core, int first, int numberLast, double value,
        bool range, FigureMatch *out);
    static bool classifyYear(const FigureTokens &t, const NumberCore &core, FigureMatch *out);
    // Sets first, qualifier from the words before figureFirst; returns the new first token.
    static int applyQualifier(const FigureTokens &t, int figureFirst, bool range, FigureMatch *out);
    static void applyTrailingQualifier(const FigureTokens &t, FigureMatch *out);
    static bool scoreVerbBefore(const FigureTokens &t, int first);
};

} // namespace crossread
