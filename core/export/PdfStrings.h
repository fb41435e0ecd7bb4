#pragma once
// The words the annotated PDF prints, in one place and translatable.
#include <QCoreApplication>
#include <QString>

namespace crossread {

class PdfStrings
{
    Q_DECLARE_TR_FUNCTIONS(PdfStrings)

public:
    static QString untitled() { return tr("Untitled article"); }
    static QString noTags() { return tr("No tag"); }
    static QString notesHeading() { return tr("Notes"); }
    static QString legendHeading() { return tr("Tags"); }
    static QString legendEntry(const QString &tag, int spans)
    {
        // Multi-argument arg(): a tag name containing "%2" is not substituted again.
        return spans == 1 ? tr("%1  (1 span)").arg(tag) : tr("%1  (%2 spans)").arg(tag, QString::number(spans));
    }
    static QString coverSubtitle() { return tr("Annotated articles"); }
    static QString coverCounts(int articles, int spans)
    {
        const QString a = articles == 1 ? tr("1 article") : tr("%1 articles").arg(articles);
        const QString s = spans == 1 ? tr("1 span") : tr("%1 spans").arg(spans);
        return a + QStringLiteral(", ") + s;
    }
    static QString contents() { return tr("Contents"); }
    static QString separateFile(const QString &file) { return tr("file %1").arg(file); }
    static QString pageOf(int page, int total) { return tr("Page %1 of %2").arg(page).arg(total); }
};

} // namespace crossread
