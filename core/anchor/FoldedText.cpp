#include "anchor/FoldedText.h"

#include <algorithm>

namespace crossread {

bool FoldedText::isFoldedSpace(QChar c)
{
    return c.isSpace();
}

bool FoldedText::isInvisible(QChar c)
{
    switch (c.unicode()) {
    case 0x00AD: // soft hyphen
    case 0x200B: // zero-width space
    case 0x2060: // word joiner
    case 0xFEFF: // byte order mark / zero-width no-break space
        return true;
    default:
        return false;
    }
}

bool FoldedText::isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

FoldedText::FoldedText(QStringView original)
{
    m_text.reserve(original.size());
    m_start.reserve(size_t(original.size()));
    m_end.reserve(size_t(original.size()));
    qint32 cp = 0;
    bool inSpace = false; // the last folded unit is a space that may still grow
    const QChar *d = original.data();
    const qsizetype n = original.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = d[i];
        if (c.isHighSurrogate() && i + 1 < n && d[i + 1].isLowSurrogate()) {
            // Both halves of a pair stand for the same code point.
            m_text.append(c);
            m_text.append(d[i + 1]);
            m_start.insert(m_start.end(), 2, cp);
            m_end.insert(m_end.end(), 2, cp + 1);
            ++i;
            ++cp;
            inSpace = false;
            continue;
        }
        if (isInvisible(c)) {
            if (inSpace)
                m_end.back() = cp + 1;
            ++cp;
            continue;
        }
        if (isFoldedSpace(c)) {
            if (inSpace) {
                m_end.back() = cp + 1;
            } else {
                m_text.append(QLatin1Char(' '));
                m_start.push_back(cp);
                m_end.push_back(cp + 1);
                inSpace = true;
            }
            ++cp;
            continue;
        }
        m_text.append(c);
        m_start.push_back(cp);
        m_end.push_back(cp + 1);
        inSpace = false;
        ++cp;
    }
    m_originalSize = cp;
}

TextRange FoldedText::originalRange(qsizetype from, qsizetype to) const
{
    from = std::clamp<qsizetype>(from, 0, size());
    to = std::clamp<qsizetype>(to, from, size());
    if (from == to) {
        const qint64 at = from < size() ? m_start[size_t(from)] : m_originalSize;
        return { at, at };
    }
    return { m_start[size_t(from)], m_end[size_t(to - 1)] };
}

qsizetype FoldedText::foldedStart(qint64 codePoint) const
{
    return std::upper_bound(m_end.cbegin(), m_end.cend(), codePoint) - m_end.cbegin();
}

qsizetype FoldedText::foldedEnd(qint64 codePoint) const
{
    return std::lower_bound(m_start.cbegin(), m_start.cend(), codePoint) - m_start.cbegin();
}

QString FoldedText::fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool inSpace = false;
    for (const QChar c : text) {
        if (isInvisible(c))
            continue;
        if (isFoldedSpace(c)) {
            if (!inSpace)
                out.append(QLatin1Char(' '));
            inSpace = true;
            continue;
        }
        out.append(c);
        inSpace = false;
    }
    return out;
}

} // namespace crossread
