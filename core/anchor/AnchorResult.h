#pragma once
// Where re-anchoring put a span in a new version of its text, how it was found and how sure it is.
// Offsets are Unicode code points into the new text.
#include "domain/Types.h"

#include <QList>
#include <QString>

#include <optional>

namespace crossread {

// A place the span might belong: the best guesses for an orphan, for the analyst to choose from.
struct AnchorCandidate
{
    TextRange range;
    QString text;
    double confidence = 0; // [0, 1]
    double quoteSimilarity = 0; // 1 - edit distance / length, whitespace folded
    double contextSimilarity = 0; // the better of the prefix's and the suffix's

    bool operator==(const AnchorCandidate &) const = default;
};

struct AnchorResult
{
    // Exact: the same text with its context around it. Relocated: the same text, its context
    // changed (moved, or edited next to it). Fuzzy: the span's text itself was edited; `text` is the
    // new text. Orphan: not found well enough to place; `range` is empty, see `candidates`.
    enum Method { Exact, Relocated, Fuzzy, Orphan };

    Method method = Orphan;
    double confidence = 0; // [0, 1]; placed spans reach at least the engine's threshold
    std::optional<TextRange> range; // null for an orphan
    QString text; // the new text of a placed span
    QList<AnchorCandidate> candidates; // orphans only: best first

    bool placed() const { return range.has_value(); }
    bool operator==(const AnchorResult &) const = default;

    static QString methodName(Method method); // "exact", "relocated", "fuzzy", "orphan"
    static std::optional<Method> methodFromName(const QString &name);
};

} // namespace crossread
