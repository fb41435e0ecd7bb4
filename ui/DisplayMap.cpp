#include "DisplayMap.h"

#include <algorithm>

namespace crossread {

DisplayMap::DisplayMap(const QString &text, const QList<TextRange> &hidden)
    : m_cp(text)
{
    QList<TextRange> ranges = hidden;
    std::sort(ranges.begin(), ranges.end(), [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    qsizetype visibleFrom = 0;
    auto addPiece = [&](qsizetype to) {
        if (to <= visibleFrom)
            return;
        m_pieces.append(Piece { visibleFrom, to, int(m_display.size()) });
        m_display += QStringView(text).mid(visibleFrom, to - visibleFrom);
    };
    for (const TextRange &r : std::as_const(ranges)) {
        const qsizetype a = m_cp.toUtf16(r.start);
        const qsizetype b = m_cp.toUtf16(r.end);
        if (b <= a)
            continue;
        if (a > visibleFrom)
            addPiece(a);
        visibleFrom = std::max(visibleFrom, b);
    }
    addPiece(text.size());
    if (m_pieces.isEmpty())
        m_pieces.append(Piece { text.size(), text.size(), 0 });
}

int DisplayMap::pieceForSource(qsizetype utf16) const
{
    // The last piece starting at or before utf16.
    auto it = std::upper_bound(
        m_pieces.cbegin(), m_pieces.cend(), utf16, [](qsizetype v, const Piece &p) { return v < p.sourceStart; });
    return it == m_pieces.cbegin() ? -1 : int(it - m_pieces.cbegin()) - 1;
}

int DisplayMap::pieceForDisplay(int displayPos, Bias bias) const
{
    auto it = std::upper_bound(
        m_pieces.cbegin(), m_pieces.cend(), displayPos, [](int v, const Piece &p) { return v < p.displayStart; });
    int index = std::max(0, int(it - m_pieces.cbegin()) - 1);
    // At the seam between two pieces the backward bias keeps the earlier piece.
    if (bias == Bias::Backward && index > 0 && m_pieces.at(index).displayStart == displayPos)
        --index;
    return index;
}

int DisplayMap::toDisplay(qint64 codePoint) const
{
    const qsizetype u = m_cp.toUtf16(codePoint);
    const int index = pieceForSource(u);
    if (index < 0)
        return 0; // inside hidden text before the first visible piece
    const Piece &p = m_pieces.at(index);
    if (u <= p.sourceEnd)
        return p.displayStart + int(u - p.sourceStart);
    // Hidden text after piece `index`: the next visible position.
    return p.displayStart + int(p.sourceEnd - p.sourceStart);
}

qint64 DisplayMap::toStored(int displayPos, Bias bias) const
{
    displayPos = std::clamp(displayPos, 0, int(m_display.size()));
    const Piece &p = m_pieces.at(pieceForDisplay(displayPos, bias));
    const qsizetype u = p.sourceStart + std::min<qsizetype>(displayPos - p.displayStart, p.sourceEnd - p.sourceStart);
    return m_cp.fromUtf16(u);
}

QPair<int, int> DisplayMap::toDisplay(const TextRange &range) const
{
    const int a = toDisplay(range.start);
    const int b = toDisplay(range.end);
    return { a, std::max(a, b) };
}

TextRange DisplayMap::toStored(int displayStart, int displayEnd) const
{
    if (displayEnd < displayStart)
        std::swap(displayStart, displayEnd);
    if (displayStart == displayEnd) {
        const qint64 at = toStored(displayStart, Bias::Forward);
        return TextRange { at, at };
    }
    return TextRange { toStored(displayStart, Bias::Forward), toStored(displayEnd, Bias::Backward) };
}

namespace {

bool endsSentence(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char(':')
        || c == QChar(0x201D) || c == QLatin1Char('"') || c == QLatin1Char(')');
}

// Where to break a paragraph that runs from `from`, preferring the last sentence end in
// the second half of [from, from + maxChars), then the last space there, then the first
// space after it; -1 when the rest of the paragraph (up to `end`) has no space at all.
qsizetype breakPosition(const QString &text, qsizetype from, qsizetype end, int maxChars)
{
    const qsizetype limit = std::min(end, from + maxChars);
    qsizetype lastSpace = -1;
    for (qsizetype i = limit - 1; i > from + maxChars / 2; --i) {
        if (text.at(i) != QLatin1Char(' '))
            continue;
        if (endsSentence(text.at(i - 1)))
            return i;
        if (lastSpace < 0)
            lastSpace = i;
    }
    if (lastSpace >= 0)
        return lastSpace;
    for (qsizetype i = limit; i < end; ++i) {
        if (text.at(i) == QLatin1Char(' '))
            return i;
    }
    return -1;
}

} // namespace

void DisplayMap::splitLongParagraphs(int maxChars)
{
    maxChars = std::max(maxChars, 16);
    const QString original = m_display;
    qsizetype paragraph = 0;
    while (paragraph < m_display.size()) {
        qsizetype end = m_display.indexOf(QLatin1Char('\n'), paragraph);
        if (end < 0)
            end = m_display.size();
        qsizetype from = paragraph;
        while (end - from > maxChars) {
            const qsizetype at = breakPosition(m_display, from, end, maxChars);
            if (at < 0)
                break;
            m_display[at] = QLatin1Char('\n');
            m_softBreaks.append(int(at));
            from = at + 1;
        }
        paragraph = end + 1;
    }
    if (!m_softBreaks.isEmpty())
        m_plain = original;
}

} // namespace crossread
