#include "export/PdfArticleTypesetter.h"

#include "domain/CodePoints.h"
#include "export/BundleLookup.h"
#include "export/PdfArticleText.h"
#include "export/PdfFlow.h"
#include "export/PdfLayoutContext.h"
#include "export/PdfStrings.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QMap>
#include <QTextLayout>

#include <algorithm>
#include <functional>

namespace crossread {

namespace {

constexpr double kBodySpacing = 1.4;
constexpr double kNoteSpacing = 1.25;

QString excerpt(const QString &text, int max)
{
    QString s = text.simplified();
    if (s.size() > max)
        s = s.left(max - 1).trimmed() + QChar(0x2026);
    return s;
}

struct LineFragment
{
    qsizetype start;
    qsizetype end;
    int span;
};

} // namespace

PdfArticleTypesetter::PdfArticleTypesetter(PdfLayoutContext &context, const BundleLookup &lookup)
    : m_context(context)
    , m_lookup(lookup)
{ }

QString PdfArticleTypesetter::displayTitle(const Article &article)
{
    if (!article.title.trimmed().isEmpty())
        return article.title.simplified();
    if (!article.path.isEmpty())
        return article.path.section(QLatin1Char('/'), -1);
    return PdfStrings::untitled();
}

QString PdfArticleTypesetter::highlightContents(const BundleLookup &lookup, const Span &span, int number)
{
    const QStringList tags = lookup.tagPaths(span);
    QString contents = QString::number(number) + QStringLiteral(" · ")
        + (tags.isEmpty() ? PdfStrings::noTags() : tags.join(QStringLiteral(", ")));
    if (!span.note.isEmpty())
        contents += QStringLiteral("\n\n") + span.note;
    return contents;
}

QColor PdfArticleTypesetter::tint(const QList<QColor> &colors)
{
    if (colors.isEmpty())
        return Qt::white;
    double r = 0, g = 0, b = 0;
    for (const QColor &c : colors) {
        r += c.redF();
        g += c.greenF();
        b += c.blueF();
    }
    const double n = colors.size();
    // Overlaps get a stronger tint so they read as overlaps, not as a third tag.
    const double strength = std::min(0.62, 0.30 + 0.16 * (n - 1));
    const auto mix = [strength](double channel) { return 1.0 - strength + strength * channel; };
    return QColor::fromRgbF(float(mix(r / n)), float(mix(g / n)), float(mix(b / n)));
}

PdfTypesetArticle PdfArticleTypesetter::typeset(const ExportArticle &article, const QString &footer)
{
    PdfTypesetArticle out;
    PdfFlow flow(m_context, footer);
    header(flow, article.article);
    body(flow, article, out);
    if (!article.spans.isEmpty()) {
        notes(flow, article);
        legend(flow, article);
    }
    out.pages = flow.pages();
    return out;
}

void PdfArticleTypesetter::header(PdfFlow &flow, const Article &article)
{
    const QRectF content = m_context.contentRect();
    const QTextLayout *title
        = m_context.layout(displayTitle(article), m_context.font(PdfLayoutContext::Style::Title), content.width());
    flow.place(title, content.left(), m_context.textColor(), 1.15);

    QStringList meta;
    if (!article.outlet.isEmpty())
        meta << article.outlet;
    if (article.published.isValid())
        meta << QLocale().toString(article.published, QStringLiteral("d MMMM yyyy"));
    if (!article.author.isEmpty())
        meta << article.author;
    if (!meta.isEmpty()) {
        flow.skip(m_context.pt(2));
        const QTextLayout *line = m_context.layout(
            meta.join(QStringLiteral("  ·  ")), m_context.font(PdfLayoutContext::Style::Meta), content.width());
        flow.place(line, content.left(), m_context.mutedColor(), 1.3);
    }
    flow.skip(m_context.pt(5));
    flow.page().rules.append(PdfRule {
        QLineF(content.left(), flow.y(), content.right(), flow.y()), m_context.ruleColor(), m_context.pt(0.75) });
    flow.skip(m_context.pt(12));
}

void PdfArticleTypesetter::body(PdfFlow &flow, const ExportArticle &article, PdfTypesetArticle &out)
{
    const QRectF content = m_context.contentRect();
    const QFont &bodyFont = m_context.font(PdfLayoutContext::Style::Body);
    const QFont &marginFont = m_context.font(PdfLayoutContext::Style::Margin);
    const double marginAscent = QFontMetricsF(marginFont, m_context.device()).ascent();
    const double marginWidth = m_context.pt(m_context.options().marginPoints) - m_context.pt(10);

    QList<QColor> colors;
    for (const Span &s : article.spans)
        colors << m_lookup.spanColor(s);
    // Per span, per page: the rectangles of its line fragments, in device units.
    QList<QMap<int, QList<QRectF>>> rects(article.spans.size());

    const PdfArticleText text(article);
    for (const PdfArticleText::Paragraph &paragraph : text.paragraphs()) {
        if (paragraph.text.isEmpty()) {
            flow.skip(m_context.pt(6));
            continue;
        }
        const QTextLayout *layout = m_context.layout(paragraph.text, bodyFont, content.width());
        flow.place(layout, content.left(), m_context.textColor(), kBodySpacing, [&](int index, int page, double top) {
            const QTextLine line = layout->lineAt(index);
            const qsizetype lineStart = line.textStart();
            const qsizetype lineEnd = lineStart + line.textLength();
            QList<LineFragment> fragments;
            QList<qsizetype> edges;
            QStringList starting;
            QColor startColor;
            for (const PdfArticleText::Fragment &f : paragraph.fragments) {
                const qsizetype a = std::max(f.start, lineStart);
                const qsizetype b = std::min(f.end, lineEnd);
                if (a >= b)
                    continue;
                fragments.append({ a, b, f.span });
                edges << a << b;
                const double x1 = line.cursorToX(int(a));
                const double x2 = line.cursorToX(int(b));
                const QRectF r(content.left() + std::min(x1, x2), top, std::abs(x2 - x1), line.height());
                QMap<int, QList<QRectF>> &spanRects = rects[f.span];
                if (spanRects.isEmpty()) {
                    starting << QString::number(f.span + 1);
                    if (!startColor.isValid())
                        startColor = colors[f.span];
                }
                spanRects[page].append(r);
            }
            if (fragments.isEmpty())
                return;
            std::sort(edges.begin(), edges.end());
            edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
            PdfPage &p = flow.pages()[page];
            for (qsizetype e = 0; e + 1 < edges.size(); ++e) {
                QList<QColor> active;
                for (const LineFragment &f : std::as_const(fragments)) {
                    if (f.start <= edges[e] && f.end >= edges[e + 1])
                        active << colors[f.span];
                }
                if (active.isEmpty())
                    continue;
                const double x1 = line.cursorToX(int(edges[e]));
                const double x2 = line.cursorToX(int(edges[e + 1]));
                p.fills.append(
                    PdfFill { QRectF(content.left() + std::min(x1, x2), top, std::abs(x2 - x1), line.height()),
                        tint(active), QColor() });
            }
            if (!starting.isEmpty()) {
                const QString label = m_context.elided(starting.join(QLatin1Char(' ')), marginFont, marginWidth);
                p.labels.append(
                    PdfLabel { QPointF(content.right() + m_context.pt(6), top + marginAscent + m_context.pt(1)), label,
                        marginFont, startColor.darker(170) });
            }
        });
    }

    for (int i = 0; i < article.spans.size(); ++i) {
        const Span &s = article.spans[i];
        for (auto it = rects[i].cbegin(); it != rects[i].cend(); ++it) {
            PdfHighlight h;
            h.page = it.key();
            for (const QRectF &r : it.value())
                h.rects << QRectF(r.x() / m_context.unit(), r.y() / m_context.unit(), r.width() / m_context.unit(),
                    r.height() / m_context.unit());
            h.contents = highlightContents(m_lookup, s, i + 1);
            h.author = m_lookup.authorOf(s);
            h.color = colors[i];
            h.created = s.created;
            h.modified = s.modified;
            h.uniqueName = QStringLiteral("crossread-span-%1").arg(s.id);
            out.highlights.append(h);
        }
    }
}

void PdfArticleTypesetter::notes(PdfFlow &flow, const ExportArticle &article)
{
    const QRectF content = m_context.contentRect();
    const double indent = m_context.pt(16);
    const double width = content.width() - indent;
    const double swatch = m_context.pt(7);

    flow.skip(m_context.pt(18));
    const QTextLayout *heading = m_context.layout(
        PdfStrings::notesHeading(), m_context.font(PdfLayoutContext::Style::Heading), content.width());
    flow.ensure(flow.height(heading, 1.3) + m_context.pt(40));
    flow.place(heading, content.left(), m_context.textColor(), 1.3);
    flow.skip(m_context.pt(4));

    const CodePoints cp(article.article.text);
    for (int i = 0; i < article.spans.size(); ++i) {
        const Span &s = article.spans[i];
        const QStringList tags = m_lookup.tagPaths(s);
        QString head = QStringLiteral("%1.  %2").arg(i + 1).arg(
            tags.isEmpty() ? PdfStrings::noTags() : tags.join(QStringLiteral(", ")));
        const QString author = m_lookup.authorOf(s);
        if (!author.isEmpty())
            head += QStringLiteral("  —  ") + author;
        const QString quoted = article.article.text.isEmpty() ? s.text : cp.mid(article.article.text, s.start, s.end);

        const QTextLayout *headLayout
            = m_context.layout(head, m_context.font(PdfLayoutContext::Style::NoteHeader), width);
        const QTextLayout *quoteLayout = m_context.layout(QChar(0x201C) + excerpt(quoted, 320) + QChar(0x201D),
            m_context.font(PdfLayoutContext::Style::Quote), width);
        flow.ensure(flow.height(headLayout, kNoteSpacing) + quoteLayout->lineAt(0).height() * kNoteSpacing);
        const QColor color = m_lookup.spanColor(s);
        flow.place(headLayout, content.left() + indent, m_context.textColor(), kNoteSpacing,
            [&](int index, int page, double top) {
                if (index != 0)
                    return;
                const double h = headLayout->lineAt(0).height();
                flow.pages()[page].fills.append(
                    PdfFill { QRectF(content.left() + m_context.pt(2), top + (h - swatch) / 2, swatch, swatch), color,
                        color.darker(140) });
            });
        flow.place(quoteLayout, content.left() + indent, m_context.mutedColor(), kNoteSpacing);
        if (!s.note.isEmpty()) {
            for (const QString &para : s.note.split(QLatin1Char('\n'))) {
                const QTextLayout *noteLayout
                    = m_context.layout(para, m_context.font(PdfLayoutContext::Style::NoteText), width);
                flow.place(noteLayout, content.left() + indent, m_context.textColor(), kNoteSpacing);
            }
        }
        flow.skip(m_context.pt(6));
    }
}

void PdfArticleTypesetter::legend(PdfFlow &flow, const ExportArticle &article)
{
    QHash<qint64, int> counts;
    for (const Span &s : article.spans) {
        for (qint64 id : s.tagIds) {
            if (m_lookup.tag(id))
                ++counts[id];
        }
    }
    if (counts.isEmpty())
        return;
    QList<const Tag *> used;
    const std::function<void(qint64, int)> walk = [&](qint64 parent, int depth) {
        for (const Tag *t : m_lookup.children(parent)) {
            if (counts.contains(t->id))
                used << t;
            if (depth < 64)
                walk(t->id, depth + 1);
        }
    };
    walk(0, 0);

    const QRectF content = m_context.contentRect();
    const double indent = m_context.pt(16);
    const double swatch = m_context.pt(9);
    flow.skip(m_context.pt(14));
    const QTextLayout *heading = m_context.layout(
        PdfStrings::legendHeading(), m_context.font(PdfLayoutContext::Style::Heading), content.width());
    flow.ensure(flow.height(heading, 1.3) + m_context.pt(30));
    flow.place(heading, content.left(), m_context.textColor(), 1.3);
    flow.skip(m_context.pt(3));
    for (const Tag *t : std::as_const(used)) {
        const QString entry = PdfStrings::legendEntry(m_lookup.tagPath(t->id), counts.value(t->id));
        const QTextLayout *layout
            = m_context.layout(entry, m_context.font(PdfLayoutContext::Style::NoteText), content.width() - indent);
        const QColor color = t->color.isValid() ? t->color : BundleLookup::neutralColor();
        flow.place(layout, content.left() + indent, m_context.textColor(), 1.45, [&](int index, int page, double top) {
            if (index != 0)
                return;
            const double h = layout->lineAt(0).height();
            flow.pages()[page].fills.append(
                PdfFill { QRectF(content.left() + m_context.pt(1), top + (h - swatch) / 2, swatch, swatch),
                    tint({ color }), color });
        });
    }
}

} // namespace crossread
