// export chart: the figures view's chart, drawn offscreen into a PNG or an SVG file.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "figures/ChartExporter.h"
#include "figures/FigureChartBuilder.h"
#include "store/ProjectFigures.h"

#include <QApplication>
#include <QChart>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace crossread::cli {

namespace {

const QSize kChartSize(1200, 700);

} // namespace

int exportChartCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliContext ctx(QStringLiteral("export chart"), out, err);
    ctx.addProjectOption();
    ctx.addJsonOption();
    QCommandLineParser &p = ctx.parser();
    p.addOption(QCommandLineOption(QStringLiteral("kind"),
        QStringLiteral("money, percent, score, count, date or money-over-time."), QStringLiteral("KIND")));
    p.addOption(QCommandLineOption(QStringLiteral("label"),
        QStringLiteral("Only figures with this label (default: the label most sources give)."),
        QStringLiteral("TEXT")));
    p.addOption(QCommandLineOption({ QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("Output file (.png or .svg)."), QStringLiteral("FILE")));
    const QString synopsis
        = QStringLiteral("crossread export chart --kind money|percent|score|count|date|money-over-time "
                         "[--label TEXT] -o FILE.png|.svg [-p PROJECT] [--json]");
    // args: "export" (read as the program name), "chart", options.
    if (int rc = ctx.parse(args, 1, 1, synopsis); rc != CliContext::kContinue)
        return rc;
    if (!p.isSet(QStringLiteral("kind")))
        return ctx.usageError(QStringLiteral("--kind is required"));
    ChartKind kind = ChartKind::Money;
    if (!chartKindFromName(p.value(QStringLiteral("kind")), &kind))
        return ctx.usageError(
            QStringLiteral("unknown kind '%1' (money, percent, score, count, date or money-over-time)")
                .arg(p.value(QStringLiteral("kind"))));
    if (!p.isSet(QStringLiteral("output")))
        return ctx.usageError(QStringLiteral("-o FILE is required"));
    const QString output = p.value(QStringLiteral("output"));
    if (!ChartExporter::isSupportedPath(output))
        return ctx.usageError(QStringLiteral("%1: the file name must end in .png or .svg").arg(output));
    if (QFileInfo(output).isDir())
        return ctx.usageError(QStringLiteral("%1 is a folder; -o takes a file name").arg(output));
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return ctx.failure(QStringLiteral("charts are drawn with widgets and need a QApplication"));

    Project *project = ctx.openProject();
    if (!project)
        return 1;
    const QString label = p.value(QStringLiteral("label")).trimmed();
    FigureChartBuilder builder;
    QHash<qint64, ArticleSummary> articles;
    for (const ArticleSummary &s : project->articles().summaries())
        articles.insert(s.id, s);
    builder.setArticles(articles);
    builder.setTextProvider([project](qint64 id) { return project->articles().text(id); });
    builder.setPalette(QApplication::palette());
    QChart *chart = builder.build(kind, ProjectFigures::collect(*project), label);
    if (builder.plottedCount() == 0) {
        delete chart;
        return ctx.failure(QStringLiteral("%1 in %2").arg(builder.emptyReason(), project->path()));
    }
    const QList<Figure> plotted = builder.plottedFigures();
    const QString chartLabel = builder.chartLabel();
    QString error;
    if (!ChartExporter::exportChart(chart, kChartSize, output, &error))
        return ctx.failure(error);
    if (ctx.json()) {
        QJsonArray figures;
        for (const Figure &f : plotted)
            figures.append(QJsonObject { { QStringLiteral("article"), f.articleId },
                { QStringLiteral("start"), f.start }, { QStringLiteral("end"), f.end },
                { QStringLiteral("text"), f.text }, { QStringLiteral("label"), f.label } });
        ctx.printJson(QJsonObject { { QStringLiteral("file"), QFileInfo(output).absoluteFilePath() },
            { QStringLiteral("kind"), chartKindName(kind) }, { QStringLiteral("label"), chartLabel },
            { QStringLiteral("figures"), figures } });
    } else {
        out << QFileInfo(output).absoluteFilePath() << "\n";
        err << "crossread export chart: " << plotted.size() << " figures"
            << (chartLabel.isEmpty() ? QString() : QStringLiteral(" labelled \"%1\"").arg(chartLabel)) << "\n";
    }
    out << Qt::flush;
    err << Qt::flush;
    return 0;
}

} // namespace crossread::cli
