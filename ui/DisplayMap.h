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

    const QString &displayText() const { return m_display; }
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
    QList<Piece> m_pieces; // visible pieces, in order
};

} // namespace crossread
