#pragma once
// Compares the figures of two aligned sentences with their qualifiers: "over $14 billion" and
// "$14.3 billion" are compatible, "42.8" and "48.2" on the same benchmark conflict, "$300 billion"
// and "$300bn" agree. Figures pair within a kind (money per currency, percent, date, number) by
// equal value first, then by shared context words, or as the only figure of the kind on each side.
#include "compare/CompareTypes.h"
#include "compare/ProseToken.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace crossread {

struct FigureMention
{
    ProseToken token;
    QString text;
    char qualifier = 0; // 'O'ver, 'U'nder, 'N'early, 'A'bout or 0 for exact
    QString label; // nearby noun phrase or benchmark name, may be empty
    QStringList context; // stemmed content words around the figure
};

class FigureMatcher
{
public:
    // Figures among tokens [0, count) of a sentence of text (tokens index into text).
    static QList<FigureMention> mentions(QStringView text, const ProseToken *tokens, int count);

    // Pairs and rates figures; aStart/bStart are the tokens' positions (UTF-16) in their texts.
    QList<FigureComparison> compare(const QList<FigureMention> &a, const QList<FigureMention> &b) const;
    // Convenience for two sentences given as strings: tokenizes them.
    QList<FigureComparison> compare(const QString &a, const QString &b) const;

    static bool sameKind(const FigureMention &a, const FigureMention &b);
    static FigureComparison::Status status(const FigureMention &a, const FigureMention &b);
};

} // namespace crossread
