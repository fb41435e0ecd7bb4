#pragma once
// Turns the glyph boxes of a span in a PDF article into one rectangle per line fragment and
// page: the quads of its highlight annotation.
#include "domain/Types.h"

#include <QMap>

namespace crossread {

class PdfGlyphRuns
{
public:
    // Page → rectangles (points, top-left origin) covering glyphs [start, end). Glyphs with
    // empty boxes (line breaks and spaces some extractors synthesise) are left out.
    static QMap<int, QList<QRectF>> lineRects(const QList<PdfGlyph> &glyphs, qint64 start, qint64 end);
};

} // namespace crossread
