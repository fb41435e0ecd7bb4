#include "export/CsvExporter.h"

#include "domain/CodePoints.h"
#include "export/BundleLookup.h"
#include "export/ExportFile.h"

namespace crossread {

namespace {

const QString kRecordEnd = QStringLiteral("\r\n");

void appendRecord(QString &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += CsvExporter::quoteField(fields[i]);
    }
    out += kRecordEnd;
}

} // namespace

CsvExporter::CsvExporter(const CsvExportOptions &options)
    : m_options(options)
{ }

QString CsvExporter::quoteField(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray CsvExporter::render(const ExportBundle &bundle) const
{
    const BundleLookup lookup(bundle);
    QString out;
    if (m_options.header) {
        appendRecord(out,
            { QStringLiteral("article"), QStringLiteral("outlet"), QStringLiteral("date"), QStringLiteral("tags"),
                QStringLiteral("text"), QStringLiteral("note"), QStringLiteral("start"), QStringLiteral("end"),
                QStringLiteral("coder") });
    }
    for (const ExportArticle &a : bundle.articles) {
        const CodePoints cp(a.article.text);
        for (const Span &s : a.spans) {
            // The article text is the truth; the span's own copy only covers a missing text.
            const QString text = a.article.text.isEmpty() ? s.text : cp.mid(a.article.text, s.start, s.end);
            appendRecord(out,
                { a.article.title, a.article.outlet, a.article.published.toString(Qt::ISODate),
                    lookup.tagPaths(s).join(QStringLiteral("; ")), text, s.note, QString::number(s.start),
                    QString::number(s.end), lookup.authorOf(s) });
        }
    }
    QByteArray bytes = out.toUtf8();
    if (m_options.byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

ExportResult CsvExporter::exportTo(
    const ExportBundle &bundle, const QString &path, const ExportProgress &progress) const
{
    return writeExportFile(
        path, [&] { return render(bundle); }, progress);
}

} // namespace crossread
