#include "store/AnnotationImporter.h"

#include "anchor/Reanchorer.h"
#include "export/ExportGuids.h"
#include "store/Project.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <map>
#include <memory>

namespace crossread {

namespace {

// The one article among IDS, or 0: a guess between several would put codings on the wrong one.
qint64 single(const QList<qint64> &ids)
{
    return ids.size() == 1 ? ids.first() : 0;
}

qint64 matchArticle(
    const QList<ArticleSummary> &articles, const ExportGuids &guids, const QString &source, const QString &title)
{
    const QUrl url(source.trimmed());
    QList<qint64> ids;
    if (url.isLocalFile()) {
        const QString path = QDir::cleanPath(url.toLocalFile());
        for (const ArticleSummary &a : articles) {
            if (QDir::cleanPath(a.path) == path)
                ids << a.id;
        }
        if (const qint64 id = single(ids))
            return id;
    }
    if (url.scheme() == QLatin1String("urn") && url.path().startsWith(QLatin1String("uuid:"))) {
        const QUuid uuid(url.path().mid(5));
        ids.clear();
        for (const ArticleSummary &a : articles) {
            if (guids.article(a.id) == uuid)
                ids << a.id;
        }
        if (const qint64 id = single(ids))
            return id;
    }
    const QString fileName = url.fileName(QUrl::FullyDecoded);
    if (!fileName.isEmpty()) {
        ids.clear();
        for (const ArticleSummary &a : articles) {
            if (QFileInfo(a.path).fileName() == fileName)
                ids << a.id;
        }
        if (const qint64 id = single(ids))
            return id;
    }
    if (!title.trimmed().isEmpty()) {
        ids.clear();
        for (const ArticleSummary &a : articles) {
            if (a.title.trimmed().compare(title.trimmed(), Qt::CaseInsensitive) == 0)
                ids << a.id;
        }
        return single(ids);
    }
    return 0;
}

QList<ArticleSummary> summaries(Project &project)
{
    QList<ArticleSummary> out;
    project.articles().forEachSummary([&](const ArticleSummary &s) {
        out << s;
        return true;
    });
    return out;
}

// Finds or makes the tags of paths "Parent / Child", by name under their parent.
class TagPaths
{
public:
    TagPaths(Project &project, AnnotationImporter::Report *report)
        : m_project(project)
        , m_report(report)
        , m_tags(project.tags().tags())
    { }

    // 0 for a path of no names (" / "), -1 when a write failed.
    qint64 idOf(const QString &path)
    {
        qint64 parent = 0;
        for (const QString &part : path.split(WebAnnotationReader::tagSeparator())) {
            const QString name = part.trimmed().left(200);
            if (name.isEmpty())
                continue;
            const auto match = std::find_if(m_tags.cbegin(), m_tags.cend(),
                [&](const Tag &t) { return t.parentId == parent && t.name.compare(name, Qt::CaseInsensitive) == 0; });
            if (match != m_tags.cend()) {
                parent = match->id;
                continue;
            }
            Tag t;
            t.name = name;
            t.parentId = parent;
            // Hues a golden angle apart: neighbours in the tree stay told apart.
            t.color = QColor::fromHsv(int(m_tags.size() * 137) % 360, 140, 220);
            t.position = m_project.tags().nextPosition(parent);
            if (!m_project.tags().insert(t))
                return -1;
            m_tags.append(t);
            ++m_report->newTags;
            m_report->tagIds << t.id;
            parent = t.id;
        }
        return parent;
    }

private:
    Project &m_project;
    AnnotationImporter::Report *m_report;
    QList<Tag> m_tags;
};

} // namespace

qint64 AnnotationImporter::findArticle(Project &project, const QString &source, const QString &title)
{
    return matchArticle(summaries(project), ExportGuids(project.name()), source, title);
}

AnnotationImporter::Report AnnotationImporter::import(
    Project &project, const QList<WebAnnotation> &annotations, const QString &coder)
{
    Report report;
    report.annotations = int(annotations.size());
    const QString fallbackCoder = coder.isEmpty() ? project.defaultCoder() : coder;
    const QList<ArticleSummary> articles = summaries(project);
    const ExportGuids guids(project.name());

    // Each source's article, looked up once; the annotations of sources without one are counted.
    QHash<QPair<QString, QString>, qint64> articleOf;
    std::map<QPair<QString, QString>, int> leftOut;
    QList<QPair<qint64, const WebAnnotation *>> work;
    for (const WebAnnotation &a : annotations) {
        const QPair<QString, QString> key { a.source, a.title };
        auto it = articleOf.find(key);
        if (it == articleOf.end())
            it = articleOf.insert(key, matchArticle(articles, guids, a.source, a.title));
        if (it.value() == 0)
            ++leftOut[key];
        else
            work.append({ it.value(), &a });
    }
    for (const auto &[key, count] : leftOut) {
        const QString name = key.first.isEmpty() ? QStringLiteral("(no source)") : key.first;
        report.unmatched << QStringLiteral("%1%2: no one article of the project is this document; its %3 annotation(s) "
                                           "were not imported")
                                .arg(name,
                                    key.second.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(key.second))
                                .arg(count);
    }

    Database &db = project.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        report.error = db.error();
        return report;
    }
    TagPaths tagPaths(project, &report);
    std::map<qint64, std::pair<QString, std::unique_ptr<Reanchorer>>> texts;
    for (const auto &[articleId, annotation] : std::as_const(work)) {
        auto &[text, reanchorer] = texts[articleId];
        if (!reanchorer) {
            text = project.articles().text(articleId);
            reanchorer = std::make_unique<Reanchorer>(text);
        }
        const SpanSelectors &selectors = annotation->selectors;
        Span s;
        s.articleId = articleId;
        s.text = selectors.quote.exact;
        s.quote = s.text;
        s.author = annotation->creator.isEmpty() ? fallbackCoder : annotation->creator;
        s.note = annotation->notes.join(QStringLiteral("\n\n"));
        if (!s.note.isEmpty())
            s.noteAuthor = s.author;
        s.created = annotation->created.isValid() ? annotation->created : QDateTime::currentDateTimeUtc();
        for (const QString &path : annotation->tags) {
            const qint64 tag = tagPaths.idOf(path);
            if (tag < 0) {
                report.error = db.error();
                return report;
            }
            if (tag > 0 && !s.tagIds.contains(tag))
                s.tagIds << tag;
        }
        // An orphan keeps the selectors it came with; version 0: no text of it is kept to compare.
        s.prefix = selectors.quote.prefix;
        s.suffix = selectors.quote.suffix;
        s.selectorStart = selectors.position.start;
        s.selectorEnd = selectors.position.end;
        s.anchorVersion = 0;
        const AnchorResult result = reanchorer->anchor(selectors);
        s = ArticleReviser::applied(s, result, text);
        if (annotation->modified.isValid())
            s.modified = annotation->modified;
        if (!project.spans().insert(s)) {
            report.error = db.error();
            return report;
        }
        report.spanIds << s.id;
        switch (s.anchor) {
        case SpanAnchor::Exact:
            ++report.exact;
            break;
        case SpanAnchor::Relocated:
            ++report.relocated;
            break;
        case SpanAnchor::Fuzzy:
            ++report.fuzzy;
            break;
        case SpanAnchor::Orphan:
            report.orphans.append({ s, result.candidates });
            break;
        }
    }
    if (!tx.commit()) {
        report.error = db.error();
        return report;
    }
    project.notifyArticlesChanged();
    emit project.tagsReset();
    return report;
}

} // namespace crossread
