#pragma once
// The W3C Web Annotation selectors of a span: a TextQuoteSelector (the exact text with some
// context on either side) and a TextPositionSelector (Unicode code point offsets). The quote finds
// the span again in a changed text; the position says where to look first and breaks ties.
#include <QString>

namespace crossread {

class CodePoints;

struct TextQuoteSelector
{
    QString exact;
    QString prefix; // up to kContextLength code points just before `exact`
    QString suffix; // up to kContextLength code points just after it
    bool operator==(const TextQuoteSelector &) const = default;
};

struct TextPositionSelector
{
    qint64 start = 0; // code points into the text the span was made on
    qint64 end = 0;
    bool operator==(const TextPositionSelector &) const = default;
};

struct SpanSelectors
{
    // 32 code points of context, as Hypothesis and other W3C annotation clients store: five or six
    // words, enough to tell apart repeated phrases ("the company said"), short enough that an edit
    // a sentence away leaves it alone, and the same length readers of our JSON-LD expect.
    static constexpr int kContextLength = 32;

    TextQuoteSelector quote;
    TextPositionSelector position;

    // The selectors of [start, end) of TEXT; offsets are clamped into the text and put in order.
    static SpanSelectors describe(const QString &text, qint64 start, qint64 end);
    // The same for many spans of one text: its code points counted once (CodePoints(text)).
    static SpanSelectors describe(const QString &text, const CodePoints &codePoints, qint64 start, qint64 end);

    bool operator==(const SpanSelectors &) const = default;
};

} // namespace crossread
