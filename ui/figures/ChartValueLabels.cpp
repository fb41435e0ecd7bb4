#include "figures/ChartValueLabels.h"

#include <QAbstractBarSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLineF>

#include <algorithm>

namespace crossread {

ChartValueLabels::ChartValueLabels(QChart *chart)
    : QObject(chart)
    , m_chart(chart)
    , m_brush(chart->titleBrush())
    , m_font(chart->font())
{
    connect(chart, &QChart::plotAreaChanged, this, &ChartValueLabels::reposition);
}

QGraphicsSimpleTextItem *ChartValueLabels::makeItem(const QString &text)
{
    auto *item = new QGraphicsSimpleTextItem(text, m_chart);
    item->setBrush(m_brush);
    item->setFont(m_font);
    item->setZValue(10); // above the series
    return item;
}

void ChartValueLabels::addBarLabel(
    QAbstractSeries *series, int setIndex, int setCount, int category, double value, const QString &text)
{
    Label l;
    l.series = series;
    l.bar = true;
    l.setIndex = setIndex;
    l.setCount = std::max(1, setCount);
    l.category = category;
    l.value = value;
    l.item = makeItem(text);
    m_labels << l;
}

void ChartValueLabels::addPointLabel(QAbstractSeries *series, const QPointF &point, const QString &text)
{
    Label l;
    l.series = series;
    l.point = point;
    l.item = makeItem(text);
    m_labels << l;
}

void ChartValueLabels::setBrush(const QBrush &brush)
{
    m_brush = brush;
    for (const Label &l : std::as_const(m_labels))
        l.item->setBrush(brush);
}

QStringList ChartValueLabels::texts() const
{
    QStringList out;
    for (const Label &l : m_labels)
        out << l.item->text();
    return out;
}

void ChartValueLabels::reposition()
{
    const QRectF plot = m_chart->plotArea();
    // Bars first: their labels never move, so point labels make way for them.
    QList<QRectF> placed;
    QList<QPair<QPointF, QString>> anchors; // point labels already shown, to drop repeats
    for (const Label &l : std::as_const(m_labels)) {
        if (!l.bar)
            continue;
        QGraphicsSimpleTextItem *item = l.item;
        item->setRotation(0);
        const QRectF box = item->boundingRect();
        const auto *bars = static_cast<QAbstractBarSeries *>(l.series);
        const double width = bars->barWidth();
        // Centre of this set's bar within its category, in category units.
        const double offset = -width / 2 + (l.setIndex + 0.5) * width / l.setCount;
        if (bars->type() == QAbstractSeries::SeriesTypeHorizontalBar) {
            const QPointF p = m_chart->mapToPosition(QPointF(l.value, l.category + offset), l.series);
            item->setPos(p.x() + 4, p.y() - box.height() / 2);
        } else {
            const QPointF p = m_chart->mapToPosition(QPointF(l.category + offset, l.value), l.series);
            const QPointF next
                = m_chart->mapToPosition(QPointF(l.category + offset + width / l.setCount, l.value), l.series);
            if (box.width() > std::abs(next.x() - p.x()) - 2) {
                // Too wide for the bar: stand the text up above it.
                item->setRotation(-90);
                item->setPos(p.x() - box.height() / 2, p.y() - 3);
            } else {
                item->setPos(p.x() - box.width() / 2, p.y() - box.height() - 2);
            }
        }
        placed << item->mapRectToParent(box);
    }
    for (const Label &l : std::as_const(m_labels)) {
        if (l.bar)
            continue;
        QGraphicsSimpleTextItem *item = l.item;
        const QRectF box = item->boundingRect();
        const QPointF p = m_chart->mapToPosition(l.point, l.series);
        item->setVisible(false);
        if (!plot.contains(p))
            continue;
        // Two sources giving the same amount on the same day: one label says it for both.
        const bool repeated = std::any_of(anchors.cbegin(), anchors.cend(),
            [&](const auto &a) { return a.second == item->text() && QLineF(a.first, p).length() < 2; });
        if (repeated)
            continue;
        // Right above the point, else below it, else on its left; hidden when all are taken.
        const QPointF candidates[] = { { p.x() + 6, p.y() - box.height() - 2 }, { p.x() + 6, p.y() + 2 },
            { p.x() - box.width() - 6, p.y() - box.height() - 2 }, { p.x() - box.width() - 6, p.y() + 2 } };
        for (const QPointF &at : candidates) {
            const QRectF rect(at, box.size());
            const bool free
                = std::none_of(placed.cbegin(), placed.cend(), [&](const QRectF &r) { return r.intersects(rect); });
            if (free && plot.adjusted(-4, -box.height(), box.width(), 4).contains(rect)) {
                item->setPos(at);
                item->setVisible(true);
                placed << rect;
                anchors.append({ p, item->text() });
                break;
            }
        }
    }
}

} // namespace crossread
