#pragma once
// A typeset page as a list of things to paint, so that every page can be laid out (and the
// table of contents and "page n of m" known) before the first one is painted.
#include <QColor>
#include <QFont>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;
class QTextLayout;

namespace crossread {

struct PdfFill
{
    QRectF rect;
    QColor color;
    QColor border; // invalid: none
};

struct PdfTextLine
{
    const QTextLayout *layout = nullptr;
    int line = 0;
    QPointF origin; // where the line's top-left goes
    QColor color;
};

struct PdfLabel
{
    QPointF baseline;
    QString text;
    QFont font;
    QColor color;
};

struct PdfRule
{
    QLineF line;
    QColor color;
    double width = 1;
};

struct PdfPage
{
    QList<PdfFill> fills; // painted first, under the text
    QList<PdfRule> rules;
    QList<PdfTextLine> lines;
    QList<PdfLabel> labels;
    QString footer; // left part of the footer; the page number goes right

    void paint(QPainter &painter) const;
};

} // namespace crossread
