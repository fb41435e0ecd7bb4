#pragma once
// Turns one file into an ImportedDocument: picks the reader by extension, decodes, extracts text
// and metadata, marks boilerplate, and says plainly why a file was skipped or failed.
#include "ImportedDocument.h"

namespace crossread {

class ArticleImporter
{
public:
    static constexpr qint64 MaxFileSize = qint64(64) * 1024 * 1024;

    static ImportFileResult importFile(const QString &path);
    // For bytes already read (or not on disk); `path` gives the format and the fallback title.
    static ImportFileResult importData(const QString &path, const QByteArray &bytes);

    static bool isSupported(const QString &path);
    // The format for a supported extension (case-insensitive); Text for anything else.
    static ArticleFormat formatForPath(const QString &path);

private:
    static ImportFileResult importPdf(ImportedDocument document, const QByteArray &bytes);
    static ImportFileResult importText(ImportedDocument document, const QByteArray &bytes);
    static QString tooLargeReason(qint64 size);
};

} // namespace crossread
