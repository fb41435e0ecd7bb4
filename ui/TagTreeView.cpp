#include "TagTreeView.h"

#include <QPainter>

namespace crossread {

TagTreeView::TagTreeView(QWidget *parent)
    : QTreeView(parent)
{ }

void TagTreeView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void TagTreeView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (m_placeholder.isEmpty() || (model() && model()->rowCount(rootIndex()) > 0))
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const int margin = fontMetrics().averageCharWidth() * 2;
    painter.drawText(viewport()->rect().adjusted(margin, margin, -margin, -margin),
        Qt::AlignTop | Qt::AlignHCenter | Qt::TextWordWrap, m_placeholder);
}

} // namespace crossread
