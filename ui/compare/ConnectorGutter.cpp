#include "ConnectorGutter.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace crossread {

namespace {
constexpr qreal kTab = 10; // width of a one-sided tab
}

ConnectorGutter::ConnectorGutter(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("connectorGutter"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ConnectorGutter::setBands(const QList<ConnectorBand> &bands)
{
    m_bands = bands;
    update();
}

void ConnectorGutter::setCurrentDifference(int difference)
{
    m_current = difference;
    update();
}

QSize ConnectorGutter::sizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 11, 100);
}

QPainterPath ConnectorGutter::bandPath(const ConnectorBand &band) const
{
    const qreal w = width();
    QPainterPath path;
    switch (band.side) {
    case ConnectorBand::LeftOnly:
        path.moveTo(0, band.leftTop);
        path.lineTo(kTab, band.leftTop + 2);
        path.lineTo(kTab, band.leftBottom - 2);
        path.lineTo(0, band.leftBottom);
        break;
    case ConnectorBand::RightOnly:
        path.moveTo(w, band.rightTop);
        path.lineTo(w - kTab, band.rightTop + 2);
        path.lineTo(w - kTab, band.rightBottom - 2);
        path.lineTo(w, band.rightBottom);
        break;
    case ConnectorBand::Both:
        // Cubic curves whose control points sit mid-way keep the band's ends horizontal.
        path.moveTo(0, band.leftTop);
        path.cubicTo(w / 2, band.leftTop, w / 2, band.rightTop, w, band.rightTop);
        path.lineTo(w, band.rightBottom);
        path.cubicTo(w / 2, band.rightBottom, w / 2, band.leftBottom, 0, band.leftBottom);
        break;
    }
    path.closeSubpath();
    return path;
}

void ConnectorGutter::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    p.setRenderHint(QPainter::Antialiasing);
    const ConnectorBand *current = nullptr;
    for (const ConnectorBand &band : std::as_const(m_bands)) {
        if (m_current >= 0 && band.difference == m_current)
            current = &band;
        QPen pen(band.outline, band.dashed ? 1.5 : 1.0);
        if (band.dashed)
            pen.setDashPattern({ 4, 3 });
        p.setPen(pen);
        p.setBrush(band.fill);
        p.drawPath(bandPath(band));
    }
    if (current) {
        QPen pen(palette().color(QPalette::Active, QPalette::Highlight), 2.5);
        if (current->dashed)
            pen.setDashPattern({ 3, 2 });
        p.setPen(pen);
        p.setBrush(current->fill);
        p.drawPath(bandPath(*current));
    }
}

void ConnectorGutter::mousePressEvent(QMouseEvent *event)
{
    // The last band painted is on top, so it takes the click.
    for (qsizetype i = m_bands.size() - 1; i >= 0; --i) {
        if (m_bands.at(i).difference >= 0 && bandPath(m_bands.at(i)).contains(event->position())) {
            emit differenceClicked(m_bands.at(i).difference);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace crossread
