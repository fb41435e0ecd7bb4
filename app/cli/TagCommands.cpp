// tag, tags: annotating from the command line. Edits go through the same undo
// commands as the window, so the command line and the window write alike.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "commands/TagRangeCommand.h"
#include "domain/TagPalette.h"
#include "figures/FigureSpec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace crossread::cli {

int tagCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliContext ctx(QStringLiteral("tag"), out, err);
    ctx.addProjectOption();
    ctx.addJsonOption();
    QCommandLineParser &p = ctx.parser();
    p.addOption(QCommandLineOption(
        QStringLiteral("range"), QStringLiteral("Code point range START:END."), QStringLiteral("START:END")));
    p.addOption(QCommandLineOption(
        QStringLiteral("tag"), QStringLiteral("Tag name (created if new)."), QStringLiteral("NAME")));
    p.addOption(
        QCommandLineOption(QStringLiteral("note"), QStringLiteral("Note on the span."), QStringLiteral("TEXT")));
    p.addOption(QCommandLineOption(
        QStringLiteral("figure"), QStringLiteral("Figure on the span: KIND:VALUE[:LABEL]."), QStringLiteral("SPEC")));
    const QString synopsis = QStringLiteral(
        "crossread tag ID --range START:END --tag NAME [--note TEXT] [--figure KIND:VALUE[:LABEL]] [-p PROJECT]");
    if (int rc = ctx.parse(args, 1, 1, synopsis); rc != CliContext::kContinue)
        return rc;
    bool ok = false;
    const qint64 articleId = ctx.positional().first().toLongLong(&ok);
    if (!ok || articleId <= 0)
        return ctx.usageError(QStringLiteral("'%1' is not an article id").arg(ctx.positional().first()));
    if (!p.isSet(QStringLiteral("range")) || !p.isSet(QStringLiteral("tag")))
        return ctx.usageError(QStringLiteral("--range and --tag are required"));
    static const QRegularExpression rangeRe(QStringLiteral("^(\\d+):(\\d+)$"));
    const auto m = rangeRe.match(p.value(QStringLiteral("range")));
    if (!m.hasMatch())
        return ctx.usageError(QStringLiteral("--range takes START:END in code points, e.g. 120:168"));
    const qint64 start = m.captured(1).toLongLong();
    const qint64 end = m.captured(2).toLongLong();
    if (end <= start)
        return ctx.usageError(QStringLiteral("--range %1: END must be greater than START").arg(m.captured(0)));
    const QString tagName = p.value(QStringLiteral("tag")).trimmed();
    if (tagName.isEmpty())
        return ctx.usageError(QStringLiteral("--tag needs a name"));
    Figure figure;
    const bool hasFigure = p.isSet(QStringLiteral("figure"));
    if (hasFigure) {
        QString error;
        if (!parseFigureSpec(p.value(QStringLiteral("figure")), &figure, &error))
            return ctx.usageError(QStringLiteral("--figure: %1").arg(error));
    }

    Project *project = ctx.openProject();
    if (!project)
        return 1;
    // One command, one transaction: the tag (found anywhere in the tree by name, or created
    // at the top), the span, its note and its figure are saved together or not at all.
    TagRangeEdit edit;
    edit.articleId = articleId;
    edit.start = start;
    edit.end = end;
    edit.tag.name = tagName;
    edit.tag.color = TagPalette::colorForIndex(int(project->tags().tags().size()));
    edit.anyParent = true;
    if (p.isSet(QStringLiteral("note")))
        edit.note = p.value(QStringLiteral("note"));
    if (hasFigure)
        edit.figure = figure;
    TagRangeCommand command(project, edit);
    command.redo(); // no undo history on the command line
    if (!command.edit().done)
        return ctx.failure(project->error());
    const qint64 spanId = command.edit().span.id;
    const Tag tag = command.edit().tag;
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("id"), spanId }, { QStringLiteral("tag"), tag.id } });
    else
        out << spanId << "\n" << Qt::flush;
    return 0;
}

int tagsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliContext ctx(QStringLiteral("tags"), out, err);
    ctx.addProjectOption();
    ctx.addJsonOption();
    if (int rc = ctx.parse(args, 0, 0, QStringLiteral("crossread tags [-p PROJECT] [--json]"));
        rc != CliContext::kContinue)
        return rc;
    Project *project = ctx.openProject();
    if (!project)
        return 1;
    const QList<Tag> tags = project->tags().tags();
    const QHash<qint64, int> counts = project->tags().spanCounts();
    if (ctx.json()) {
        QJsonArray arr;
        for (const Tag &t : tags)
            arr.append(QJsonObject { { QStringLiteral("id"), t.id }, { QStringLiteral("name"), t.name },
                { QStringLiteral("parent"), t.parentId > 0 ? QJsonValue(t.parentId) : QJsonValue() },
                { QStringLiteral("color"), t.color.name() }, { QStringLiteral("spans"), counts.value(t.id) } });
        ctx.printJson(arr);
        return 0;
    }
    // Print as an indented tree.
    QMultiHash<qint64, Tag> children;
    for (const Tag &t : tags)
        children.insert(t.parentId, t);
    std::function<void(qint64, int)> print = [&](qint64 parent, int depth) {
        QList<Tag> kids = children.values(parent);
        std::sort(kids.begin(), kids.end(), [](const Tag &a, const Tag &b) {
            return a.position != b.position ? a.position < b.position : a.name < b.name;
        });
        for (const Tag &t : kids) {
            out << QString(depth * 2, u' ') << t.name << "  " << t.color.name() << "  (" << counts.value(t.id) << ")  #"
                << t.id << "\n";
            print(t.id, depth + 1);
        }
    };
    print(0, 0);
    out << Qt::flush;
    return 0;
}

} // namespace crossread::cli
