#pragma once
// How sure re-anchoring is that a candidate is the span: the confidence formulas, kept apart from
// the search so the reasons are in one place. Each kind of evidence is a number in [0, 1]:
// context (the text around the candidate against the span's prefix and suffix), the word alignment
// of the versions (the diff kept or replaced this very text), distinctness (a long quote found once
// cannot be someone else's text). They are combined as independent witnesses (noisy-or). Distance
// from the old position is not evidence here: it only breaks ties between candidates (Reanchorer),
// so that a span moved far keeps its confidence and a heavily edited one near its old place does
// not gain any.
#include <QStringView>

namespace crossread {

class AnchorEvidence
{
public:
    // Similarity of a context side with at least this much counts as the span's context (Exact).
    static constexpr double kContextMatch = 0.9;
    // Without the old text, a quote shorter than this is a few words a sibling sentence may hold:
    // its length is no evidence, and changed, it needs both sides of its context.
    static constexpr int kShortQuote = 30;

    // 1 - (1 - a)(1 - b)(1 - c): any one strong witness is enough, weak ones add up.
    static double noisyOr(double a, double b, double c = 0);

    // Evidence from one context side: similarity `similarity` of an expected context of `length`
    // units. Unrelated prose scores about 0.3 against a 32-character context, but sentences cut
    // from one pattern ("up from $26 billion 14 months ago" and "up from $3.2 billion 9 months
    // ago") reach 0.75 to 0.9: evidence starts at 0.9 and is full from 0.98 (a typo fixed); a short
    // context (at the start of a text) counts less.
    static double contextEvidence(double similarity, qsizetype length);
    // How far one context side agrees, whatever its length: none below 90% alike, full from 98%.
    // A short context that matches (at the text's edge) does not speak against a candidate.
    static double agreement(double similarity);
    // Evidence that a quote found exactly once (and once in the old text) is the span: nothing for
    // a few words that recur ("declined to comment on the talks"), full from 60 characters.
    // Without the old text (selectors only) its own text may be gone and a sentence cut from the
    // same pattern hold the quote once ("[Marlin-70B before the wider launch in July 2025]" after
    // "Customers in Hobart" and "Customers in Quebec City"): nothing below 30 characters, full from 70.
    static double distinctEvidence(qsizetype quoteLength, bool unique, bool oldTextKnown = true);

    // The same text with both contexts matching: from 0.6 for contexts 90% alike to 1 for unchanged
    // ones, so that a sibling whose context differs by a figure does not tie with the original.
    static double exactConfidence(double prefixSimilarity, double suffixSimilarity);
    // The same text, context changed. At most 0.95: something around it did change.
    static double relocatedConfidence(bool alignmentConfirms, double context, double distinct);
    // Changed text: the quote's similarity (stretched so that only near-identical text scores when
    // the alignment does not confirm it), discounted by half when nothing but the text itself says
    // it is the span.
    static double fuzzyConfidence(double quoteSimilarity, bool alignmentConfirms, double context);
};

} // namespace crossread
