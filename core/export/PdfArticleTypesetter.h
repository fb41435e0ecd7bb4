#pragma once
// Typesets one text article for the annotated PDF: title, outlet and date, the text (without
// boilerplate nobody annotated) with every span tinted in its tag colour (overlaps blended)
// and numbered in the margin, then the numbered notes and the legend of tags used. Records
// where each span's glyphs ended up so they can carry highlight annotations.
#include "export/ExportBundle.h"
#include "export/PdfHighlight.h"
#include "export/PdfPage.h"

namespace crossread {

class BundleLookup;
class PdfFlow;
class PdfLayoutContext;

struct PdfTypesetArticle
{
    QList<PdfPage> pages;
    QList<PdfHighlight> highlights; // page indices relative to the article's first page
};

class PdfArticleTypesetter
{
public:
    PdfArticleTypesetter(PdfLayoutContext &context, const BundleLookup &lookup);

    PdfTypesetArticle typeset(const ExportArticle &article, const QString &footer);

    // What a highlight annotation says: "3 · Tag / Path, Other tag", then the note.
    static QString highlightContents(const BundleLookup &lookup, const Span &span, int number);
    static QString displayTitle(const Article &article);
    // The tint behind text covered by spans of these colours.
    static QColor tint(const QList<QColor> &colors);

private:
    void header(PdfFlow &flow, const Article &article);
    void body(PdfFlow &flow, const ExportArticle &article, PdfTypesetArticle &out);
    void notes(PdfFlow &flow, const ExportArticle &article);
    void legend(PdfFlow &flow, const ExportArticle &article);

    PdfLayoutContext &m_context;
    const BundleLookup &m_lookup;
};

} // namespace crossread
