#include "ArticleImporter.h"

#include "BoilerplateDetector.h"
#include "FirstSentenceTitle.h"
#include "HtmlExtractor.h"
#include "MetadataGuesser.h"
#include "PdfExtractor.h"
#include "ProseCheck.h"
#include "TextDecoder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace crossread {

namespace {

ImportFileResult skipped(const QString &reason)
{
    ImportFileResult result;
    result.outcome = ImportOutcome::Skipped;
    result.reason = reason;
    return result;
}

ImportFileResult failed(const QString &reason)
{
    ImportFileResult result;
    result.outcome = ImportOutcome::Failed;
    result.reason = reason;
    return result;
}

ImportFileResult imported(ImportedDocument document, ImportPurpose purpose)
{
    ImportFileResult result;
    result.outcome = ImportOutcome::Imported;
    if (purpose == ImportPurpose::Project)
        document.boilerplate = BoilerplateDetector::detect(document.text);
    // No headline: the first sentence says what the article is about; the file name rarely does.
    if (document.title.trimmed().isEmpty())
        document.title = FirstSentenceTitle::fromText(document.text);
    if (document.title.isEmpty())
        document.title = QFileInfo(document.path).completeBaseName();
    result.document = std::move(document);
    return result;
}

// Page metadata is more trustworthy than guesses from the text; guesses only fill the gaps.
void fillFromGuess(ImportedDocument &document)
{
    if (!document.title.isEmpty() && !document.outlet.isEmpty() && !document.author.isEmpty()
        && document.published.isValid())
        return;
    const MetadataGuesser::Result guess = MetadataGuesser::guess(document.text);
    if (document.title.isEmpty())
        document.title = guess.title;
    if (document.outlet.isEmpty())
        document.outlet = guess.outlet;
    if (document.author.isEmpty())
        document.author = guess.author;
    if (!document.published.isValid())
        document.published = guess.published;
}

} // namespace

ArticleFormat ArticleImporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return ArticleFormat::Markdown;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ArticleFormat::Html;
    if (suffix == QLatin1String("pdf"))
        return ArticleFormat::Pdf;
    return ArticleFormat::Text;
}

bool ArticleImporter::isSupported(const QString &path)
{
    static const QStringList suffixes = { QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("markdown"),
        QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("pdf") };
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

QString ArticleImporter::tooLargeReason(qint64 size)
{
    return QStringLiteral("file too large (%1 MB)").arg((size + 512 * 1024) / (1024 * 1024));
}

ImportFileResult ArticleImporter::importFile(const QString &path, ImportPurpose purpose)
{
    const QFileInfo info(path);
    if (!isSupported(path))
        return skipped(QStringLiteral("unsupported file type"));
    // Opening a FIFO or a device would block or never end.
    if (info.exists() && !info.isFile() && !info.isDir())
        return failed(QStringLiteral("not a regular file"));
    if (info.size() > MaxFileSize)
        return skipped(tooLargeReason(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(file.errorString());
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failed(file.errorString());
    return importData(info.absoluteFilePath(), bytes, purpose); // rechecks the size: the file may have grown
}

ImportFileResult ArticleImporter::importData(const QString &path, const QByteArray &bytes, ImportPurpose purpose)
{
    if (!isSupported(path))
        return skipped(QStringLiteral("unsupported file type"));
    if (bytes.size() > MaxFileSize)
        return skipped(tooLargeReason(bytes.size()));
    if (bytes.isEmpty())
        return skipped(QStringLiteral("empty file"));

    ImportedDocument document;
    document.path = path;
    document.format = formatForPath(path);
    if (purpose == ImportPurpose::Project)
        document.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    if (document.format == ArticleFormat::Pdf)
        return importPdf(std::move(document), bytes, purpose);
    return importText(std::move(document), bytes, purpose);
}

ImportFileResult ArticleImporter::importPdf(ImportedDocument document, const QByteArray &bytes, ImportPurpose purpose)
{
    PdfExtractor::Result pdf = PdfExtractor::extract(bytes);
    if (!pdf.ok)
        return failed(QStringLiteral("not a readable PDF: %1").arg(pdf.error));
    if (pdf.text.trimmed().isEmpty())
        return skipped(QStringLiteral("no text in PDF (scanned pages need OCR first)"));
    document.text = std::move(pdf.text);
    document.glyphs = std::move(pdf.glyphs);
    document.title = pdf.title;
    document.author = pdf.author;
    fillFromGuess(document);
    if (!document.published.isValid())
        document.published = pdf.created;
    return imported(std::move(document), purpose);
}

ImportFileResult ArticleImporter::importText(ImportedDocument document, const QByteArray &bytes, ImportPurpose purpose)
{
    if (bytes.trimmed().isEmpty())
        return skipped(QStringLiteral("empty file"));
    if (TextDecoder::looksBinary(bytes))
        return skipped(QStringLiteral("binary file"));
    if (document.format == ArticleFormat::Html) {
        const HtmlExtractor::Result html = HtmlExtractor::extract(bytes);
        if (!html.error.isEmpty())
            return failed(html.error);
        if (html.text.trimmed().isEmpty())
            return skipped(QStringLiteral("no article text in the page"));
        if (const QString problem = ProseCheck::problem(html.text, false); !problem.isEmpty())
            return skipped(problem);
        document.text = html.text;
        document.title = html.title;
        document.outlet = html.outlet;
        document.author = html.author;
        document.published = html.published;
    } else {
        const TextDecoder::Result decoded = TextDecoder::decode(bytes);
        document.text = decoded.text;
        if (document.text.trimmed().isEmpty())
            return skipped(QStringLiteral("empty file"));
        const bool guessed = !decoded.encoding.startsWith(QLatin1String("UTF-"));
        if (const QString problem = ProseCheck::problem(document.text, guessed); !problem.isEmpty())
            return skipped(problem);
    }
    fillFromGuess(document);
    return imported(std::move(document), purpose);
}

} // namespace crossread
