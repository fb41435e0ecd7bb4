#pragma once
// What surrounds a figure in its article: the sentence it sits in (for tooltips, and to find
// the date an amount belongs to) and the model a benchmark score is about ("Orrery 3 scored
// 74.1 on …"), so that charts can set the sources' scores for one model side by side.
#include "domain/Types.h"

#include <QString>

namespace crossread {

class FigureContext
{
public:
    // The sentence holding [start, end) (code points), trimmed, at most maxChars long
    // (shortened around the figure with "…").
    static QString sentence(const QString &text, qint64 start, qint64 end, int maxChars = 320);
    // Code point range of that sentence.
    static TextRange sentenceRange(const QString &text, qint64 start, qint64 end);
    // The nearest model name before the figure in its sentence ("Orrery 3", "Lumen-4",
    // "Kestrel 1.5"), or after it when none precedes; empty when the sentence names none.
    static QString modelName(const QString &text, const Figure &figure);
};

} // namespace crossread
