#pragma once
// Says what a figure measures, from the words around it: the benchmark of a score, the object of
// the verb or the noun phrase of an amount ("investment in Scale AI", "valuation of Scale AI"),
// the thing a percentage is of. An amount whose verb has no object is labelled with the company
// that is the verb's subject ("Northwind AI funding"). Empty when the text gives no clear answer.
#include "figures/FigureTokens.h"

#include <QString>

namespace crossread {

class FigureLabeler
{
public:
    // first..last: the figure's tokens including its qualifier.
    static QString money(const FigureTokens &t, int first, int last);
    static QString percent(const FigureTokens &t, int first, int last);
    static QString score(const FigureTokens &t, int first, int last);
    static QString duration(const FigureTokens &t, int unitLast, bool adjective);
    static QString rank(const FigureTokens &t, int last, bool overall);

    // The noun phrase before "was", "amounted to", "stood at" ending right before first.
    static QString copulaSubject(const FigureTokens &t, int first);
    // The company named as the subject of the verb at token verb ("Northwind AI has raised"), or empty.
    static QString subjectName(const FigureTokens &t, int verb);

private:
    static QString moneyVerbBefore(const FigureTokens &t, int first, int last);
    static QString moneyVerbWithObject(const FigureTokens &t, int first);
};

} // namespace crossread
