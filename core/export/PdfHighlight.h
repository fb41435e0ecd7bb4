#pragma once
// One highlight annotation to add to a page of a PDF.
#include <QColor>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>

namespace crossread {

struct PdfHighlight
{
    int page = 0; // 0-based page of the document being annotated
    QList<QRectF> rects; // points, origin top-left of the page; one per line fragment
    QString contents; // tags and note, shown by viewers
    QString author;
    QColor color;
    QDateTime created;
    QDateTime modified;
    QString uniqueName; // /NM, the same for all parts of one span
    double opacity = 1.0; // /CA: typeset text already carries a printed tint, so less there
};

} // namespace crossread
