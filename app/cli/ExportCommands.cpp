// export pdf|qdpx|csv|json, import-qdpx: handing work on to colleagues and other tools.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "export/CsvExporter.h"
#include "export/PdfExporter.h"
#include "export/QdpxExporter.h"
#include "export/QdpxImporter.h"
#include "export/WebAnnotationExporter.h"
#include "store/ProjectBundle.h"

#include <QFileInfo>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace crossread::cli {

namespace {

int reportExport(CliContext &ctx, const ExportResult &result)
{
    if (!result.ok)
        return ctx.failure(result.error);
    for (const QString &w : result.warnings)
        ctx.err() << "crossread export: warning: " << w << "\n";
    if (ctx.json()) {
        QJsonArray files;
        for (const QString &f : result.files)
            files.append(f);
        ctx.printJson(QJsonObject { { QStringLiteral("files"), files } });
    } else {
        for (const QString &f : result.files)
            ctx.out() << f << "\n";
    }
    ctx.out() << Qt::flush;
    ctx.err() << Qt::flush;
    return 0;
}

} // namespace

int exportCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString format = args.value(1);
    if (format == QLatin1String("chart"))
        return exportChartCommand(args, out, err);
    CliContext ctx(QStringLiteral("export"), out, err);
    ctx.addProjectOption();
    ctx.addJsonOption();
    QCommandLineParser &p = ctx.parser();
    p.addOption(QCommandLineOption(
        { QStringLiteral("o"), QStringLiteral("output") }, QStringLiteral("Output file."), QStringLiteral("FILE")));
    p.addOption(QCommandLineOption(
        QStringLiteral("article"), QStringLiteral("Only this article (repeatable)."), QStringLiteral("ID")));
    p.addOption(QCommandLineOption(QStringLiteral("page-size"), QStringLiteral("A4 or Letter (PDF)."),
        QStringLiteral("SIZE"), QStringLiteral("A4")));
    const QString synopsis = QStringLiteral(
        "crossread export pdf|qdpx|csv|json|chart -o FILE [--article ID …] [--page-size A4|Letter] [-p PROJECT]");
    if (int rc = ctx.parse(args, 1, 1, synopsis); rc != CliContext::kContinue)
        return rc;
    const QStringList formats
        = { QStringLiteral("pdf"), QStringLiteral("qdpx"), QStringLiteral("csv"), QStringLiteral("json") };
    if (!formats.contains(format))
        return ctx.usageError(QStringLiteral("unknown format '%1' (pdf, qdpx, csv, json or chart)").arg(format));
    if (!p.isSet(QStringLiteral("output")))
        return ctx.usageError(QStringLiteral("-o FILE is required"));
    const QString output = p.value(QStringLiteral("output"));
    if (QFileInfo(output).isDir())
        return ctx.usageError(QStringLiteral("%1 is a folder; -o takes a file name").arg(output));
    QList<qint64> ids;
    for (const QString &s : p.values(QStringLiteral("article"))) {
        bool ok = false;
        ids << s.toLongLong(&ok);
        if (!ok || ids.last() <= 0)
            return ctx.usageError(QStringLiteral("'%1' is not an article id").arg(s));
    }
    PdfExportOptions pdfOptions;
    const QString pageSize = p.value(QStringLiteral("page-size")).toLower();
    if (pageSize == QLatin1String("letter"))
        pdfOptions.pageSize = PdfExportOptions::PageSize::Letter;
    else if (pageSize != QLatin1String("a4"))
        return ctx.usageError(QStringLiteral("--page-size takes A4 or Letter"));

    Project *project = ctx.openProject();
    if (!project)
        return 1;
    const QList<qint64> allIds = project->articles().ids();
    const QSet<qint64> known(allIds.cbegin(), allIds.cend());
    for (qint64 id : ids) {
        if (!known.contains(id))
            return ctx.failure(QStringLiteral("no article %1 in %2").arg(id).arg(project->path()));
    }
    const ExportBundle bundle = ProjectBundle::snapshot(*project, ids);
    if (format == QLatin1String("pdf"))
        return reportExport(ctx, PdfExporter(pdfOptions).exportTo(bundle, output));
    if (format == QLatin1String("qdpx"))
        return reportExport(ctx, QdpxExporter().exportTo(bundle, output));
    if (format == QLatin1String("csv"))
        return reportExport(ctx, CsvExporter().exportTo(bundle, output));
    return reportExport(ctx, WebAnnotationExporter().exportTo(bundle, output));
}

int importQdpxCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliContext ctx(QStringLiteral("import-qdpx"), out, err);
    ctx.addProjectOption();
    ctx.addJsonOption();
    ctx.addCoderOption();
    if (int rc
        = ctx.parse(args, 1, 1, QStringLiteral("crossread import-qdpx FILE.qdpx -p PROJECT [--coder NAME] [--json]"));
        rc != CliContext::kContinue)
        return rc;
    const QString file = ctx.positional().first();
    if (!QFileInfo(file).isFile())
        return ctx.usageError(QStringLiteral("%1: no such file").arg(file));
    QdpxImporter importer;
    const std::optional<ExportBundle> bundle = importer.importFile(file);
    if (!bundle)
        return ctx.failure(QStringLiteral("%1: %2 (nothing was imported)").arg(file, importer.errorString()));
    if (!ctx.parser().isSet(QStringLiteral("project")) && Project::findProjectFrom(QDir::currentPath()).isEmpty())
        return ctx.usageError(QStringLiteral("-p PROJECT is required (no project in the current folder)"));
    Project *project = ctx.openProject(Project::OpenMode::CreateIfMissing);
    if (!project)
        return 1;
    // Codings keep the coder the file names; --coder names the coder of those it does not.
    const ProjectBundle::MergeReport report = ProjectBundle::merge(*project, *bundle, file, ctx.coder());
    if (!report.error.isEmpty())
        return ctx.failure(QStringLiteral("%1: %2 (nothing was imported)").arg(file, report.error));
    for (const QString &w : importer.warnings())
        err << "crossread import-qdpx: warning: " << w << "\n";
    if (ctx.json()) {
        ctx.printJson(
            QJsonObject { { QStringLiteral("articles"), report.articles }, { QStringLiteral("tags"), report.tags },
                { QStringLiteral("reused_tags"), report.reusedTags }, { QStringLiteral("spans"), report.spans } });
    } else {
        out << "imported " << report.articles << " sources, " << report.tags << " new tags (" << report.reusedTags
            << " merged with existing), " << report.spans << " spans\n";
    }
    out << Qt::flush;
    err << Qt::flush;
    return 0;
}

} // namespace crossread::cli
