#include "figures/ChartExporter.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

namespace crossread {

namespace {

void paint(QChart *chart, QPaintDevice *device, const QSizeF &size)
{
    QPainter painter(device);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    chart->scene()->render(&painter, QRectF(QPointF(0, 0), size), chart->sceneBoundingRect());
}

} // namespace

bool ChartExporter::isSupportedPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg");
}

bool ChartExporter::exportChart(QChartView *view, const QString &path, QString *error)
{
    QChart *chart = view->chart();
    if (!chart || !chart->scene()) {
        *error = QCoreApplication::translate("ChartExporter", "there is no chart to export");
        return false;
    }
    if (!isSupportedPath(path)) {
        *error = QCoreApplication::translate("ChartExporter", "%1: the file name must end in .png or .svg").arg(path);
        return false;
    }
    // The chart's own layout is deferred; settle it so that the value labels sit on their bars.
    if (chart->layout())
        chart->layout()->activate();
    const QSizeF size = chart->size();
    if (size.isEmpty()) {
        *error = QCoreApplication::translate("ChartExporter", "the chart has no size yet");
        return false;
    }
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        // QSvgGenerator writes as it paints: write to a temporary file and commit at the end,
        // so a failed export leaves no half-written file behind.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return false;
        }
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size.toSize());
        svg.setResolution(view->logicalDpiX()); // text keeps the size it has on screen
        svg.setViewBox(QRectF(QPointF(0, 0), size));
        svg.setTitle(chart->title().remove(QRegularExpression(QStringLiteral("<[^>]*>"))));
        svg.setDescription(QCoreApplication::translate("ChartExporter", "Chart exported from Crossread"));
        paint(chart, &svg, size);
        if (!file.commit()) {
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return false;
        }
        return true;
    }
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(chart->backgroundBrush().color());
    paint(chart, &image, size);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path,
            file.errorString().isEmpty() ? QCoreApplication::translate("ChartExporter", "cannot write the image")
                                         : file.errorString());
        return false;
    }
    return true;
}

bool ChartExporter::exportChart(QChart *chart, const QSize &size, const QString &path, QString *error)
{
    QChartView view(chart); // takes the chart and deletes it with itself
    view.setRenderHint(QPainter::Antialiasing);
    // Never shown (a window would need a display): the chart is given its size directly.
    view.resize(size);
    chart->resize(size);
    return exportChart(&view, path, error);
}

} // namespace crossread
