#include "anchor/VersionTexts.h"

namespace crossread {

VersionTexts::VersionTexts(const QString &newText)
    : m_newText(newText)
    , m_newCodePoints(newText)
    , m_folded(newText)
{ }

VersionTexts::VersionTexts(const QString &oldText, const QString &newText)
    : VersionTexts(newText)
{
    m_hasOld = true;
    m_oldText = oldText;
    m_oldCodePoints = CodePoints(oldText);
    m_oldFolded = FoldedText(oldText);
    m_alignment = VersionAlignment::between(oldText, newText);
    for (const TextRange &r : m_alignment.changedRanges()) {
        const qsizetype a = m_folded.foldedStart(r.start);
        const qsizetype b = m_folded.foldedEnd(r.end);
        if (b > a)
            m_changedFolded.append({ a, b });
    }
}

TextRange VersionTexts::newRange(qsizetype foldedStart, qsizetype foldedEnd) const
{
    return m_folded.originalRange(foldedStart, foldedEnd);
}

QString VersionTexts::newText(TextRange range) const
{
    return m_newCodePoints.mid(m_newText, range.start, range.end);
}

QString VersionTexts::oldFoldedQuote(TextRange range) const
{
    if (!m_hasOld || range.start < 0 || range.end <= range.start || range.end > m_oldCodePoints.size())
        return {};
    return FoldedText::fold(m_oldCodePoints.mid(m_oldText, range.start, range.end)).trimmed();
}

bool VersionTexts::oldBreaksLine(qsizetype pos) const
{
    if (pos < 0 || pos >= m_oldFolded.size() || m_oldFolded.text().at(pos) != QLatin1Char(' '))
        return false;
    const TextRange r = m_oldFolded.originalRange(pos, pos + 1);
    return m_oldCodePoints.mid(m_oldText, r.start, r.end).contains(QLatin1Char('\n'));
}

bool VersionTexts::startsWord(qsizetype pos) const
{
    const QString &text = m_folded.text();
    return pos <= 0 || pos >= text.size() || !FoldedText::isWordChar(text.at(pos - 1))
        || !FoldedText::isWordChar(text.at(pos));
}

} // namespace crossread
