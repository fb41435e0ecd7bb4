#pragma once
// A readable plain-text report of a comparison for the terminal: summary, aligned sentences that
// differ with an inline word diff, moved and unaligned sentences, and figure checks (conflicts
// first). With colour, ANSI escapes mark deletions red and insertions green; without, wdiff's
// [-deleted-] {+inserted+} markers.
#include "compare/CompareTypes.h"

namespace crossread {

QString comparisonToTerminal(const ComparisonResult &result, const QString &aName, const QString &bName, bool colour);
// One line of inline diff (line breaks shown as spaces, whitespace-only changes as B has them).
QString inlineDiff(const QList<WordOp> &ops, bool colour);

} // namespace crossread
