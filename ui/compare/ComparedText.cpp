#include "ComparedText.h"

#include <QCoreApplication>

namespace crossread {

namespace {

// Boilerplate ranges cover whole lines without their line break; leaving the breaks after them
// in would leave a gap of blank lines where each one was. Only a range that starts the text or a
// paragraph takes its breaks along: one inside a hard-wrapped paragraph must not join that
// paragraph to the next (the break after it is then the only one left between them).
QList<TextRange> withLineBreaks(const QString &text, const QList<TextRange> &boilerplate)
{
    const CodePoints cp(text);
    QList<TextRange> out;
    for (TextRange r : boilerplate) {
        const qsizetype start = cp.toUtf16(r.start);
        const bool startsParagraph = start == 0 || QStringView(text).left(start).endsWith(QStringLiteral("\n\n"));
        qsizetype end = cp.toUtf16(r.end);
        while (startsParagraph && end < text.size() && text.at(end) == QLatin1Char('\n'))
            ++end;
        r.end = cp.fromUtf16(end);
        out.append(r);
    }
    return out;
}

} // namespace

ComparedText::ComparedText(const Article &article)
    : m_article(article)
    , m_map(article.text, withLineBreaks(article.text, article.boilerplate))
{
    m_map.splitLongParagraphs();
    m_cp = CodePoints(m_map.plainText());
}

QString ComparedText::label() const
{
    const QString title = m_article.title.trimmed();
    const QString outlet = m_article.outlet.trimmed();
    if (outlet.isEmpty())
        return title.isEmpty() ? QCoreApplication::translate("crossread::ComparedText", "Untitled article") : title;
    return title.isEmpty() ? outlet : QStringLiteral("%1: %2").arg(outlet, title);
}

QPair<int, int> ComparedText::displayRange(qint64 comparedStart, qint64 comparedEnd) const
{
    const int from = toDisplay(comparedStart);
    return { from, std::max(from, toDisplay(comparedEnd)) };
}

TextRange ComparedText::storedFromCompared(qint64 comparedStart, qint64 comparedEnd) const
{
    const auto d = displayRange(comparedStart, comparedEnd);
    return toStored(d.first, d.second);
}

} // namespace crossread
