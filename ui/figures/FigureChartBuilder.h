#pragma once
// Turns the figures the sources report into a chart that sets them side by side: one label
// across sources (bars), benchmark scores by model, amounts over time, a timeline of dates.
// Every bar and point remembers its figure: hovering shows the sentence, clicking emits
// figureActivated() so the reader can jump to it. The view and `crossread export chart` use
// the same builder, so the exported chart is the one on screen.
#include "domain/Types.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPalette>
#include <QPointF>
#include <QPointer>

#include <functional>

class QAbstractAxis;
class QFontMetrics;
class QAbstractSeries;
class QBarSet;
class QChart;
class QValueAxis;
class QXYSeries;

namespace crossread {

class ChartValueLabels;

enum class ChartKind { Money, Percent, Score, Count, MoneyOverTime, Dates };
QString chartKindName(ChartKind kind); // "money", "percent", "score", "count", "money-over-time", "date"
bool chartKindFromName(const QString &name, ChartKind *kind);
QList<ChartKind> allChartKinds();
FigureKind figureKindOf(ChartKind kind);

class FigureChartBuilder : public QObject
{
    Q_OBJECT
public:
    explicit FigureChartBuilder(QObject *parent = nullptr);

    // Titles, outlets and dates of the articles the figures come from.
    void setArticles(const QHash<qint64, ArticleSummary> &articles);
    // Gives the text of an article: tooltips show the figure's sentence, scores are grouped by
    // the model their sentence names, amounts take the date their sentence gives. Optional.
    void setTextProvider(std::function<QString(qint64 articleId)> provider);
    // Colours follow this palette (dark palette, dark chart).
    void setPalette(const QPalette &palette);

    // A new chart (the caller owns it) from the figures of the kind; label narrows them (the
    // label and its more general forms, "funding" for "Northwind AI funding"; else labels
    // containing it). Without one, the label most sources report is
    // charted. Forgets the previous chart's bars and points.
    QChart *build(ChartKind kind, const QList<Figure> &figures, const QString &label = QString());

    // What the last build drew.
    int plottedCount() const { return int(m_plotted.size()); }
    QList<Figure> plottedFigures() const { return m_plotted; }
    QString chartLabel() const { return m_label; }
    QString emptyReason() const { return m_emptyReason; }
    // Rows of source names down the side (horizontal bars); 0 when the names run along the bottom.
    int categoryRows() const { return m_categoryRows; }
    // The height below which the chart's rows get too thin for their names (Qt Charts then
    // writes every name as "…"): room for the title and the value axis, then one line and a gap per row.
    int minimumHeight(const QFontMetrics &metrics) const;
    QStringList valueLabels() const; // the texts beside bars and points

    // Labels of figures of a kind, the one most sources report first (counting the sources
    // that give a more general form of it; on a tie the more specific label first).
    static QStringList labelsBySources(const QList<Figure> &figures, FigureKind kind);
    // True when a figure labelled LABEL belongs in a chart of WANTED: the same label, or a
    // shorter, more general form of it ("funding" for "Northwind AI funding").
    static bool labelCovers(const QString &wanted, const QString &label);

    // The figure behind a bar or a point of the last chart.
    bool figureForBar(QBarSet *set, int index, Figure *out) const;
    bool figureForPoint(QXYSeries *series, const QPointF &point, Figure *out) const;
    QString toolTip(const Figure &figure) const;

signals:
    void figureActivated(const crossread::Figure &figure);

private:
    Q_DISABLE_COPY(FigureChartBuilder)
    struct Point
    {
        QPointF at;
        Figure figure;
    };

    // FigureBarCharts.cpp
    void buildAcrossSources(QChart *chart, FigureKind kind, const QList<Figure> &figures, const QString &label);
    void buildScores(QChart *chart, const QList<Figure> &figures, const QString &label);
    // FigureTimeCharts.cpp
    void buildMoneyOverTime(QChart *chart, const QList<Figure> &all, const QString &label);
    void buildTimeline(QChart *chart, const QList<Figure> &figures, const QString &label);

    QList<Figure> withLabel(const QList<Figure> &figures, const QString &label) const;
    QString sourceName(qint64 articleId) const;
    QString articleText(qint64 articleId) const;
    QString modelOf(const Figure &figure) const;
    QString chartTitle(const QString &what) const;
    static QString sourcesText(int count); // "1 source", "3 sources"
    static QString figuresText(int count);
    void trackBarSet(QBarSet *set, const QHash<int, Figure> &figures);
    void trackPoints(QXYSeries *series, const QList<Point> &points);
    void styleAxis(QAbstractAxis *axis) const;
    void applyPalette(QChart *chart) const;
    void showToolTip(const Figure &figure, bool show) const;

    QHash<qint64, ArticleSummary> m_articles;
    std::function<QString(qint64)> m_textProvider;
    mutable QHash<qint64, QString> m_texts;
    QPalette m_palette;
    QList<Figure> m_plotted;
    QString m_label;
    QString m_emptyReason;
    int m_categoryRows = 0;
    QPointer<ChartValueLabels> m_values;
    QHash<QBarSet *, QHash<int, Figure>> m_bars;
    QHash<QXYSeries *, QList<Point>> m_points;
};

} // namespace crossread
