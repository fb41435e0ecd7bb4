#pragma once
// One span's selectors made ready for searching a new version: the quote and its context folded,
// whether the quote began and ended a word (so "Tern" is not found inside "Terns"), and where the
// span should be: the word alignment's range when the selectors fit the old text, else the offset.
#include "anchor/ApproximateMatcher.h"
#include "anchor/SpanSelectors.h"
#include "anchor/VersionTexts.h"

#include <optional>

namespace crossread {

struct SpanQuery
{
    QString quote; // folded, without the spaces at its ends
    QString prefix; // folded context up to where the quote begins (a space between them kept)
    QString suffix;
    bool contextKnown = false; // the selectors have context; an empty side is then the text's edge
    bool boundaryBefore = false; // the quote began a word: no match may start inside one
    bool boundaryAfter = false;
    bool cutBefore = false; // the span began inside a word, so a match may too
    bool cutAfter = false;
    bool aligned = false; // the selectors fit the old text, so the alignment speaks for this span
    TextRange oldRange; // code points of the old text, when aligned
    FoldedRange oldFolded; // the quote in the old text, folded units, when aligned
    std::optional<FoldedRange> proposal; // where the alignment puts the span in the new text
    qsizetype expected = 0; // folded unit where the span is expected to start
    std::optional<ApproximateMatcher> quoteMatcher;
    std::optional<ApproximateMatcher> prefixMatcher;
    std::optional<ApproximateMatcher> suffixMatcher;

    static SpanQuery prepare(const SpanSelectors &span, const VersionTexts &versions);
    bool isEmpty() const { return quote.isEmpty(); }
    bool proposalIsQuote(const VersionTexts &versions) const; // the alignment kept the quote unchanged
};

} // namespace crossread
