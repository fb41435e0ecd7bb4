// versions, orphans: the versions of a changed article and the spans that lost their place.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "anchor/Reanchorer.h"
#include "store/ArticleReviser.h"

#include <QJsonArray>
#include <QJsonObject>

#include <map>
#include <memory>

namespace crossread::cli {

int versionsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliContext ctx(QStringLiteral("versions"), out, err);
    ctx.addProjectOption();
    ctx.addJsonOption();
    if (int rc = ctx.parse(args, 1, 1, QStringLiteral("crossread versions ID [-p PROJECT] [--json]"));
        rc != CliContext::kContinue)
        return rc;
    bool ok = false;
    const qint64 id = ctx.positional().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usageError(QStringLiteral("'%1' is not an article id").arg(ctx.positional().first()));
    Project *project = ctx.openProject();
    if (!project)
        return 1;
    const QList<ArticleVersion> versions = project->versions().versions(id);
    if (versions.isEmpty())
        return ctx.failure(QStringLiteral("no article %1 in %2").arg(id).arg(project->path()));
    if (ctx.json()) {
        QJsonArray rows;
        for (const ArticleVersion &v : versions)
            rows.append(QJsonObject { { QStringLiteral("version"), v.number },
                { QStringLiteral("imported"), v.imported.toUTC().toString(Qt::ISODate) },
                { QStringLiteral("hash"), QString::fromLatin1(v.contentHash) }, { QStringLiteral("chars"), v.chars },
                { QStringLiteral("current"), v.current } });
        ctx.printJson(rows);
        return 0;
    }
    for (const ArticleVersion &v : versions) {
        out << qSetFieldWidth(4) << v.number << qSetFieldWidth(0) << "  " << v.imported.toUTC().toString(Qt::ISODate)
            << "  " << qSetFieldWidth(8) << v.chars << qSetFieldWidth(0) << " chars  "
            << QString::fromLatin1(v.contentHash.left(12)) << (v.current ? "  current" : "") << "\n";
    }
    out << Qt::flush;
    return 0;
}

int orphansCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliContext ctx(QStringLiteral("orphans"), out, err);
    ctx.addProjectOption();
    ctx.addJsonOption();
    if (int rc = ctx.parse(args, 0, 0, QStringLiteral("crossread orphans [-p PROJECT] [--json]"));
        rc != CliContext::kContinue)
        return rc;
    Project *project = ctx.openProject();
    if (!project)
        return 1;
    QHash<qint64, QString> tagNames;
    for (const Tag &t : project->tags().tags())
        tagNames.insert(t.id, t.name);
    const QList<Span> orphans = project->spans().orphans();
    if (ctx.json())
        ctx.beginJsonArray();
    Article article;
    // One alignment per article and version the orphans were last placed on.
    std::map<int, std::unique_ptr<Reanchorer>> fromVersion;
    for (const Span &s : orphans) {
        if (article.id != s.articleId) {
            article = project->articles().article(s.articleId);
            fromVersion.clear();
        }
        // The candidates are worked out again against the current text: always where they are now.
        std::unique_ptr<Reanchorer> &reanchorer = fromVersion[s.anchorVersion];
        if (!reanchorer) {
            const std::optional<QString> last = project->versions().text(s.articleId, s.anchorVersion);
            reanchorer
                = last ? std::make_unique<Reanchorer>(*last, article.text) : std::make_unique<Reanchorer>(article.text);
        }
        const AnchorResult found = reanchorer->anchor(ArticleReviser::storedSelectors(s));
        QStringList names;
        for (qint64 t : s.tagIds)
            names << tagNames.value(t);
        if (ctx.json()) {
            QJsonArray candidates;
            for (const AnchorCandidate &c : found.candidates)
                candidates.append(
                    QJsonObject { { QStringLiteral("start"), c.range.start }, { QStringLiteral("end"), c.range.end },
                        { QStringLiteral("text"), c.text }, { QStringLiteral("confidence"), c.confidence } });
            ctx.printJsonElement(QJsonObject { { QStringLiteral("article"), s.articleId },
                { QStringLiteral("path"), article.path }, { QStringLiteral("title"), article.title },
                { QStringLiteral("span"), s.id }, { QStringLiteral("text"), s.text },
                { QStringLiteral("quote"), s.quote }, { QStringLiteral("version"), s.anchorVersion },
                { QStringLiteral("tags"), QJsonArray::fromStringList(names) }, { QStringLiteral("note"), s.note },
                { QStringLiteral("coder"), s.author }, { QStringLiteral("candidates"), candidates } });
            continue;
        }
        out << "#" << s.id << " in article " << s.articleId << " (" << article.title << "), coded on version "
            << s.anchorVersion << ": \"" << s.text << "\"";
        if (!names.isEmpty())
            out << " [" << names.join(QStringLiteral(", ")) << "]";
        out << "\n";
        if (found.candidates.isEmpty())
            out << "    no candidate in version " << article.version << "\n";
        for (const AnchorCandidate &c : found.candidates)
            out << "    candidate [" << c.range.start << ":" << c.range.end << "] "
                << QString::number(c.confidence, 'f', 2) << ": \"" << c.text << "\"\n";
    }
    if (ctx.json()) {
        ctx.endJsonArray();
        return 0;
    }
    out << orphans.size() << " orphans\n" << Qt::flush;
    return 0;
}

} // namespace crossread::cli
