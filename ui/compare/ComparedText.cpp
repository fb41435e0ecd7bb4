#include "ComparedText.h"

#include <QCoreApplication>

namespace crossread {

ComparedText::ComparedText(const Article &article)
    : m_article(article)
    , m_map(article.text, article.boilerplate)
    , m_cp(m_map.displayText())
{
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
    return {from, std::max(from, toDisplay(comparedEnd))};
}

TextRange ComparedText::storedFromCompared(qint64 comparedStart, qint64 comparedEnd) const
{
    const auto d = displayRange(comparedStart, comparedEnd);
    return toStored(d.first, d.second);
}

} // namespace crossread
