#pragma once
// The sentence boundaries of Unicode's text segmentation (UAX #29) exactly as QTextBoundaryFinder
// reports them, read directly for text of ASCII and common typographic punctuation.
#include <QList>
#include <QString>
#include <QStringView>

namespace crossread {

class SentenceBoundaries
{
public:
    // The boundaries strictly inside `text` (0 < p < size), in order. `text` holds no line breaks.
    static QList<qsizetype> inside(const QString &text);

    // The direct reading: false, and `out` unspecified, when `text` has a character it does not
    // classify (then QTextBoundaryFinder answers). Public so that tests hold it against Qt's.
    static bool scan(QStringView text, QList<qsizetype> *out);
};

} // namespace crossread
