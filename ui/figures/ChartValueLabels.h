#pragma once
// Text next to bars and points that says what each source wrote ("over $14 B", "~$2.5 B").
// Qt Charts' own bar labels can only print the number, so these are plain text items on the
// chart, placed again whenever the plot area moves (resize, legend, export at another size).
#include <QBrush>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QPointer>

class QAbstractSeries;
class QChart;
class QGraphicsSimpleTextItem;

namespace crossread {

class ChartValueLabels : public QObject
{
    Q_OBJECT
public:
    explicit ChartValueLabels(QChart *chart);

    // A label at the end of bar (setIndex of setCount) in category of a QBarSeries or a
    // QHorizontalBarSeries.
    void addBarLabel(
        QAbstractSeries *series, int setIndex, int setCount, int category, double value, const QString &text);
    // A label beside a point of an XY series (point in the series' value coordinates).
    void addPointLabel(QAbstractSeries *series, const QPointF &point, const QString &text);
    void setBrush(const QBrush &brush);
    int count() const { return int(m_labels.size()); }
    QStringList texts() const;

public slots:
    void reposition();

private:
    struct Label
    {
        QAbstractSeries *series = nullptr;
        bool bar = false;
        int setIndex = 0;
        int setCount = 1;
        int category = 0;
        QPointF point; // value coordinates of a point label
        double value = 0;
        QGraphicsSimpleTextItem *item = nullptr;
    };
    QGraphicsSimpleTextItem *makeItem(const QString &text);

    QChart *m_chart;
    QList<Label> m_labels;
    QBrush m_brush;
    QFont m_font;
};

} // namespace crossread
