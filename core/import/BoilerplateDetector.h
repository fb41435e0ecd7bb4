#pragma once
// Finds the page furniture that copy-pasted and scraped articles carry (ad markers, menus,
// subscribe prompts, share bars, "5 min read" lines, cookie and copyright notices), so views can
// grey it out and comparisons can ignore it. Rules are deliberately narrow: a line must be short
// and match a known pattern, so that article prose is never flagged.
#include "domain/Types.h"

namespace crossread {

class BoilerplateDetector
{
public:
    // Whole lines (their text, not the \n) in code points; neighbouring lines with only blank
    // lines between them are merged into one range. Sorted and not overlapping.
    static QList<TextRange> detect(const QString &text);

    static bool isBoilerplateLine(const QString &line);
};

} // namespace crossread
