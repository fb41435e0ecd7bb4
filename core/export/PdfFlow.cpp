#include "export/PdfFlow.h"

#include "export/PdfLayoutContext.h"

#include <QTextLayout>

namespace crossread {

PdfFlow::PdfFlow(const PdfLayoutContext &context, const QString &footer)
    : m_context(context)
    , m_footer(footer)
{
    newPage();
}

bool PdfFlow::atTop() const
{
    return m_y <= m_context.contentRect().top();
}

void PdfFlow::newPage()
{
    PdfPage p;
    p.footer = m_footer;
    m_pages.append(p);
    m_y = m_context.contentRect().top();
}

void PdfFlow::skip(double height)
{
    if (atTop())
        return;
    m_y += height;
    if (m_y > m_context.contentRect().bottom())
        newPage();
}

void PdfFlow::ensure(double height)
{
    if (!atTop() && m_y + height > m_context.contentRect().bottom())
        newPage();
}

double PdfFlow::height(const QTextLayout *layout, double lineSpacing) const
{
    double h = 0;
    for (int i = 0; i < layout->lineCount(); ++i)
        h += layout->lineAt(i).height() * lineSpacing;
    return h;
}

void PdfFlow::place(
    const QTextLayout *layout, double x, const QColor &color, double lineSpacing, const LineCallback &onLine)
{
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        const double step = line.height() * lineSpacing;
        ensure(line.height());
        // Centre the glyph box in its step so highlight rectangles sit evenly around the text.
        const double top = m_y + (step - line.height()) / 2;
        page().lines.append(PdfTextLine { layout, i, QPointF(x, top), color });
        if (onLine)
            onLine(i, pageIndex(), top);
        m_y += step;
    }
}

} // namespace crossread
