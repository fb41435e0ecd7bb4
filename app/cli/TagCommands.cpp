// tag, tags: annotating from the command line. Edits go through the same undo
// commands as the window, so the command line and the window write alike.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "commands/AddFigureCommand.h"
#include "commands/AddTagCommand.h"
#include "commands/ApplyTag.h"
#include "domain/CodePoints.h"
#include "domain/TagPalette.h"
#include "figures/FigureSpec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUndoStack>

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
    Span probe;
    probe.articleId = articleId;
    probe.start = start;
    probe.end = end;
    QString error;
    if (!project->validateSpan(probe, &error))
        return ctx.failure(error);

    QUndoStack stack;
    bool found = false;
    Tag tag = project->tags().findByName(tagName, &found);
    if (!found) {
        tag.name = tagName;
        tag.color = TagPalette::colorForIndex(int(project->tags().tags().size()));
        tag.position = -1;
        auto *cmd = new AddTagCommand(project, tag);
        stack.push(cmd);
        tag = project->tags().findByName(tagName, &found);
        if (!found)
            return ctx.failure(project->error());
    }
    // Null when that exact range already carries the tag: tagging again changes nothing.
    if (QUndoCommand *apply = ApplyTag::create(project, articleId, start, end, tag.id))
        stack.push(apply);
    qint64 spanId = 0;
    Span span;
    for (const Span &s : project->spans().spansOfArticle(articleId)) {
        if (s.start == start && s.end == end && s.tagIds.contains(tag.id)) {
            spanId = s.id;
            span = s;
        }
    }
    if (spanId == 0)
        return ctx.failure(project->error().isEmpty() ? QStringLiteral("the span was not saved") : project->error());
    if (p.isSet(QStringLiteral("note"))) {
        span.note = p.value(QStringLiteral("note"));
        span.modified = QDateTime::currentDateTimeUtc();
        if (!project->updateSpan(span))
            return ctx.failure(project->error());
    }
    if (hasFigure) {
        figure.articleId = articleId;
        figure.spanId = spanId;
        figure.start = start;
        figure.end = end;
        figure.text = span.text;
        figure.manual = true;
        stack.push(new AddFigureCommand(project, figure));
        if (project->figures().figuresOfSpan(spanId).isEmpty())
            return ctx.failure(project->error());
    }
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
