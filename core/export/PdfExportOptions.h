#pragma once
// Options of the annotated PDF export.
#include <QDate>
#include <QString>

namespace crossread {

struct PdfExportOptions
{
    enum class PageSize { A4, Letter };
    // PDF articles keep their original pages. Exported together with other articles they are
    // merged into the one output with qpdf when it is installed; otherwise, or when asked,
    // each is written next to the output as <output base name>-<article id>.pdf.
    enum class PdfArticles { MergeWithQpdf, SeparateFiles };

    PageSize pageSize = PageSize::A4;
    double marginPoints = 56; // about 2 cm on every side
    bool coverPage = true; // only used when several articles are exported
    PdfArticles pdfArticles = PdfArticles::MergeWithQpdf;
    QString qpdfProgram; // empty: look for "qpdf" on PATH
    QDate date; // the date on the cover; today when invalid
    // Highlight annotations are drawn by viewers on top of the page: over the printed tint of
    // typeset articles they stay faint, on the untouched pages of PDF articles they carry the colour.
    double typesetHighlightOpacity = 0.35;
    double pdfHighlightOpacity = 0.6;
};

} // namespace crossread
