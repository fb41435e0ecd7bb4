#include "export/WebAnnotationExporter.h"

#include "domain/CodePoints.h"
#include "export/BundleLookup.h"
#include "export/ExportFile.h"
#include "export/ExportGuids.h"

#include <QJsonArray>
#include <QUrl>

namespace crossread {

namespace {

const QString kContext = QStringLiteral("http://www.w3.org/ns/anno.jsonld");

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString sourceUrl(const Article &article, const ExportGuids &guids)
{
    if (!article.path.isEmpty())
        return QUrl::fromLocalFile(article.path).toString(QUrl::FullyEncoded);
    // Without a file the annotation still needs a resolvable-looking, stable source.
    return QStringLiteral("urn:uuid:") + ExportGuids::text(guids.article(article.id));
}

QJsonObject textualBody(const QString &value, const QString &purpose)
{
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("TextualBody") }, { QStringLiteral("value"), value },
        { QStringLiteral("format"), QStringLiteral("text/plain") }, { QStringLiteral("purpose"), purpose } };
}

QJsonObject buildAnnotation(const BundleLookup &lookup, const ExportGuids &guids, const ExportArticle &article,
    const CodePoints &cp, const Span &span)
{
    const QString &text = article.article.text;
    const qint64 start = qBound<qint64>(0, span.start, cp.size());
    const qint64 end = qBound<qint64>(start, span.end, cp.size());

    QJsonArray bodies;
    if (!span.note.isEmpty())
        bodies.append(textualBody(span.note, QStringLiteral("commenting")));
    for (const QString &path : lookup.tagPaths(span))
        bodies.append(textualBody(path, QStringLiteral("tagging")));

    const QJsonObject quote { { QStringLiteral("type"), QStringLiteral("TextQuoteSelector") },
        { QStringLiteral("exact"), cp.mid(text, start, end) },
        { QStringLiteral("prefix"),
            cp.mid(text, qMax<qint64>(0, start - WebAnnotationExporter::kQuoteContext), start) },
        { QStringLiteral("suffix"), cp.mid(text, end, end + WebAnnotationExporter::kQuoteContext) } };
    const QJsonObject position { { QStringLiteral("type"), QStringLiteral("TextPositionSelector") },
        { QStringLiteral("start"), start }, { QStringLiteral("end"), end } };
    QJsonObject target { { QStringLiteral("source"), sourceUrl(article.article, guids) },
        { QStringLiteral("selector"), QJsonArray { quote, position } } };
    if (article.article.format == ArticleFormat::Pdf)
        target.insert(QStringLiteral("format"), QStringLiteral("application/pdf"));

    QString motivation = QStringLiteral("highlighting");
    if (!span.note.isEmpty())
        motivation = QStringLiteral("commenting");
    else if (!span.tagIds.isEmpty())
        motivation = QStringLiteral("tagging");

    QJsonObject a { { QStringLiteral("@context"), kContext },
        { QStringLiteral("id"), QStringLiteral("urn:uuid:") + ExportGuids::text(guids.span(span.id)) },
        { QStringLiteral("type"), QStringLiteral("Annotation") }, { QStringLiteral("motivation"), motivation },
        { QStringLiteral("target"), target } };
    if (!bodies.isEmpty())
        a.insert(QStringLiteral("body"), bodies);
    const QString author = lookup.authorOf(span);
    if (!author.isEmpty()) {
        a.insert(QStringLiteral("creator"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("Person") }, { QStringLiteral("name"), author } });
    }
    if (span.created.isValid())
        a.insert(QStringLiteral("created"), timestamp(span.created));
    if (span.modified.isValid())
        a.insert(QStringLiteral("modified"), timestamp(span.modified));
    return a;
}

} // namespace

QJsonObject WebAnnotationExporter::annotation(
    const ExportBundle &bundle, const ExportArticle &article, const Span &span) const
{
    return buildAnnotation(
        BundleLookup(bundle), ExportGuids(bundle.projectName), article, CodePoints(article.article.text), span);
}

QJsonDocument WebAnnotationExporter::render(const ExportBundle &bundle) const
{
    const ExportGuids guids(bundle.projectName);
    const QString collectionId = QStringLiteral("urn:uuid:") + ExportGuids::text(guids.project());
    const BundleLookup lookup(bundle);
    QJsonArray items;
    for (const ExportArticle &a : bundle.articles) {
        const CodePoints cp(a.article.text);
        for (const Span &s : a.spans)
            items.append(buildAnnotation(lookup, guids, a, cp, s));
    }
    const QJsonObject page { { QStringLiteral("id"), collectionId + QStringLiteral("#page1") },
        { QStringLiteral("type"), QStringLiteral("AnnotationPage") }, { QStringLiteral("partOf"), collectionId },
        { QStringLiteral("startIndex"), 0 }, { QStringLiteral("items"), items } };
    QJsonObject collection { { QStringLiteral("@context"), kContext }, { QStringLiteral("id"), collectionId },
        { QStringLiteral("type"), QStringLiteral("AnnotationCollection") },
        { QStringLiteral("label"), bundle.projectName }, { QStringLiteral("total"), items.size() },
        { QStringLiteral("first"), page } };
    if (!bundle.author.isEmpty()) {
        collection.insert(QStringLiteral("creator"),
            QJsonObject {
                { QStringLiteral("type"), QStringLiteral("Person") }, { QStringLiteral("name"), bundle.author } });
    }
    return QJsonDocument(collection);
}

ExportResult WebAnnotationExporter::exportTo(
    const ExportBundle &bundle, const QString &path, const ExportProgress &progress) const
{
    return writeExportFile(
        path, [&] { return render(bundle).toJson(QJsonDocument::Indented); }, progress);
}

} // namespace crossread
