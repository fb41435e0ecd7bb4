#include "anchor/SpanQuery.h"

#include <algorithm>

namespace crossread {

SpanQuery SpanQuery::prepare(const SpanSelectors &span, const VersionTexts &versions)
{
    SpanQuery q;
    const QString exact = FoldedText::fold(span.quote.exact);
    q.quote = exact.trimmed();
    if (q.quote.isEmpty())
        return q;
    const QChar space(QLatin1Char(' '));
    // No context on either side is either a span over the whole text (it starts at 0) or
    // selectors that were stored without context.
    q.contextKnown = !span.quote.prefix.isEmpty() || !span.quote.suffix.isEmpty() || span.position.start == 0;
    q.prefix = FoldedText::fold(exact.startsWith(space) ? span.quote.prefix + space : span.quote.prefix);
    q.suffix = FoldedText::fold(exact.endsWith(space) ? space + span.quote.suffix : span.quote.suffix);
    q.cutBefore
        = !q.prefix.isEmpty() && FoldedText::isWordChar(q.prefix.back()) && FoldedText::isWordChar(q.quote.front());
    q.cutAfter
        = !q.suffix.isEmpty() && FoldedText::isWordChar(q.suffix.front()) && FoldedText::isWordChar(q.quote.back());
    q.boundaryBefore = FoldedText::isWordChar(q.quote.front()) && !q.cutBefore;
    q.boundaryAfter = FoldedText::isWordChar(q.quote.back()) && !q.cutAfter;
    q.quoteMatcher.emplace(q.quote);
    if (!q.prefix.isEmpty())
        q.prefixMatcher.emplace(q.prefix);
    if (!q.suffix.isEmpty())
        q.suffixMatcher.emplace(q.suffix);

    const FoldedText &folded = versions.folded();
    const TextRange old { span.position.start, span.position.end };
    if (versions.hasOld() && versions.oldFoldedQuote(old) == q.quote) {
        q.aligned = true;
        q.oldRange = old;
        const FoldedText &oldFolded = versions.oldFoldedText();
        qsizetype a = oldFolded.foldedStart(old.start);
        while (a < oldFolded.size() && oldFolded.text().at(a) == space)
            ++a;
        q.oldFolded = { a, a + q.quote.size() };
        if (const std::optional<TextRange> r = versions.alignment().map(old)) {
            const QString &text = folded.text();
            qsizetype a = folded.foldedStart(r->start);
            qsizetype b = folded.foldedEnd(r->end);
            while (a < b && text.at(a) == space)
                ++a;
            while (b > a && text.at(b - 1) == space)
                --b;
            // A range much longer than the quote means the diff folded the span into a large
            // rewrite around it: that says roughly where, not what, so it is no proposal.
            if (b > a && b - a <= 4 * q.quote.size() + SpanSelectors::kContextLength)
                q.proposal = FoldedRange { a, b };
        }
        q.expected = q.proposal ? q.proposal->first : folded.foldedStart(versions.alignment().mapPoint(old.start));
    } else {
        q.expected = folded.foldedStart(std::clamp<qint64>(span.position.start, 0, folded.originalSize()));
    }
    return q;
}

bool SpanQuery::proposalIsQuote(const VersionTexts &versions) const
{
    return proposal
        && QStringView(versions.folded().text()).mid(proposal->first, proposal->second - proposal->first) == quote;
}

} // namespace crossread
