// set: correcting an article's title, outlet, author and date from the command line, as the
// window's article properties do (one undoable Workspace edit, kept over re-imports).
#include "cli/CliCommands.h"
#include "cli/CliContext.h"

#include <QJsonArray>
#include <QJsonObject>

namespace crossread::cli {

int setCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliContext ctx(QStringLiteral("set"), out, err);
    ctx.addProjectOption();
    ctx.addJsonOption();
    ctx.addCoderOption();
    QCommandLineParser &p = ctx.parser();
    p.addOption(
        QCommandLineOption(QStringLiteral("title"), QStringLiteral("The article's title."), QStringLiteral("TEXT")));
    p.addOption(QCommandLineOption(
        QStringLiteral("outlet"), QStringLiteral("Who published it (empty: none)."), QStringLiteral("NAME")));
    p.addOption(QCommandLineOption(
        QStringLiteral("author"), QStringLiteral("Who wrote it (empty: none)."), QStringLiteral("NAME")));
    p.addOption(QCommandLineOption(QStringLiteral("published"),
        QStringLiteral("Publication date YYYY-MM-DD (empty: none)."), QStringLiteral("DATE")));
    const QString synopsis = QStringLiteral("crossread set ID [--title TEXT] [--outlet NAME] [--author NAME] "
                                            "[--published YYYY-MM-DD] [-p PROJECT] [--json]");
    if (int rc = ctx.parse(args, 1, 1, synopsis); rc != CliContext::kContinue)
        return rc;
    bool ok = false;
    const qint64 articleId = ctx.positional().first().toLongLong(&ok);
    if (!ok || articleId <= 0)
        return ctx.usageError(QStringLiteral("'%1' is not an article id").arg(ctx.positional().first()));

    ArticleMetadata metadata;
    ArticleFields fields;
    if (p.isSet(QStringLiteral("title"))) {
        metadata.title = p.value(QStringLiteral("title")).simplified();
        if (metadata.title.isEmpty())
            return ctx.usageError(QStringLiteral("--title needs a text (an article needs a title)"));
        fields |= ArticleField::Title;
    }
    if (p.isSet(QStringLiteral("outlet"))) {
        metadata.outlet = p.value(QStringLiteral("outlet"));
        fields |= ArticleField::Outlet;
    }
    if (p.isSet(QStringLiteral("author"))) {
        metadata.author = p.value(QStringLiteral("author"));
        fields |= ArticleField::Author;
    }
    if (p.isSet(QStringLiteral("published"))) {
        const QString value = p.value(QStringLiteral("published")).trimmed();
        if (!value.isEmpty()) {
            metadata.published = QDate::fromString(value, Qt::ISODate);
            if (!metadata.published.isValid() || value.size() != 10)
                return ctx.usageError(
                    QStringLiteral("--published %1: not a date of the form YYYY-MM-DD (e.g. 2026-06-14)").arg(value));
        }
        fields |= ArticleField::Published;
    }
    if (!fields)
        return ctx.usageError(QStringLiteral("nothing to set: give --title, --outlet, --author or --published"));

    Project *project = ctx.openProject();
    if (!project)
        return 1;
    bool found = false;
    project->articles().summary(articleId, &found);
    if (!found)
        return ctx.failure(QStringLiteral("%1: there is no article %2").arg(project->path()).arg(articleId));
    if (!ctx.workspace()->setArticleMetadata(articleId, metadata, fields))
        return ctx.failure(ctx.workspace()->lastError());
    const Article article = project->articles().article(articleId);
    if (ctx.json()) {
        QJsonArray edited;
        for (const QString &name : articleFieldNames(article.edited).split(u',', Qt::SkipEmptyParts))
            edited.append(name);
        ctx.printJson(QJsonObject { { QStringLiteral("id"), article.id }, { QStringLiteral("title"), article.title },
            { QStringLiteral("outlet"), article.outlet }, { QStringLiteral("author"), article.author },
            { QStringLiteral("published"),
                article.published.isValid() ? QJsonValue(article.published.toString(Qt::ISODate)) : QJsonValue() },
            { QStringLiteral("edited"), edited } });
    } else {
        out << article.id << "\t" << article.title << "\t" << article.outlet << "\t" << article.author << "\t"
            << article.published.toString(Qt::ISODate) << "\n"
            << Qt::flush;
    }
    return 0;
}

} // namespace crossread::cli
