// FigureChartBuilder's bar charts: one label across sources, and benchmark scores by model.
#include "figures/ChartScale.h"
#include "figures/ChartValueLabels.h"
#include "figures/FigureChartBuilder.h"
#include "models/FigureTableModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace crossread {

namespace {

// How many categories a grouped bar chart shows before it stops being readable.
constexpr int kMaxCategories = 8;

QString kindNoun(FigureKind kind)
{
    return FigureTableModel::kindText(kind);
}

// The first figure of each article (articles read top-down: the lede states the figure).
QList<Figure> firstPerArticle(const QList<Figure> &figures)
{
    QList<Figure> out;
    QSet<qint64> seen;
    QList<Figure> sorted = figures;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Figure &a, const Figure &b) {
        return a.articleId != b.articleId ? a.articleId < b.articleId : a.start < b.start;
    });
    for (const Figure &f : sorted) {
        if (!seen.contains(f.articleId)) {
            seen.insert(f.articleId);
            out << f;
        }
    }
    return out;
}

// Room above the largest bar for its label, then round numbers on the axis.
void fitValueAxis(QValueAxis *axis, double largest, double smallest)
{
    const double top = largest > 0 ? largest * 1.2 : 1;
    axis->setRange(std::min(0.0, smallest * 1.2), top);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.6g"));
}

// The label the figures share as written, or what was asked for when they differ ("fund"
// matching "funding" and "funding round").
QString distinctLabel(const QList<Figure> &figures, const QString &asked)
{
    QSet<QString> labels;
    for (const Figure &f : figures)
        labels.insert(f.label.simplified().toCaseFolded());
    return labels.size() == 1 ? figures.first().label.simplified() : asked;
}

} // namespace

void FigureChartBuilder::buildAcrossSources(
    QChart *chart, FigureKind kind, const QList<Figure> &figures, const QString &label)
{
    QList<Figure> ofKind;
    for (const Figure &f : figures) {
        if (f.kind == kind)
            ofKind << f;
    }
    if (ofKind.isEmpty()) {
        m_emptyReason = tr("No %1 figures to chart").arg(kindNoun(kind));
        return;
    }
    QString chosen = label;
    if (chosen.isEmpty()) {
        const QStringList labels = labelsBySources(ofKind, kind);
        if (labels.isEmpty()) {
            m_emptyReason = tr("No %1 figures say what they measure (no label)").arg(kindNoun(kind));
            return;
        }
        chosen = labels.first();
    }
    QList<Figure> matching = withLabel(ofKind, chosen);
    if (matching.isEmpty()) {
        m_emptyReason = tr("No %1 figures labelled “%2”").arg(kindNoun(kind), chosen);
        return;
    }
    // Amounts in different currencies cannot share an axis: chart the currency most use.
    QHash<QString, int> units;
    for (const Figure &f : matching)
        ++units[f.unit];
    QString unit;
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        if (unit.isNull() || it.value() > units.value(unit) || (it.value() == units.value(unit) && it.key() < unit))
            unit = it.key();
    }
    int otherUnits = 0;
    if (kind == FigureKind::Money) {
        otherUnits = int(matching.size()) - units.value(unit);
        matching.removeIf([&](const Figure &f) { return f.unit != unit; });
    }
    QList<Figure> perSource = firstPerArticle(matching);
    // Horizontal bars fill from the bottom: ascending order puts the largest on top.
    std::stable_sort(
        perSource.begin(), perSource.end(), [](const Figure &a, const Figure &b) { return a.value < b.value; });
    m_label = distinctLabel(matching, chosen);

    const ChartScale scale = ChartScale::forFigures(kind, perSource);
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(m_label);
    QStringList categories;
    QHash<int, Figure> byIndex;
    QHash<QString, int> nameUses;
    double largest = 0, smallest = 0;
    for (const Figure &f : std::as_const(perSource)) {
        QString name = sourceName(f.articleId);
        // Two articles of one outlet: the category axis needs distinct names.
        if (const int uses = nameUses[name]++; uses > 0)
            name += QStringLiteral(" (%1)").arg(uses + 1);
        categories << name;
        const double v = scale.scaled(f.value);
        largest = std::max(largest, v);
        smallest = std::min(smallest, v);
        byIndex.insert(int(set->count()), f);
        set->append(v);
    }
    series->append(set);
    // Bars about equally thick whatever their number, up to three quarters of each row.
    series->setBarWidth(std::min(0.75, 0.2 * double(perSource.size())));
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    m_categoryRows = int(categories.size());
    auto *axisX = new QValueAxis;
    fitValueAxis(axisX, largest, smallest);
    axisX->setTitleText(scale.axisTitle());
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    styleAxis(axisX);
    styleAxis(axisY);
    axisY->setGridLineVisible(false);
    chart->legend()->hide();
    for (int i = 0; i < set->count(); ++i)
        m_values->addBarLabel(series, 0, 1, i, set->at(i), scale.shortText(byIndex.value(i)));
    trackBarSet(set, byIndex);

    const QString title = tr("%1: %2 across %3").arg(m_label, kindNoun(kind), sourcesText(int(perSource.size())));
    QString note;
    if (otherUnits > 0)
        note = tr("%1 left out: other currencies").arg(figuresText(otherUnits));
    chart->setTitle(
        chartTitle(title) + (note.isEmpty() ? QString() : QStringLiteral("<br><small>%1</small>").arg(note)));
}

