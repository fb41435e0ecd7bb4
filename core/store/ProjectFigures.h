#pragma once
// The figures of a project: extracted from every article's text (in parallel) and merged
// with the analysts' hand figures, which win at the same range.
#include "domain/Types.h"

#include <QHash>

namespace crossread {

class Project;

class ProjectFigures
{
public:
    // articleIds empty = every article.
    static QList<Figure> collect(Project &project, const QList<qint64> &articleIds = {});
    // The extraction alone, over texts already in memory (articleId -> (text, dateline)).
    static QList<Figure> extractAll(const QList<qint64> &ids, const QHash<qint64, QPair<QString, QDate>> &texts);
};

} // namespace crossread
