#include "store/ProjectBundle.h"

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
