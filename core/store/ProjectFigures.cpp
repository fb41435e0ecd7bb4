#include "store/ProjectFigures.h"

#include "compare/ClaimFigureLabels.h"
#include "figures/FigureExtractor.h"
#include "store/Project.h"

#include <QtConcurrent/QtConcurrentMap>

namespace crossread {

QList<Figure> ProjectFigures::extractAll(const QList<qint64> &ids, const QHash<qint64, QPair<QString, QDate>> &texts)
{
    const FigureExtractor extractor;
    const QList<QList<Figure>> perArticle = QtConcurrent::blockingMapped(ids, [&](qint64 id) {
        const auto entry = texts.value(id);
        QList<Figure> figures = extractor.extract(entry.first, entry.second);
        for (Figure &f : figures)
            f.articleId = id;
        return figures;
    });
    QList<Figure> out;
    for (const QList<Figure> &f : perArticle)
        out += f;
    return out;
}

void ProjectFigures::unifyClaimLabels(QList<Figure> *figures, const QHash<qint64, QPair<QString, QDate>> &texts)
{
    QList<qint64> ids; // each article once: its figures come together
    for (const Figure &f : std::as_const(*figures))
        if (ids.isEmpty() || ids.last() != f.articleId)
            ids << f.articleId;
    // The sentences' terms tell which figures of different articles state one claim.
    const QList<QList<TermSentence>> terms
        = QtConcurrent::blockingMapped(ids, [&texts](qint64 id) { return ClaimTerms::of(texts.value(id).first); });
    QHash<qint64, QList<TermSentence>> sentences;
    for (qsizetype i = 0; i < ids.size(); ++i)
        sentences.insert(ids[i], terms[i]);
    ClaimFigureLabels::unify(figures, sentences);
}

QList<Figure> ProjectFigures::extractWithClaimLabels(
    const QList<qint64> &ids, const QHash<qint64, QPair<QString, QDate>> &texts)
{
    QList<Figure> out = extractAll(ids, texts);
    unifyClaimLabels(&out, texts);
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
        const QList<Figure> extracted = extractWithClaimLabels(batch, project.articles().textsWithDates(batch));
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