void FigureChartBuilder::buildScores(QChart *chart, const QList<Figure> &figures, const QString &label)
{
    QList<Figure> scores;
    for (const Figure &f : figures) {
        if (f.kind == FigureKind::Score && !f.label.trimmed().isEmpty())
            scores << f;
    }
    if (scores.isEmpty()) {
        m_emptyReason = tr("No benchmark scores to chart");
        return;
    }
    // One benchmark per chart, the one most sources report unless asked for another.
    const QString chosen = label.isEmpty() ? labelsBySources(scores, FigureKind::Score).first() : label;
    scores = withLabel(scores, chosen);
    if (scores.isEmpty()) {
        m_emptyReason = tr("No benchmark scores labelled “%1”").arg(label);
        return;
    }
    m_label = distinctLabel(scores, chosen);
    // Category: the model the sentence names, so that the sources' scores for one model stand
    // next to each other.
    struct Category
    {
        QString name;
        QHash<qint64, Figure> bySource; // first score each source gives
    };
    QList<Category> categories;
    QHash<QString, int> categoryIndex;
    for (const Figure &f : std::as_const(scores)) {
        const QString model = modelOf(f);
        const QString name = model.isEmpty() ? tr("model not named") : model;
        const QString key = name.toCaseFolded();
        if (!categoryIndex.contains(key)) {
            categoryIndex.insert(key, int(categories.size()));
            categories.append({ name, {} });
        }
        Category &c = categories[categoryIndex.value(key)];
        if (!c.bySource.contains(f.articleId) || c.bySource.value(f.articleId).start > f.start)
            c.bySource.insert(f.articleId, f);
    }
    std::stable_sort(categories.begin(), categories.end(),
        [](const Category &a, const Category &b) { return a.bySource.size() > b.bySource.size(); });
    const int leftOut = std::max(0, int(categories.size()) - kMaxCategories);
    categories = categories.mid(0, kMaxCategories);

    QList<qint64> sources;
    QList<Figure> plotted;
    for (const Category &c : std::as_const(categories)) {
        plotted += c.bySource.values();
        for (auto it = c.bySource.cbegin(); it != c.bySource.cend(); ++it) {
            if (!sources.contains(it.key()))
                sources << it.key();
        }
    }
    std::sort(sources.begin(), sources.end(), [this](qint64 a, qint64 b) {
        const QDate da = m_articles.value(a).published, db = m_articles.value(b).published;
        return da != db ? da < db : a < b;
    });
    const ChartScale scale = ChartScale::forFigures(FigureKind::Score, plotted);

    auto *series = new QBarSeries;
    QHash<QString, int> nameUses;
    double largest = 0;
    QList<QPair<QBarSet *, QHash<int, Figure>>> sets;
    for (qint64 source : std::as_const(sources)) {
        QString name = sourceName(source);
        if (const int uses = nameUses[name]++; uses > 0)
            name += QStringLiteral(" (%1)").arg(uses + 1);
        auto *set = new QBarSet(name);
        QHash<int, Figure> byIndex;
        for (int i = 0; i < categories.size(); ++i) {
            const auto it = categories.at(i).bySource.constFind(source);
            // A source that gives no score here gets no bar (height 0), and no label.
            set->append(it == categories.at(i).bySource.cend() ? 0 : scale.scaled(it->value));
            if (it != categories.at(i).bySource.cend()) {
                byIndex.insert(i, *it);
                largest = std::max(largest, scale.scaled(it->value));
            }
        }
        series->append(set);
        sets.append({ set, byIndex });
    }
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    for (const Category &c : std::as_const(categories))
        axisX->append(c.name);
    auto *axisY = new QValueAxis;
    if (largest <= 100 && largest > 40) {
        // Scores out of 100 keep their scale: 100 is the top of the test.
        axisY->setRange(0, 100);
        axisY->setTickCount(6);
        axisY->setLabelFormat(QStringLiteral("%.6g"));
    } else {
        fitValueAxis(axisY, largest, 0);
    }
    axisY->setTitleText(scale.axisTitle());
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    styleAxis(axisX);
    styleAxis(axisY);
    axisX->setGridLineVisible(false);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    for (int j = 0; j < sets.size(); ++j) {
        const QHash<int, Figure> &byIndex = sets.at(j).second;
        for (int i = 0; i < categories.size(); ++i) {
            if (byIndex.contains(i))
                m_values->addBarLabel(
                    series, j, int(sets.size()), i, sets.at(j).first->at(i), scale.shortText(byIndex.value(i)));
        }
        trackBarSet(sets.at(j).first, byIndex);
    }
    const QString title = tr("%1 scores by model across %2").arg(m_label, sourcesText(int(sources.size())));
    QString note;
    if (leftOut > 0)
        note = tr("%1 more models left out").arg(leftOut);
    chart->setTitle(
        chartTitle(title) + (note.isEmpty() ? QString() : QStringLiteral("<br><small>%1</small>").arg(note)));
}

} // namespace crossread
