#include "DiffMinimap.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace crossread {

namespace {
constexpr int kMargin = 3;
constexpr qreal kMinMark = 2; // pixels: a one-line difference in a long text stays visible
} // namespace

DiffMinimap::DiffMinimap(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("diffMinimap"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Differences in A (left) and B (right); click to jump"));
}

void DiffMinimap::setMarks(const QList<MinimapMark> &marks)
{
    m_marks = marks;
    update();
}

void DiffMinimap::setViewport(int column, double from, double to)
{
    if (column < 0 || column > 1)
        return;
    m_viewFrom[column] = std::clamp(from, 0.0, 1.0);
    m_viewTo[column] = std::clamp(to, m_viewFrom[column], 1.0);
    update();
}

QSize DiffMinimap::sizeHint() const
{
    return QSize(28, 100);
}

QRectF DiffMinimap::columnRect(int column) const
{
    const qreal w = (width() - 3.0 * kMargin) / 2.0;
    return QRectF(kMargin + column * (w + kMargin), kMargin, w, height() - 2.0 * kMargin);
}

void DiffMinimap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
    const QColor base = palette().color(QPalette::Base);
    const QColor frame = palette().color(QPalette::Mid);
    for (int c = 0; c < 2; ++c) {
        const QRectF col = columnRect(c);
        p.fillRect(col, base);
        p.setPen(frame);
        p.drawRect(col.adjusted(0, 0, -1, -1));
    }
    for (const MinimapMark &m : std::as_const(m_marks)) {
        const QRectF col = columnRect(m.column);
        const qreal top = col.top() + m.from * col.height();
        const qreal h = std::max(kMinMark, (m.to - m.from) * col.height());
        p.fillRect(QRectF(col.left() + 1, top, col.width() - 2, h), m.color);
    }
    QColor view = palette().color(QPalette::Text);
    view.setAlphaF(0.12f);
    QColor viewLine = palette().color(QPalette::Text);
    viewLine.setAlphaF(0.55f);
    p.setRenderHint(QPainter::Antialiasing);
    for (int c = 0; c < 2; ++c) {
        const QRectF col = columnRect(c);
        const QRectF box(col.left(), col.top() + m_viewFrom[c] * col.height(), col.width(),
            std::max(4.0, (m_viewTo[c] - m_viewFrom[c]) * col.height()));
        p.setPen(QPen(viewLine, 1));
        p.setBrush(view);
        p.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void DiffMinimap::jump(const QPointF &pos)
{
    const int column = pos.x() < width() / 2.0 ? 0 : 1;
    const QRectF col = columnRect(column);
    emit jumpRequested(column, std::clamp((pos.y() - col.top()) / std::max(1.0, col.height()), 0.0, 1.0));
}

void DiffMinimap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        jump(event->position());
}

void DiffMinimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        jump(event->position());
}

} // namespace crossread
