#pragma once
// Maps positions in the reader's displayed text (UTF-16, boilerplate possibly removed)
// to the stored code point offsets of the article and back. Hidden ranges vanish from
// the display, so the two coordinate systems differ wherever boilerplate came before.
#include "domain/CodePoints.h"
#include "domain/Types.h"

#include <QList>
#include <QString>

namespace crossread {

class DisplayMap
{
public:
    // Which side of a hidden range a display position at its edge belongs to: a
    // selection's start binds to the text after it, its end to the text before it.
    enum class Bias { Forward, Backward };

    DisplayMap() = default;
    // hidden: code point ranges to leave out of the display (may overlap, any order).
    DisplayMap(const QString &text, const QList<TextRange> &hidden);

    // The text the reader shows. After splitLongParagraphs() some spaces in it are line
    // breaks; plainText() is the same text with those spaces back (for copy and find).
    const QString &displayText() const { return m_display; }
    const QString &plainText() const { return m_softBreaks.isEmpty() ? m_display : m_plain; }
    const QList<int> &softBreaks() const { return m_softBreaks; }
    // Layout cost grows with the length of a paragraph, and a reader lays out whole
    // paragraphs: a 100,000-character article with no line breaks would be laid out in
    // one piece every time it is shown. This turns one space in every maxChars or so of
    // such a paragraph into a line break, after a sentence end where there is one.
    // Positions do not change (one character for one character).
    void splitLongParagraphs(int maxChars = 2000);
    qint64 codePointCount() const { return m_cp.size(); }

    // Display position of a stored offset; an offset inside a hidden range moves to
    // the first visible position after it.
    int toDisplay(qint64 codePoint) const;
    // Stored offset of a display position.
    qint64 toStored(int displayPos, Bias bias = Bias::Forward) const;
    // The display range of a stored range, empty when the range is entirely hidden.
    QPair<int, int> toDisplay(const TextRange &range) const;
    TextRange toStored(int displayStart, int displayEnd) const;

private:
    struct Piece
    {
        qsizetype sourceStart = 0; // UTF-16 into the stored text
        qsizetype sourceEnd = 0;
        int displayStart = 0;
    };
    int pieceForSource(qsizetype utf16) const;
    int pieceForDisplay(int displayPos, Bias bias) const;

    CodePoints m_cp;
    QString m_display;
    QString m_plain; // m_display before splitLongParagraphs(), only kept when it split
    QList<int> m_softBreaks; // display positions of spaces shown as line breaks
    QList<Piece> m_pieces; // visible pieces, in order
};

} // namespace crossread
