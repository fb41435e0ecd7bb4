#pragma once
// Pours lines of text onto pages from top to bottom, starting a new page when the next line
// does not fit. Used for articles and the cover alike.
#include "export/PdfPage.h"

#include <functional>

class QTextLayout;

namespace crossread {

class PdfLayoutContext;

class PdfFlow
{
public:
    PdfFlow(const PdfLayoutContext &context, const QString &footer);

    QList<PdfPage> &pages() { return m_pages; }
    PdfPage &page() { return m_pages.last(); }
    int pageIndex() const { return int(m_pages.size()) - 1; }
    double y() const { return m_y; }
    bool atTop() const;

    void newPage();
    void skip(double height); // vertical space; swallowed at the top of a page
    void advance(double height) { m_y += height; } // space taken by something drawn by hand
    void ensure(double height); // new page unless height fits below the cursor

    // One line step of the layout's lines (their height times lineSpacing). onLine gets the
    // line index, the page index and the line's top for each line placed.
    using LineCallback = std::function<void(int line, int page, double top)>;
    void place(
        const QTextLayout *layout, double x, const QColor &color, double lineSpacing, const LineCallback &onLine = {});
    double height(const QTextLayout *layout, double lineSpacing) const;

private:
    const PdfLayoutContext &m_context;
    QString m_footer;
    QList<PdfPage> m_pages;
    double m_y = 0;
};

} // namespace crossread
