#pragma once
// Writes a chart as it is laid out to a PNG or an SVG file (chosen by the file's suffix), for
// the figures view's "Export chart…" and `crossread export chart`.
#include <QSize>
#include <QString>

class QChart;
class QChartView;

namespace crossread {

class ChartExporter
{
public:
    static bool isSupportedPath(const QString &path); // .png or .svg, any case
    // Renders the chart shown by view (at the view's size) into path.
    static bool exportChart(QChartView *view, const QString &path, QString *error);
    // Lays out the chart at size in a view of its own, offscreen, then writes it. Takes the
    // chart (it must not be in another view) and deletes it.
    static bool exportChart(QChart *chart, const QSize &size, const QString &path, QString *error);
};

} // namespace crossread
