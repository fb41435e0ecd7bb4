#pragma once
// Exports a bundle as a REFI-QDA 1.5 project (.qdpx): a ZIP holding project.qde (QDA-XML,
// valid against Project-mrt2019.xsd) and the plain text of every article as
// Sources/<guid>.txt. Tags become the CodeBook (nested Codes with colours and descriptions),
// articles TextSources, spans PlainTextSelections (code point start/end, end exclusive as the
// span model has it) with one Coding per tag and a NoteRef to a Note for the span's note.
// Outlet, author, publication date, format and file of an article travel as Variables.
#include "export/ExportBundle.h"
#include "export/ExportResult.h"

namespace crossread {

class QdpxExporter
{
public:
    // Names of the Variables carrying article metadata (QdpxImporter reads them back).
    static QString outletVariable() { return QStringLiteral("Outlet"); }
    static QString authorVariable() { return QStringLiteral("Author"); }
    static QString publishedVariable() { return QStringLiteral("Published"); }
    static QString formatVariable() { return QStringLiteral("Format"); }
    static QString fileVariable() { return QStringLiteral("Source file"); }

    // The TextSource name: the title, else the file name, else "Article <id>".
    static QString sourceName(const Article &article);

    QByteArray projectXml(const ExportBundle &bundle) const;
    ExportResult exportTo(const ExportBundle &bundle, const QString &path, const ExportProgress &progress = {}) const;
};

} // namespace crossread
