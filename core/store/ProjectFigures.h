#pragma once
// The figures of a project: extracted from every article's text (in parallel), figures of one
// claim given one label (ClaimFigureLabels), and merged with the analysts' hand figures, which
// win at the same range.
#include "domain/Types.h"

#include <QHash>

#include <functional>

namespace crossread {

class Project;

class ProjectFigures
{
public:
    // articleIds empty = every article.
    static QList<Figure> collect(Project &project, const QList<qint64> &articleIds = {});
    // The same, handed to sink a batch of articles at a time (in the order of the ids), so
    // that 100,000 articles never have all their texts or all their figures in memory at once;
    // labels are unified within each batch.
    static void forEachBatch(Project &project, const QList<qint64> &articleIds,
        const std::function<void(const QList<Figure> &)> &sink, int batchSize = 256);
    // The extraction alone, over texts already in memory (articleId -> (text, dateline)).
    static QList<Figure> extractAll(const QList<qint64> &ids, const QHash<qint64, QPair<QString, QDate>> &texts);
    // Gives the figures of one claim one label (ClaimFigureLabels); texts as extractAll's. It
    // reads every article's terms, which costs more than extracting its figures.
    static void unifyClaimLabels(QList<Figure> *figures, const QHash<qint64, QPair<QString, QDate>> &texts);
    // extractAll, then unifyClaimLabels.
    static QList<Figure> extractWithClaimLabels(
        const QList<qint64> &ids, const QHash<qint64, QPair<QString, QDate>> &texts);
};

} // namespace crossread
