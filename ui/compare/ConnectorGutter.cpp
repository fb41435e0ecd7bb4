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
    m_currentAlignment = -1;
    update();
}

void ConnectorGutter::setCurrentAlignment(int alignment)
{
    m_current = -1;
    m_currentAlignment = alignment;
    update();
}

bool ConnectorGutter::isCurrent(const ConnectorBand &band) const
{
    return (m_current >= 0 && band.difference == m_current)
        || (m_currentAlignment >= 0 && band.alignment == m_currentAlignment);
}

QSize ConnectorGutter::sizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 11, 100);
}

QPainterPath ConnectorGutter::bandPath(const ConnectorBand &band, qreal w)
{
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
    case ConnectorBand::Both: {
        // Cubic curves whose control points sit mid-way keep the band's ends horizontal. A
        // bracket band runs between the brackets' spines, which stand a little off the panes.
        const qreal left = band.bracket ? kBracket : 0;
        const qreal right = band.bracket ? w - kBracket : w;
        const qreal mid = (left + right) / 2;
        path.moveTo(left, band.leftTop);
        path.cubicTo(mid, band.leftTop, mid, band.rightTop, right, band.rightTop);
        path.lineTo(right, band.rightBottom);
        path.cubicTo(mid, band.rightBottom, mid, band.leftBottom, left, band.leftBottom);
        break;
    }
    }
    path.closeSubpath();
    return path;
}

QPainterPath ConnectorGutter::bracketPath(const ConnectorBand &band, qreal w)
{
    QPainterPath path;
    if (!band.bracket || band.side != ConnectorBand::Both)
        return path;
    // "[" against the left pane's run, "]" against the right pane's: ticks point at the text.
    path.moveTo(1, band.leftTop);
    path.lineTo(kBracket, band.leftTop);
    path.lineTo(kBracket, band.leftBottom);
    path.lineTo(1, band.leftBottom);
    path.moveTo(w - 1, band.rightTop);
    path.lineTo(w - kBracket, band.rightTop);
    path.lineTo(w - kBracket, band.rightBottom);
    path.lineTo(w - 1, band.rightBottom);
    return path;
}

void ConnectorGutter::paintBand(QPainter &p, const ConnectorBand &band, qreal width, const QPen &pen)
{
    const QPainterPath path = bandPath(band, width);
    p.setPen(pen);
    p.setBrush(band.fill);
    p.drawPath(path);
    if (band.hatched) {
        p.setPen(Qt::NoPen);
        p.setBrush(QBrush(band.outline, Qt::BDiagPattern));
        p.drawPath(path);
    }
    if (band.bracket) {
        QPen spine = pen;
        spine.setWidthF(pen.widthF() + 1.0);
        spine.setCapStyle(Qt::FlatCap);
        spine.setJoinStyle(Qt::MiterJoin);
        p.setPen(spine);
        p.setBrush(Qt::NoBrush);
        p.drawPath(bracketPath(band, width));
    }
}

void ConnectorGutter::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    p.setRenderHint(QPainter::Antialiasing);
    const ConnectorBand *current = nullptr;
    for (const ConnectorBand &band : std::as_const(m_bands)) {
        if (isCurrent(band))
            current = &band;
        QPen pen(band.outline, band.dashed ? 1.5 : 1.0);
        if (band.dashed)
            pen.setDashPattern({ 4, 3 });
        paintBand(p, band, width(), pen);
    }
    if (current) {
        QPen pen(palette().color(QPalette::Active, QPalette::Highlight), 2.5);
        if (current->dashed)
            pen.setDashPattern({ 3, 2 });
        paintBand(p, *current, width(), pen);
    }
}

void ConnectorGutter::mousePressEvent(QMouseEvent *event)
{
    // The last band painted is on top, so it takes the click.
    for (qsizetype i = m_bands.size() - 1; i >= 0; --i) {
        if (m_bands.at(i).difference >= 0 && bandPath(m_bands.at(i), width()).contains(event->position())) {
            emit differenceClicked(m_bands.at(i).difference);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace crossread
