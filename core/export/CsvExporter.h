#pragma once
// Exports every span as one CSV row (RFC 4180: comma separated, fields quoted when they hold
// a comma, quote or line break, quotes doubled, CRLF record ends), UTF-8 without a byte order
// mark by default because RFC 4180 and most parsers expect none; spreadsheet users on Windows
// can ask for one.
#include "export/ExportBundle.h"
#include "export/ExportResult.h"

namespace crossread {

struct CsvExportOptions
{
    bool byteOrderMark = false;
    bool header = true;
};

class CsvExporter
{
public:
    explicit CsvExporter(const CsvExportOptions &options = {});

    // Columns: article, outlet, date, tags, text, note, start, end, coder (who made the span). Tags are full
    // paths ("Parent / Child") separated by "; "; start and end are code points.
    QByteArray render(const ExportBundle &bundle) const;
    ExportResult exportTo(const ExportBundle &bundle, const QString &path, const ExportProgress &progress = {}) const;

    static QString quoteField(const QString &field);

private:
    CsvExportOptions m_options;
};

} // namespace crossread
