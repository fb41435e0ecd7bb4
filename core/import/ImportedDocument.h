#pragma once
// What an importer makes of one file: the stored text and what was learnt about it.
#include "domain/Types.h"

namespace crossread {

struct ImportedDocument
{
    QString path;
    ArticleFormat format = ArticleFormat::Text;
    QByteArray contentHash; // hex SHA-256 of the raw bytes
    QString text; // decoded, \n line endings, otherwise untouched
    QString title;
    QString outlet;
    QString author;
    QDate published;
    QList<TextRange> boilerplate; // code point ranges, sorted, not overlapping
    QList<PdfGlyph> glyphs; // PDFs only: one entry per code point of text
};

enum class ImportOutcome { Imported, Skipped, Failed };

struct ImportFileResult
{
    ImportOutcome outcome = ImportOutcome::Failed;
    ImportedDocument document; // valid when outcome == Imported
    QString reason; // why it was skipped or failed, for the user
};

} // namespace crossread
