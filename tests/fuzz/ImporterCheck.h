#pragma once
// The contract of ArticleImporter::importData that every importer fuzz target checks.
#include "FuzzSupport.h"

#include "import/ArticleImporter.h"

namespace crossread::fuzz {

inline void importAndCheck(const QString &path, const QByteArray &input)
{
    const ImportFileResult r = ArticleImporter::importData(path, input);
    if (r.outcome != ImportOutcome::Imported) {
        FUZZ_CHECK(!r.reason.isEmpty()); // a skipped or failed file always says why
        return;
    }
    const ImportedDocument &d = r.document;
    FUZZ_CHECK(!d.text.trimmed().isEmpty());
    FUZZ_CHECK(!d.text.contains(QLatin1Char('\r')));
    FUZZ_CHECK(!d.title.isEmpty());
    const qint64 length = CodePoints::count(d.text);
    checkRanges(d.boilerplate, length);
    if (d.format == ArticleFormat::Pdf)
        FUZZ_CHECK(d.glyphs.size() == length);
}

} // namespace crossread::fuzz
