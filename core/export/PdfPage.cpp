#include "export/PdfPage.h"

#include <QPainter>
#include <QTextLayout>

namespace crossread {

void PdfPage::paint(QPainter &painter) const
{
    for (const PdfFill &f : fills) {
        if (f.border.isValid()) {
            painter.setPen(QPen(f.border, 0));
            painter.setBrush(f.color);
            painter.drawRect(f.rect);
        } else {
            painter.fillRect(f.rect, f.color);
        }
    }
    for (const PdfRule &r : rules) {
        painter.setPen(QPen(r.color, r.width));
        painter.drawLine(r.line);
    }
    for (const PdfTextLine &l : lines) {
        painter.setPen(l.color);
        l.layout->lineAt(l.line).draw(&painter, l.origin);
    }
    for (const PdfLabel &l : labels) {
        painter.setPen(l.color);
        painter.setFont(l.font);
        painter.drawText(l.baseline, l.text);
    }
}

} // namespace crossread
