#pragma once
// Reads the text layer of a PDF with poppler, keeping for every code point of the text the page
// and box it was printed in, so highlights can be drawn back onto the page.
#include "domain/Types.h"

namespace crossread {

class PdfExtractor
{
public:
    struct Result
    {
        bool ok = false;
        QString error; // why the PDF could not be read, when !ok
        QString text; // words joined by spaces, lines by \n, pages by a blank line
        QList<PdfGlyph> glyphs; // one per code point of text; separators have an empty box
        QString title; // document info Title when meaningful, else the first headline-like line
        QString author;
        QDate created; // document CreationDate: a last-resort publication date
        int pageCount = 0;
    };

    static Result extract(const QByteArray &bytes);

    // True for info titles that are really file names or tool defaults ("Microsoft Word - x.docx").
    static bool isPlaceholderTitle(const QString &title);
};

} // namespace crossread
