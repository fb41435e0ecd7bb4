#include "store/ProjectFigures.h"

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

QList<Figure> ProjectFigures::collect(Project &project, const QList<qint64> &articleIds)
{
    const QList<qint64> ids = articleIds.isEmpty() ? project.articles().ids() : articleIds;
    QHash<qint64, QPair<QString, QDate>> texts;
    QHash<qint64, QDate> dates;
    for (const ArticleSummary &s : project.articles().summaries())
        dates.insert(s.id, s.published);
    for (qint64 id : ids)
        texts.insert(id, { project.articles().text(id), dates.value(id) });
    const QList<Figure> extracted = extractAll(ids, texts);
    QHash<qint64, QList<Figure>> extractedByArticle, manualByArticle;
    for (const Figure &f : extracted)
        extractedByArticle[f.articleId].append(f);
    for (const Figure &f : project.figures().manualFigures()) {
        if (texts.contains(f.articleId))
            manualByArticle[f.articleId].append(f);
    }
    QList<Figure> out;
    for (qint64 id : ids)
        out += FigureExtractor::mergeWithManual(extractedByArticle.value(id), manualByArticle.value(id));
    return out;
}

} // namespace crossread
