#pragma once
// Turns one file into an ImportedDocument: picks the reader by extension, decodes, extracts text
// and metadata, marks boilerplate, and says plainly why a file was skipped or failed.
#include "ImportedDocument.h"

namespace crossread {

// What the document is read for. A project keeps the content hash (to spot a file imported twice)
// and the boilerplate ranges; comparing two files on the command line uses neither, and computing
// them was a fifth of the command's work on a large pair.
enum class ImportPurpose { Project, Comparison };

class ArticleImporter
{
public:
    static constexpr qint64 MaxFileSize = qint64(64) * 1024 * 1024;

    static ImportFileResult importFile(const QString &path, ImportPurpose purpose = ImportPurpose::Project);
    // For bytes already read (or not on disk); `path` gives the format and the fallback title.
    // For a Comparison, contentHash and boilerplate stay empty; everything else is as for a Project.
    static ImportFileResult importData(
        const QString &path, const QByteArray &bytes, ImportPurpose purpose = ImportPurpose::Project);

    static bool isSupported(const QString &path);
    // The format for a supported extension (case-insensitive); Text for anything else.
    static ArticleFormat formatForPath(const QString &path);

private:
    static ImportFileResult importPdf(ImportedDocument document, const QByteArray &bytes, ImportPurpose purpose);
    static ImportFileResult importText(ImportedDocument document, const QByteArray &bytes, ImportPurpose purpose);
    static QString tooLargeReason(qint64 size);
};

} // namespace crossread
