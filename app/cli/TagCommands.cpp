// tag, tags: annotating from the command line. Edits are the Workspace's, as in the
// window, so the command line and the window write alike.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
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
    ctx.addCoderOption();
    QCommandLineParser &p = ctx.parser();
    p.addOption(QCommandLineOption(
        QStringLiteral("range"), QStringLiteral("Code point range START:END."), QStringLiteral("START:END")));
    p.addOption(QCommandLineOption(
        QStringLiteral("tag"), QStringLiteral("Tag name or Parent/Name (created if new)."), QStringLiteral("NAME")));
    p.addOption(
        QCommandLineOption(QStringLiteral("note"), QStringLiteral("Note on the span."), QStringLiteral("TEXT")));
    p.addOption(QCommandLineOption(
        QStringLiteral("figure"), QStringLiteral("Figure on the span: KIND:VALUE[:LABEL]."), QStringLiteral("SPEC")));
    const QString synopsis = QStringLiteral("crossread tag ID --range START:END --tag NAME [--note TEXT] "
                                            "[--figure KIND:VALUE[:LABEL]] [--coder NAME] [-p PROJECT] [--json]");
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
    const TextRange range { m.captured(1).toLongLong(), m.captured(2).toLongLong() };
    if (range.end <= range.start)
        return ctx.usageError(QStringLiteral("--range %1: END must be greater than START").arg(m.captured(0)));
    const QString tagName = p.value(QStringLiteral("tag")).trimmed();
    if (tagName.isEmpty())
        return ctx.usageError(QStringLiteral("--tag needs a name"));
    std::optional<Figure> figure;
    if (p.isSet(QStringLiteral("figure"))) {
        Figure parsed;
        QString error;
        if (!parseFigureSpec(p.value(QStringLiteral("figure")), &parsed, &error))
            return ctx.usageError(QStringLiteral("--figure: %1").arg(error));
        figure = parsed;
    }
    std::optional<QString> note;
    if (p.isSet(QStringLiteral("note")))
        note = p.value(QStringLiteral("note"));

    Project *project = ctx.openProject();
    if (!project)
        return 1;
    // The tag (at its path, else of that name anywhere in the tree, else created), the span, its
    // note and figure: one edit in one transaction, saved whole or not at all.
    const Workspace::Coding coding = ctx.workspace()->codeRange(articleId, range, tagName, note, figure);
    if (coding.result.failed())
        return ctx.failure(ctx.workspace()->lastError());
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("id"), coding.result.id }, { QStringLiteral("tag"), coding.tagId },
            { QStringLiteral("coder"), ctx.workspace()->coder() } });
    else
        out << coding.result.id << "\n" << Qt::flush;
    return 0;
}

int noteCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliContext ctx(QStringLiteral("note"), out, err);
    ctx.addProjectOption();
    ctx.addJsonOption();
    ctx.addCoderOption();
    QCommandLineParser &p = ctx.parser();
    p.addOption(QCommandLineOption(QStringLiteral("if-version"),
        QStringLiteral("Save only if the span is still at version N (as 'show --json' gave it); otherwise report "
                       "who changed it since."),
        QStringLiteral("N")));
    const QString synopsis
        = QStringLiteral("crossread note SPAN TEXT [--if-version N] [--coder NAME] [-p PROJECT] [--json]");
    if (int rc = ctx.parse(args, 2, 2, synopsis); rc != CliContext::kContinue)
        return rc;
    bool ok = false;
    const qint64 spanId = ctx.positional().first().toLongLong(&ok);
    if (!ok || spanId <= 0)
        return ctx.usageError(QStringLiteral("'%1' is not a span id").arg(ctx.positional().first()));
    qint64 readVersion = -1;
    if (p.isSet(QStringLiteral("if-version"))) {
        readVersion = p.value(QStringLiteral("if-version")).toLongLong(&ok);
        if (!ok || readVersion < 0)
            return ctx.usageError(QStringLiteral("--if-version takes a version number, not '%1'")
                                      .arg(p.value(QStringLiteral("if-version"))));
    }
    Project *project = ctx.openProject();
    if (!project)
        return 1;
    bool found = false;
    if (project->spans().span(spanId, &found), !found)
        return ctx.failure(QStringLiteral("%1: there is no span %2").arg(project->path()).arg(spanId));
    // A conflict (another analyst wrote the span after version N) saves nothing and says who.
    if (!ctx.workspace()->setNote(spanId, ctx.positional().at(1), readVersion)
        && !ctx.workspace()->lastError().isEmpty())
        return ctx.failure(ctx.workspace()->lastError());
    const Span span = project->spans().span(spanId);
    if (ctx.json())
        ctx.printJson(QJsonObject { { QStringLiteral("id"), span.id },
            { QStringLiteral("version"), span.stamp.version }, { QStringLiteral("coder"), ctx.workspace()->coder() } });
    else
        out << span.id << " " << span.stamp.version << "\n" << Qt::flush;
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
    const QHash<qint64, QMap<QString, int>> byCoder = project->tags().spanCountsByCoder();
    if (ctx.json()) {
        QJsonArray arr;
        for (const Tag &t : tags) {
            QJsonObject coders;
            const QMap<QString, int> perCoder = byCoder.value(t.id);
            for (auto it = perCoder.cbegin(); it != perCoder.cend(); ++it)
                coders.insert(it.key(), it.value());
            arr.append(QJsonObject { { QStringLiteral("id"), t.id }, { QStringLiteral("name"), t.name },
                { QStringLiteral("parent"), t.parentId > 0 ? QJsonValue(t.parentId) : QJsonValue() },
                { QStringLiteral("color"), t.color.name() }, { QStringLiteral("spans"), counts.value(t.id) },
                { QStringLiteral("coders"), coders } });
        }
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
            QStringList perCoder;
            const QMap<QString, int> coders = byCoder.value(t.id);
            for (auto it = coders.cbegin(); it != coders.cend(); ++it)
                perCoder << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
            out << QString(depth * 2, u' ') << t.name << "  " << t.color.name() << "  (" << counts.value(t.id);
            if (!perCoder.isEmpty())
                out << ": " << perCoder.join(QStringLiteral(", "));
            out << ")  #" << t.id << "\n";
            print(t.id, depth + 1);
        }
    };
    print(0, 0);
    out << Qt::flush;
    return 0;
}

} // namespace crossread::cli
