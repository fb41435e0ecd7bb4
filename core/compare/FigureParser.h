#pragma once
// Reads one money amount, percentage, date or number-with-scale at a position in prose, so that
// "$14.3 billion", "$300bn", "49 percent", "nine percent" and "June 5, 2025" each become a single
// token with a normalised value. Deliberately light: the full figure extractor lives in
// core/figures, whose lexicon of number and scale words this reader shares.
#include "compare/ProseToken.h"

#include <QStringView>

namespace crossread {

class FigureParser
{
public:
    // True and *token filled (kind Figure, pos, len, value...) if a figure starts exactly at pos.
    static bool parse(QStringView text, qsizetype pos, ProseToken *token);

    static bool isCurrencySymbol(QChar c);
};

} // namespace crossread
