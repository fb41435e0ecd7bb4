#pragma once
// One side of a comparison: an article's text as the compare panes show it (boilerplate left
// out, so page furniture neither shows nor counts as a difference) and the conversions between
// the three offset systems involved: stored code points (spans), code points of the displayed
// text (the comparison engine's unit) and the display's UTF-16 indices (QTextDocument positions).
#include "DisplayMap.h"
#include "domain/CodePoints.h"
#include "domain/Types.h"

#include <QPair>

namespace crossread {

class ComparedText
{
public:
    ComparedText() = default;
    explicit ComparedText(const Article &article);

    const Article &article() const { return m_article; }
    qint64 articleId() const { return m_article.id; }
    // The text that is compared (and copied from the panes).
    const QString &text() const { return m_map.plainText(); }
    // The same text as the panes show it: very long paragraphs in display lines, one space
    // each turned into a line break (see DisplayMap::splitLongParagraphs); positions match.
    const QString &shownText() const { return m_map.displayText(); }
    // "Outlet: Title", or whichever of the two is known.
    QString label() const;

    // Engine code points <-> display UTF-16.
    int toDisplay(qint64 comparedCodePoint) const { return int(m_cp.toUtf16(comparedCodePoint)); }
    qint64 toCompared(int displayPos) const { return m_cp.fromUtf16(displayPos); }
    QPair<int, int> displayRange(qint64 comparedStart, qint64 comparedEnd) const;

    // Stored code points <-> display UTF-16.
    TextRange toStored(int displayStart, int displayEnd) const { return m_map.toStored(displayStart, displayEnd); }
    QPair<int, int> displayRangeOfStored(const TextRange &stored) const { return m_map.toDisplay(stored); }
    TextRange storedFromCompared(qint64 comparedStart, qint64 comparedEnd) const;

private:
    Article m_article;
    DisplayMap m_map;
    CodePoints m_cp; // of the display text
};

} // namespace crossread
