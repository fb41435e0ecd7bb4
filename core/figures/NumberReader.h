#pragma once
// Reads one number where it is written: digits with separators and decimals, a magnitude
// ("1.2 billion", "$300bn"), an ordinal ("4th"), or words ("twenty-five", "three billion",
// "a million"). It also refuses numbers that name rather than measure: versions ("v4.0"),
// product names ("Llama 4", "GPT-5"), times, fractions ("24/7") and phone numbers.
#include "figures/FigureMatch.h"
#include "figures/FigureTokens.h"

namespace crossread {

class NumberReader
{
public:
    // The number at token i. With currency the number follows a currency sign, so glued
    // magnitude suffixes ("300bn", "5m") are allowed and the name test is skipped.
    // Without checkLeft the name test is skipped too (the second number of "10-12").
    static bool read(const FigureTokens &t, int i, bool currency, NumberCore *out, bool checkLeft = true);

    // mantissa * 10^exponent, exact for the magnitudes news text uses.
    static double compose(double mantissa, int exponent);

    static bool isPhoneNumber(const FigureTokens &t, int i);

    // The second number of a range after core: "10-12", "$10 to $12 billion", "between 10 and 12".
    // figureFirst is the first token of the figure (a currency sign, or core itself); currency the
    // sign's id, which may repeat before the second number. *low gets the first number, scaled like
    // the second when it has no magnitude of its own ("$10-12 billion").
    static bool readRange(
        const FigureTokens &t, const NumberCore &core, int figureFirst, int currency, NumberCore *second, double *low);

    // Power of ten of a glued magnitude suffix ("bn" = 9, "k" = 3), or 0.
    static int scaleSuffix(QStringView suffix);

private:
    static bool readWords(const FigureTokens &t, int i, NumberCore *out);
    static bool leftContextAllows(const FigureTokens &t, int i, NumberCore *core);
};

} // namespace crossread
