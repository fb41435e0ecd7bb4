// crossread push / pull: a local project copied to a team server's database, or back.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "store/ProjectCopier.h"
#include "store/ProjectLocation.h"

#include <QJsonObject>

namespace crossread::cli {

namespace {

int copyCommand(const QString &name, const QStringList &args, QTextStream &out, QTextStream &err)
{
    const bool push = name == QLatin1String("push");
    CliContext ctx(name, out, err);
    ctx.addProjectOption();
    ctx.addJsonOption();
    const QString toHelp = push ? QStringLiteral("the team project to copy into: postgresql://USER@HOST:PORT/DATABASE")
                                : QStringLiteral("the project file to copy into");
    ctx.parser().addOption(QCommandLineOption(QStringLiteral("to"), toHelp, QStringLiteral("TARGET")));
    const QString synopsis = push ? QStringLiteral("crossread push -p PROJECT.db --to postgresql://… [--json]")
                                  : QStringLiteral("crossread pull -p postgresql://… --to PROJECT.db [--json]");
    if (int rc = ctx.parse(args, 0, 0, synopsis); rc != CliContext::kContinue)
        return rc;
    const QString target = ctx.parser().value(QStringLiteral("to"));
    if (target.isEmpty())
        return ctx.usageError(QStringLiteral("--to names where to copy the project"));
    if (push != ProjectLocation::isServerUrl(target))
        return ctx.usageError(push ? QStringLiteral("push copies to a postgresql:// URL; 'pull' copies to a file")
                                   : QStringLiteral("pull copies to a project file; 'push' copies to a server"));
    Project *source = ctx.openProject();
    if (!source)
        return 1;
    if (push == source->database().isServer())
        return ctx.failure(push
                ? QStringLiteral("%1: push copies a project file; -p names a server project").arg(source->path())
                : QStringLiteral("%1: pull copies a server project; -p names a file").arg(source->path()));
    // A missing file or an empty database becomes a project; anything holding a project is refused.
    Project into;
    if (!into.open(target, Project::OpenMode::CreateIfMissing))
        return ctx.failure(into.error());
    const CopyReport report = ProjectCopier::copy(source->database(), into.database());
    if (!report.error.isEmpty())
        return ctx.failure(report.error);
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("from"), source->path() }, { QStringLiteral("to"), into.path() },
            { QStringLiteral("articles"), report.articles }, { QStringLiteral("spans"), report.spans },
            { QStringLiteral("tags"), report.tags } });
        return 0;
    }
    out << "copied " << report.articles << " articles, " << report.tags << " tags and " << report.spans
        << " spans from " << source->path() << " to " << into.path() << "\n"
        << Qt::flush;
    return 0;
}

} // namespace

int pushCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return copyCommand(QStringLiteral("push"), args, out, err);
}

int pullCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return copyCommand(QStringLiteral("pull"), args, out, err);
}

} // namespace crossread::cli
