// import-jsonld: W3C Web Annotations (ours, Hypothesis's, other tools') onto the project's articles.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "export/WebAnnotationReader.h"
#include "commands/ImportAnnotationsCommand.h"
#include "workspace/Workspace.h"

#include <QUndoStack>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace crossread::cli {

int importJsonLdCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliContext ctx(QStringLiteral("import-jsonld"), out, err);
    ctx.addProjectOption();
    ctx.addJsonOption();
    ctx.addCoderOption();
    if (int rc = ctx.parse(
            args, 1, 1, QStringLiteral("crossread import-jsonld FILE.jsonld [-p PROJECT] [--coder NAME] [--json]"));
        rc != CliContext::kContinue)
        return rc;
    const QString file = ctx.positional().first();
    if (!QFileInfo(file).isFile())
        return ctx.usageError(QStringLiteral("%1: no such file").arg(file));
    WebAnnotationReader reader;
    const std::optional<QList<WebAnnotation>> annotations = reader.readFile(file);
    if (!annotations)
        return ctx.failure(QStringLiteral("%1: %2 (nothing was imported)").arg(file, reader.errorString()));
    // Annotations belong on articles the project already has: it is not created here.
    Project *project = ctx.openProject(Project::OpenMode::ExistingOnly);
    if (!project)
        return 1;
    // One undoable edit (ImportAnnotationsCommand) on the workspace's history, as every edit.
    AnnotationImporter::Report report;
    ctx.workspace()->undoStack()->push(new ImportAnnotationsCommand(project, *annotations, ctx.coder(), &report));
    if (!report.error.isEmpty())
        return ctx.failure(QStringLiteral("%1: %2 (nothing was imported)").arg(file, report.error));
    if (report.spanIds.isEmpty() && !report.unmatched.isEmpty())
        return ctx.failure(QStringLiteral("%1: none of its annotations is on an article of the project: %2")
                               .arg(file, report.unmatched.join(QStringLiteral("; "))));
    for (const QString &w : reader.warnings())
        err << "crossread import-jsonld: " << file << ": warning: " << w << "\n";
    for (const QString &w : report.unmatched)
        err << "crossread import-jsonld: " << file << ": warning: " << w << "\n";
    if (ctx.json()) {
        QJsonArray orphans;
        for (const OrphanedSpan &o : report.orphans)
            orphans.append(QJsonObject { { QStringLiteral("article"), o.span.articleId },
                { QStringLiteral("span"), o.span.id }, { QStringLiteral("quote"), o.span.quote } });
        QJsonArray unmatched;
        for (const QString &u : report.unmatched)
            unmatched.append(u);
        ctx.printJson(QJsonObject { { QStringLiteral("annotations"), report.annotations },
            { QStringLiteral("skipped"), int(reader.warnings().size()) }, { QStringLiteral("exact"), report.exact },
            { QStringLiteral("relocated"), report.relocated }, { QStringLiteral("fuzzy"), report.fuzzy },
            { QStringLiteral("new_tags"), report.newTags }, { QStringLiteral("orphans"), orphans },
            { QStringLiteral("unmatched"), unmatched } });
    } else {
        out << "imported " << report.placed() + report.orphans.size() << " of " << report.annotations
            << " annotations: " << report.exact << " exact, " << report.relocated << " relocated, " << report.fuzzy
            << " fuzzy, " << report.orphans.size() << " orphans; " << report.newTags << " new tags\n";
        for (const OrphanedSpan &o : report.orphans)
            out << "  span " << o.span.id << " of article " << o.span.articleId
                << " not found in the article's text (an orphan, see crossread orphans): \"" << o.span.quote << "\"\n";
    }
    out << Qt::flush;
    err << Qt::flush;
    return 0;
}

} // namespace crossread::cli
