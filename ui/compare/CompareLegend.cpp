#include "CompareLegend.h"

#include "CompareColors.h"
#include "ConnectorGutter.h"

#include <QEvent>
#include <QPainter>

namespace crossread {

namespace {
enum Kind { Identical, Paraphrase, SplitMerge, Partial, Changed, Moved, OnlySide };
constexpr int kSample = 28; // width of a connector sample
constexpr int kGap = 6; // between a sample and its name
constexpr int kSpacing = 16; // between items
} // namespace

CompareLegend::CompareLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("compareLegend"));
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setFixedHeight(lineHeight());
}

QList<CompareLegend::Item> CompareLegend::items() const
{
    return {
        { tr("identical"), Identical },
        { tr("paraphrased"), Paraphrase },
        { tr("split/merged (bracket)"), SplitMerge },
        { tr("partial: one side says more"), Partial },
        { tr("changed"), Changed },
        { tr("moved (dashed)"), Moved },
        { tr("in one text only"), OnlySide },
    };
}

QStringList CompareLegend::names() const
{
    QStringList out;
    for (const Item &item : items())
        out << item.name;
    return out;
}

int CompareLegend::lineHeight() const
{
    return std::max(fontMetrics().height(), 14) + 4;
}

int CompareLegend::itemWidth(const Item &item) const
{
    return kSample + kGap + fontMetrics().horizontalAdvance(item.name);
}

QList<QPoint> CompareLegend::place(int width, int *height) const
{
    QList<QPoint> out;
    int x = 0;
    int y = 0;
    for (const Item &item : items()) {
        const int w = itemWidth(item);
        if (x > 0 && x + w > width) {
            x = 0;
            y += lineHeight();
        }
        out.append(QPoint(x, y));
        x += w + kSpacing;
    }
    *height = y + lineHeight();
    return out;
}

QSize CompareLegend::sizeHint() const
{
    int width = 0;
    for (const Item &item : items())
        width += itemWidth(item) + kSpacing;
    return QSize(width, lineHeight());
}

QSize CompareLegend::minimumSizeHint() const
{
    int width = 0;
    for (const Item &item : items())
        width = std::max(width, itemWidth(item));
    return QSize(width, lineHeight());
}

int CompareLegend::heightForWidth(int width) const
{
    int height = 0;
    place(width, &height);
    return height;
}

ConnectorBand CompareLegend::sample(int kind, const QRectF &box) const
{
    const CompareColors colors = CompareColors::forPalette(palette());
    ConnectorBand band;
    CompareColors::Role role = CompareColors::Paraphrase;
    switch (kind) {
    case Identical:
        role = CompareColors::Identical;
        break;
    case Partial:
    case Changed:
        role = CompareColors::Changed;
        break;
    case OnlySide:
        role = CompareColors::Only;
        break;
    default:
        break;
    }
    // The samples slant a little, as bands do between panes scrolled apart.
    band.leftTop = box.top() + 2;
    band.leftBottom = box.bottom() - 4;
    band.rightTop = box.top() + 4;
    band.rightBottom = box.bottom() - 2;
    if (kind == SplitMerge) {
        band.leftBottom = box.bottom() - 1; // more sentences on the left than on the right
        band.rightTop = box.top() + 5;
        band.rightBottom = box.bottom() - 5;
    }
    if (kind == OnlySide) {
        band.side = ConnectorBand::LeftOnly;
        band.leftTop = box.top() + 1;
        band.leftBottom = box.bottom() - 1;
    }
    band.fill = colors.fill(role, role == CompareColors::Identical ? 0.16 : kind == OnlySide ? 0.5 : 0.34);
    band.outline = colors.ink[role];
    band.dashed = kind == Moved;
    band.hatched = kind == Partial;
    band.bracket = kind == SplitMerge;
    return band;
}

void CompareLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    int height = 0;
    const QList<Item> all = items();
    const QList<QPoint> at = place(width(), &height);
    const int line = lineHeight();
    for (int i = 0; i < all.size(); ++i) {
        const Item &item = all.at(i);
        const QRectF box(0, 0, kSample, line - 2);
        p.save();
        p.translate(at.at(i).x(), at.at(i).y() + 1);
        const ConnectorBand band = sample(item.kind, box);
        QPen pen(band.outline, band.dashed ? 1.5 : 1.0);
        if (band.dashed)
            pen.setDashPattern({ 4, 3 });
        p.setClipRect(box.adjusted(0, -1, 0, 1));
        ConnectorGutter::paintBand(p, band, kSample, pen);
        p.setClipping(false);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(kSample + kGap, 0, itemWidth(item) - kSample - kGap + 1, line - 2),
            Qt::AlignLeft | Qt::AlignVCenter, item.name);
        p.restore();
    }
}

void CompareLegend::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Layouts inside a tab do not ask for the height at a width: take the lines the items need.
    setFixedHeight(heightForWidth(width()));
}

void CompareLegend::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        setFixedHeight(heightForWidth(width()));
    if (event->type() == QEvent::PaletteChange)
        update();
}

} // namespace crossread
