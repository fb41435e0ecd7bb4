#include "export/PdfCoverTypesetter.h"

#include "export/PdfFlow.h"
#include "export/PdfLayoutContext.h"
#include "export/PdfStrings.h"

#include <QFontMetricsF>
#include <QTextLayout>

namespace crossread {

PdfCoverTypesetter::PdfCoverTypesetter(PdfLayoutContext &context)
    : m_context(context)
{ }

int PdfCoverTypesetter::pageCount(const PdfCover &cover)
{
    return int(typeset(cover).size());
}

QList<PdfPage> PdfCoverTypesetter::typeset(const PdfCover &cover)
{
    const QRectF content = m_context.contentRect();
    PdfFlow flow(m_context, cover.projectName);

    flow.advance(m_context.pt(60)); // the project name sits lower than an article title
    const QTextLayout *title
        = m_context.layout(cover.projectName, m_context.font(PdfLayoutContext::Style::CoverTitle), content.width());
    flow.place(title, content.left(), m_context.textColor(), 1.1);
    flow.skip(m_context.pt(4));
    const QFont &text = m_context.font(PdfLayoutContext::Style::CoverText);
    flow.place(m_context.layout(PdfStrings::coverSubtitle(), text, content.width()), content.left(),
        m_context.mutedColor(), 1.4);
    QStringList info { cover.date };
    if (!cover.author.isEmpty())
        info << cover.author;
    info << PdfStrings::coverCounts(cover.articles, cover.spans);
    flow.place(m_context.layout(info.join(QStringLiteral("  ·  ")), text, content.width()), content.left(),
        m_context.mutedColor(), 1.4);
    flow.skip(m_context.pt(18));
    flow.page().rules.append(PdfRule {
        QLineF(content.left(), flow.y(), content.right(), flow.y()), m_context.ruleColor(), m_context.pt(0.75) });
    flow.skip(m_context.pt(14));
    flow.place(
        m_context.layout(PdfStrings::contents(), m_context.font(PdfLayoutContext::Style::Heading), content.width()),
        content.left(), m_context.textColor(), 1.5);
    flow.skip(m_context.pt(4));

    const QFont &toc = m_context.font(PdfLayoutContext::Style::Toc);
    const QFont &detail = m_context.font(PdfLayoutContext::Style::Meta);
    const QFontMetricsF tocMetrics(toc, m_context.device());
    const QFontMetricsF detailMetrics(detail, m_context.device());
    const double numberWidth = tocMetrics.horizontalAdvance(QStringLiteral("000.")) + m_context.pt(6);
    const double whereWidth = m_context.pt(110);
    const double titleWidth = content.width() - numberWidth - whereWidth - m_context.pt(10);
    const double rowHeight = tocMetrics.height() * 1.25 + detailMetrics.height() * 1.35;

    for (int i = 0; i < cover.entries.size(); ++i) {
        const PdfTocEntry &e = cover.entries[i];
        flow.ensure(rowHeight);
        const double top = flow.y();
        PdfPage &page = flow.page();
        const double baseline = top + tocMetrics.ascent();
        page.labels.append(PdfLabel {
            QPointF(content.left(), baseline), QStringLiteral("%1.").arg(i + 1), toc, m_context.mutedColor() });
        page.labels.append(PdfLabel { QPointF(content.left() + numberWidth, baseline),
            m_context.elided(e.title, toc, titleWidth), toc, m_context.textColor() });
        const QString where = m_context.elided(e.where, toc, whereWidth);
        page.labels.append(PdfLabel {
            QPointF(content.right() - m_context.textWidth(where, toc), baseline), where, toc, m_context.textColor() });
        if (!e.detail.isEmpty()) {
            page.labels.append(PdfLabel {
                QPointF(content.left() + numberWidth, top + tocMetrics.height() * 1.25 + detailMetrics.ascent()),
                m_context.elided(e.detail, detail, titleWidth), detail, m_context.mutedColor() });
        }
        flow.advance(rowHeight);
    }
    return flow.pages();
}

} // namespace crossread
