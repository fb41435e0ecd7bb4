#pragma once
// Exports articles as one annotated PDF. Text articles are typeset (title, outlet, date, the
// text without unannotated boilerplate), spans tinted in their tag colours and each carrying a
// real highlight annotation (quads over its glyphs, tags and note as contents, the author, the
// tag colour) that PDF viewers list; every article ends with its numbered notes and a tag
// legend; several articles get a cover with a table of contents. PDF articles keep their own
// pages and get the highlight annotations in place. The output appears only when complete.
#include "export/ExportBundle.h"
#include "export/ExportResult.h"
#include "export/PdfExportOptions.h"
#include "export/PdfHighlight.h"

namespace crossread {

class BundleLookup;

class PdfExporter
{
public:
    explicit PdfExporter(const PdfExportOptions &options = {});

    // Progress counts articles typeset, articles painted, the assembly and each file saved.
    ExportResult exportTo(const ExportBundle &bundle, const QString &path, const ExportProgress &progress = {}) const;

    // Where a PDF article goes when it is not merged: "<dir>/<base>-<article id>.pdf".
    static QString separateFileName(const QString &output, qint64 articleId);
    // The highlights of a PDF article from its glyph boxes (page indices shifted by firstPage).
    static QList<PdfHighlight> pdfArticleHighlights(const ExportArticle &article, const BundleLookup &lookup,
        int firstPage, double opacity, QStringList *warnings = nullptr);

private:
    PdfExportOptions m_options;
};

} // namespace crossread
