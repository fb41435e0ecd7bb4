#include "anchor/AnchorEvidence.h"

#include <algorithm>

namespace crossread {

namespace {

// What the word alignment alone is worth: not enough to place a span without some context. The
// diff's semantic clean-up folds small equalities into the changes around them, but a name or a
// common word can survive as an island inside a rewritten passage ("... from Nightjar Cloud in
// Sapporo" against "... in the Nightjar Cloud round"), and that island is not the span.
constexpr double kAlignmentForExact = 0.5;
constexpr double kAlignmentForFuzzy = 0.4;

} // namespace

double AnchorEvidence::noisyOr(double a, double b, double c)
{
    return 1.0 - (1.0 - a) * (1.0 - b) * (1.0 - c);
}

double AnchorEvidence::contextEvidence(double similarity, qsizetype length)
{
    if (length <= 0)
        return 0;
    return std::clamp((similarity - 0.9) / 0.08, 0.0, 1.0) * std::min(1.0, double(length) / 16.0);
}

double AnchorEvidence::agreement(double similarity)
{
    return std::clamp((similarity - 0.9) / 0.08, 0.0, 1.0);
}

double AnchorEvidence::distinctEvidence(qsizetype quoteLength, bool unique, bool oldTextKnown)
{
    if (!unique)
        return 0;
    const double from = oldTextKnown ? 20.0 : double(kShortQuote);
    return std::clamp((double(quoteLength) - from) / 40.0, 0.0, 1.0);
}

double AnchorEvidence::exactConfidence(double prefixSimilarity, double suffixSimilarity)
{
    const double mean = (prefixSimilarity + suffixSimilarity) / 2.0;
    return 0.6 + 0.4 * std::clamp((mean - kContextMatch) / (1.0 - kContextMatch), 0.0, 1.0);
}

double AnchorEvidence::relocatedConfidence(bool alignmentConfirms, double context, double distinct)
{
    return std::min(0.95, noisyOr(alignmentConfirms ? kAlignmentForExact : 0.0, context, distinct));
}

double AnchorEvidence::fuzzyConfidence(double quoteSimilarity, bool alignmentConfirms, double context)
{
    const double support = noisyOr(alignmentConfirms ? kAlignmentForFuzzy : 0.0, context);
    // Without the alignment, similar text is weak evidence: sentences cut from one pattern ("X
    // declined to comment on the talks with Y") read 70% alike. Only near-identical text counts.
    const double similarity = alignmentConfirms ? quoteSimilarity : std::max(0.0, 2.0 * quoteSimilarity - 1.0);
    return similarity * (0.5 + 0.5 * support);
}

} // namespace crossread
