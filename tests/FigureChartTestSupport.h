#pragma once
// Helpers shared by the chart tests (tst_figures_ui, tst_charts_ui): a chart builder that knows
// a project's articles and texts, and waiting for the figures table to finish loading.
#include "figures/FigureChartBuilder.h"
#include "models/FigureTableModel.h"
#include "store/Project.h"

#include <QSignalSpy>

namespace crossread::test {

// A builder over PROJECT's articles (titles, outlets, dates) and texts, owned by PARENT.
inline FigureChartBuilder *chartBuilderFor(Project &project, QObject *parent)
{
    auto *builder = new FigureChartBuilder(parent);
    QHash<qint64, ArticleSummary> articles;
    for (const ArticleSummary &s : project.articles().summaries())
        articles.insert(s.id, s);
    builder->setArticles(articles);
    builder->setTextProvider([&project](qint64 id) { return project.articles().text(id); });
    return builder;
}

// True once MODEL holds the project's figures (it reads them in the background).
inline bool waitLoaded(FigureTableModel &model)
{
    if (!model.isLoading())
        return true;
    QSignalSpy loaded(&model, &FigureTableModel::loaded);
    return loaded.wait(30000);
}

} // namespace crossread::test
