#include "store/ProjectFigures.h"

#include "compare/ClaimFigureLabels.h"
#include "figures/FigureExtractor.h"
#include "store/Project.h"

#include <QtConcurrent/QtConcurrentMap>

namespace crossread {

QList<Figure> ProjectFigures::extractAll(const QList<qint64> &ids, const QHash<qint64, QPair<QString, QDate>> &texts)
{
    const FigureExtractor extractor;
    using Extracted = QPair<QList<Figure>, QList<TermSentence>>;
    const QList<Extracted> perArticle = QtConcurrent::blockingMapped(ids, [&](qint64 id) {
        const auto entry = texts.value(id);
        Extracted out { extractor.extract(entry.first, entry.second), {} };
        for (Figure &f : out.first)
            f.articleId = id;
        // The sentences' terms tell which figures of different articles state one claim.
        if (!out.first.isEmpty())
            out.second = ClaimTerms::of(entry.first);
        return out;
    });
    QList<Figure> out;
    QHash<qint64, QList<TermSentence>> sentences;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        out += perArticle[i].first;
        if (!perArticle[i].second.isEmpty())
            sentences.insert(ids[i], perArticle[i].second);
    }
    ClaimFigureLabels::unify(&out, sentences);
    return out;
}

QList<Figure> ProjectFigures::collect(Project &project, const QList<qint64> &articleIds)
{
    QList<Figure> out;
    forEachBatch(project, articleIds, [&out](const QList<Figure> &figures) { out += figures; });
    return out;
}

void ProjectFigures::forEachBatch(Project &project, const QList<qint64> &articleIds,
    const std::function<void(const QList<Figure> &)> &sink, int batchSize)
{
    const QList<qint64> ids = articleIds.isEmpty() ? project.articles().ids() : articleIds;
    QHash<qint64, QList<Figure>> manualByArticle;
    for (const Figure &f : project.figures().manualFigures())
        manualByArticle[f.articleId].append(f);
    for (qsizetype from = 0; from < ids.size(); from += batchSize) {
        const QList<qint64> batch = ids.mid(from, batchSize);
        const QList<Figure> extracted = extractAll(batch, project.articles().textsWithDates(batch));
        QHash<qint64, QList<Figure>> extractedByArticle;
        for (const Figure &f : extracted)
            extractedByArticle[f.articleId].append(f);
        QList<Figure> out;
        for (qint64 id : batch)
            out += FigureExtractor::mergeWithManual(extractedByArticle.value(id), manualByArticle.value(id));
        sink(out);
    }
}

} // namespace crossread
