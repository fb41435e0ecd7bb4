#pragma once
// The rules SentenceSplitter adds to Unicode sentence boundaries: which line breaks end a
// sentence in hard-wrapped news text, and which proposed boundaries an abbreviation cancels.
#include <QList>
#include <QStringView>

namespace crossread {

class LineRules
{
public:
    // Does a sentence end between line `previous` and line `line` of one paragraph?
    // previousStartsSentence: `previous` began at a sentence start (needed to spot headings).
    static bool breaksBefore(QStringView previous, QStringView line, bool previousStartsSentence);
    // The line ends with . ! or ? (closing quotes allowed) that is not an abbreviation's dot.
    static bool endsSentence(QStringView line);
    // A heading: short, no final punctuation, title case, and the next line starts a sentence.
    static bool isHeading(QStringView line, QStringView next);
    static bool isListItem(QStringView line);

    // Keep a boundary QTextBoundaryFinder proposed at p in a line-joined block?
    static bool keepsFinderBoundary(QStringView flat, qsizetype p);
    // Adds boundaries the finder misses: ". " followed by a number ("in 2025. 49% of ..."),
    // not in order (the caller sorts).
    static void addNumberBoundaries(QStringView flat, QList<qsizetype> *cuts);

    static bool isOpener(QChar c);
    static bool isCloser(QChar c);
};

} // namespace crossread
