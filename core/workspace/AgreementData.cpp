#include "workspace/AgreementData.h"

#include "store/Project.h"

#include <QCollator>
#include <QSet>

#include <algorithm>

namespace crossread {

QHash<qint64, QString> tagPaths(Project &project)
{
    QHash<qint64, Tag> tags;
    for (const Tag &t : project.tags().tags())
        tags.insert(t.id, t);
    QHash<qint64, QString> paths;
    for (const Tag &t : std::as_const(tags)) {
        QStringList parts;
        for (qint64 id = t.id; id > 0 && tags.contains(id) && parts.size() <= tags.size(); id = tags[id].parentId)
            parts.prepend(tags[id].name);
        paths.insert(t.id, parts.join(QLatin1Char('/')));
    }
    return paths;
}

AgreementInput agreementInput(Project &project, const AgreementRequest &request)
{
    AgreementInput input;
    input.coders = request.coders;
    const QSet<QString> coders(request.coders.cbegin(), request.coders.cend());
    const QSet<qint64> chosenArticles(request.articleIds.cbegin(), request.articleIds.cend());

    QSet<qint64> codedArticles;
    QSet<qint64> usedTags;
    for (const Span &s : project.spans().codingsOf(request.coders)) {
        if (!coders.contains(s.author))
            continue;
        if (!chosenArticles.isEmpty() && !chosenArticles.contains(s.articleId))
            continue;
        codedArticles.insert(s.articleId);
        for (qint64 tag : s.tagIds)
            usedTags.insert(tag);
        input.spans.append(s);
    }

    QList<qint64> articleIds = request.articleIds.isEmpty()
        ? QList<qint64>(codedArticles.cbegin(), codedArticles.cend())
        : request.articleIds;
    if (request.articleIds.isEmpty())
        std::sort(articleIds.begin(), articleIds.end());
    QHash<qint64, qint64> lengths;
    project.articles().forEachSummary([&](const ArticleSummary &a) {
        lengths.insert(a.id, a.chars);
        return true;
    });
    for (qint64 id : std::as_const(articleIds)) {
        if (lengths.contains(id))
            input.articles.append({ id, lengths.value(id) });
    }

    const QHash<qint64, QString> paths = tagPaths(project);
    QList<qint64> tagIds = request.tagIds;
    if (tagIds.isEmpty()) {
        for (qint64 id : std::as_const(usedTags)) {
            if (paths.contains(id))
                tagIds.append(id);
        }
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(tagIds.begin(), tagIds.end(),
            [&](qint64 a, qint64 b) { return collator.compare(paths.value(a), paths.value(b)) < 0; });
    }
    for (qint64 id : std::as_const(tagIds))
        input.tags.append({ id, paths.value(id) });
    return input;
}

} // namespace crossread
