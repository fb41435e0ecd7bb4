#pragma once
// Recognises how news text writes a currency: a sign before the amount ("$", "€", "£"), a sign with
// a country prefix ("US$", "HK$"), an ISO code ("USD 250 million") or a currency word after the
// amount ("14 billion dollars"). Ids are FigureLexicon::CurrencyId.
#include "figures/FigureTokens.h"

namespace crossread {

class CurrencyReader
{
public:
    // Currency sign or code starting at token i: its id (0 if none) and, in *last, its last token.
    static int before(const FigureTokens &t, int i, int *last);
    // Currency written after an amount, starting at token i: "dollars", "US dollars", "USD".
    static int after(const FigureTokens &t, int i, int *last);
    static int symbol(char16_t c);
};

} // namespace crossread
