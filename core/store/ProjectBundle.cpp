#include "store/ProjectBundle.h"

#include "anchor/Reanchorer.h"
#include "domain/CodePoints.h"
#include "store/Project.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace crossread {

ExportBundle ProjectBundle::snapshot(Project &project, const QList<qint64> &articleIds)
{
    ExportBundle bundle;
    bundle.projectName = project.name();
    bundle.author = project.userName();
    bundle.tags = project.tags().tags();
    const QList<qint64> ids = articleIds.isEmpty() ? project.articles().ids() : articleIds;
    for (qint64 id : ids) {
        bool found = false;
        ExportArticle ea;
        ea.article = project.articles().article(id, &found);
        if (!found)
            continue;
        ea.spans = project.spans().spansOfArticle(id);
        if (ea.article.format == ArticleFormat::Pdf)
            ea.glyphs = project.articles().glyphs(id);
        bundle.articles.append(ea);
    }
    return bundle;
}

namespace {

// The one article of the project titled as SOURCE whose text differs from it; 0 when none or
// several (a guess between articles would put codings on the wrong one).
qint64 sameArticle(Project &project, const Article &source)
{
    const QString title = source.title.trimmed();
    if (title.isEmpty())
        return 0;
    QList<qint64> ids;
    project.articles().forEachSummary([&](const ArticleSummary &s) {
        if (s.title.trimmed().compare(title, Qt::CaseInsensitive) == 0)
            ids << s.id;
        return ids.size() < 2;
    });
    if (ids.size() != 1 || project.articles().text(ids.first()) == source.text)
        return 0;
    return ids.first();
}

// The codings of SOURCE placed on article ID by their selectors (no old text is known).
bool reanchorOnto(Project &project, qint64 id, const ExportArticle &source, const QHash<qint64, qint64> &tagMap,
    const QString &coder, ProjectBundle::MergeReport *report)
{
    const QString text = project.articles().text(id);
    const Reanchorer reanchorer(text);
    const CodePoints sourceCp(source.article.text);
    ++report->matchedSources;
    for (Span s : source.spans) {
        const SpanSelectors selectors = SpanSelectors::describe(source.article.text, sourceCp, s.start, s.end);
        s.id = 0;
        s.articleId = id;
        s.text = selectors.quote.exact;
        s.quote = s.text;
        s.anchor = SpanAnchor::Exact;
        QList<qint64> tags;
        for (qint64 t : std::as_const(s.tagIds)) {
            if (tagMap.contains(t))
                tags << tagMap.value(t);
        }
        s.tagIds = tags;
        if (s.author.isEmpty())
            s.author = coder;
        if (!s.note.isEmpty() && s.noteAuthor.isEmpty())
            s.noteAuthor = s.author;
        // An orphan keeps the selectors it came with; version 0: no text of it is kept to compare.
        s.prefix = selectors.quote.prefix;
        s.suffix = selectors.quote.suffix;
        s.selectorStart = selectors.position.start;
        s.selectorEnd = selectors.position.end;
        s.anchorVersion = 0;
        const AnchorResult result = reanchorer.anchor(selectors);
        s = ArticleReviser::applied(s, result, text);
        if (!project.spans().insert(s)) {
            report->error = project.database().error();
            return false;
        }
        ++report->spans;
        if (s.isOrphan())
            report->orphans.append({ s, result.candidates });
        else
            ++report->reanchored;
    }
    return true;
}

} // namespace

ProjectBundle::MergeReport ProjectBundle::merge(
    Project &project, const ExportBundle &bundle, const QString &origin, const QString &coder)
{
    MergeReport report;
    const QString fallbackCoder = coder.isEmpty() ? project.defaultCoder() : coder;
    Database &db = project.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        report.error = db.error();
        return report;
    }
    // Tags: match an existing tag with the same name under the same (mapped) parent.
    QHash<qint64, qint64> tagMap;
    QList<Tag> existing = project.tags().tags();
    QList<Tag> pending = bundle.tags;
    // Parents first: repeat until every tag whose parent is mapped is placed.
    while (!pending.isEmpty()) {
        bool progressed = false;
        for (auto it = pending.begin(); it != pending.end();) {
            if (it->parentId > 0 && !tagMap.contains(it->parentId)
                && std::any_of(pending.cbegin(), pending.cend(), [&](const Tag &t) { return t.id == it->parentId; })) {
                ++it;
                continue;
            }
            const qint64 parent = it->parentId > 0 ? tagMap.value(it->parentId) : 0;
            const auto match = std::find_if(existing.cbegin(), existing.cend(), [&](const Tag &t) {
                return t.parentId == parent && t.name.compare(it->name, Qt::CaseInsensitive) == 0;
            });
            if (match != existing.cend()) {
                tagMap.insert(it->id, match->id);
                ++report.reusedTags;
            } else {
                Tag t = *it;
                t.id = 0;
                t.parentId = parent;
                t.position = project.tags().nextPosition(parent);
                if (!project.tags().insert(t)) {
                    report.error = db.error();
                    return report;
                }
                existing.append(t);
                tagMap.insert(it->id, t.id);
                ++report.tags;
            }
            it = pending.erase(it);
            progressed = true;
        }
        if (!progressed)
            break; // a cycle in a damaged file: leave those tags out
    }
    for (const ExportArticle &ea : bundle.articles) {
        const qint64 same = sameArticle(project, ea.article);
        if (same > 0) {
            if (!reanchorOnto(project, same, ea, tagMap, fallbackCoder, &report))
                return report;
            continue;
        }
        Article a = ea.article;
        a.id = 0;
        a.path = QFileInfo(origin).absoluteFilePath() + u'#'
            + (a.title.isEmpty() ? QString::number(ea.article.id) : a.title);
        a.contentHash = QCryptographicHash::hash(a.text.toUtf8(), QCryptographicHash::Sha256).toHex();
        if (project.articles().knownFiles().contains(a.path))
            a.path += u'#' + QString::number(ea.article.id);
        if (!project.articles().insert(a, ea.glyphs)) {
            report.error = db.error();
            return report;
        }
        ++report.articles;
        for (Span s : ea.spans) {
            s.id = 0;
            s.articleId = a.id;
            QList<qint64> tags;
            for (qint64 t : s.tagIds) {
                if (tagMap.contains(t))
                    tags << tagMap.value(t);
            }
            s.tagIds = tags;
            if (s.author.isEmpty())
                s.author = fallbackCoder;
            if (!s.note.isEmpty() && s.noteAuthor.isEmpty())
                s.noteAuthor = s.author;
            QString error;
            if (!project.validateSpan(s, &error)) {
                report.error = error;
                return report;
            }
            if (!project.spans().insert(s)) {
                report.error = db.error();
                return report;
            }
            ++report.spans;
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
