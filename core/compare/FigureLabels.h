#pragma once
// Reads the words around a figure token: the qualifier before it ("more than", "nearly"), a label
// saying what it measures (a benchmark name after "on", a noun phrase after or before it), and the
// stemmed content words FigureMatcher uses to pair figures.
#include "compare/ProseToken.h"

#include <QStringList>
#include <QStringView>

namespace crossread {

class FigureLabels
{
public:
    static char qualifier(QStringView text, const ProseToken *tokens, int index);
    static QString label(QStringView text, const ProseToken *tokens, int count, int index);
    static QStringList context(QStringView text, const ProseToken *tokens, int count, int index);
    static QString kindLabel(const ProseToken &token);
};

} // namespace crossread
