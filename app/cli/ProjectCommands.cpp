// import, list, show, search: reading and filling a project from the command line.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "models/PhraseFirstSearch.h"
#include "store/ProjectImporter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace crossread::cli {

static QJsonValue isoDate(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

int importCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliContext ctx(QStringLiteral("import"), out, err);
    ctx.addProjectOption();
    ctx.addJsonOption();
    if (int rc = ctx.parse(args, 1, -1, QStringLiteral("crossread import FOLDER [FILE…] [-p PROJECT] [--json]"));
        rc != CliContext::kContinue)
        return rc;
    const QStringList inputs = ctx.positional();
    for (const QString &p : inputs) {
        if (!QFileInfo::exists(p))
            return ctx.usageError(QStringLiteral("%1: no such file or folder").arg(p));
    }
    const QString folder
        = QFileInfo(inputs.first()).isDir() ? inputs.first() : QFileInfo(inputs.first()).absolutePath();
    Project *project = ctx.openProject(Project::OpenMode::CreateIfMissing, folder);
    if (!project)
        return 1;
    const QString dbPath = project->path();
    project->close(); // the importer writes on its own connection
    ProjectImporter importer(dbPath);
    const ImportReport report = importer.run(inputs);
    if (!report.error.isEmpty())
        return ctx.failure(report.error);
    if (ctx.json()) {
        ctx.printJson(report.toJson());
        return 0;
    }
    out << "project: " << dbPath << "\n";
    out << "imported " << report.imported << ", updated " << report.updated << ", unchanged " << report.unchanged
        << ", skipped " << report.skipped.size() << ", failed " << report.failed.size() << "\n";
    if (report.versions > 0)
        out << "new versions " << report.versions << "; spans re-anchored: exact " << report.exact << ", relocated "
            << report.relocated << ", changed " << report.fuzzy << ", orphaned " << report.orphans.size() << "\n";
    for (const auto &s : report.skipped)
        out << "  skipped " << s.path << ": " << s.reason << "\n";
    for (const auto &f : report.failed)
        out << "  failed  " << f.path << ": " << f.reason << "\n";
    for (const auto &n : report.notes)
        out << "  note    " << n.path << ": " << n.reason << "\n";
    for (const auto &o : report.orphans)
        out << "  span " << o.spanId << " of " << o.path << " not found in the new version (an orphan, kept): \""
            << o.text << "\"\n";
    out << Qt::flush;
    return 0;
}

int listCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliContext ctx(QStringLiteral("list"), out, err);
    ctx.addProjectOption();
    ctx.addJsonOption();
    if (int rc = ctx.parse(args, 0, 0, QStringLiteral("crossread list [-p PROJECT] [--json]"));
        rc != CliContext::kContinue)
        return rc;
    Project *project = ctx.openProject();
    if (!project)
        return 1;
    // Each row is written as SQLite reads it: 100,000 articles never sit in memory at once.
    qsizetype count = 0;
    if (ctx.json())
        ctx.beginJsonArray();
    project->articles().forEachSummary([&](const ArticleSummary &s) {
        ++count;
        if (ctx.json()) {
            ctx.printJsonElement(QJsonObject { { QStringLiteral("id"), s.id }, { QStringLiteral("path"), s.path },
                { QStringLiteral("title"), s.title }, { QStringLiteral("outlet"), s.outlet },
                { QStringLiteral("author"), s.author }, { QStringLiteral("published"), isoDate(s.published) },
                { QStringLiteral("chars"), s.chars } });
            return true;
        }
        out << qSetFieldWidth(5) << s.id << qSetFieldWidth(0) << "  "
            << (s.published.isValid() ? s.published.toString(Qt::ISODate) : QStringLiteral("          ")) << "  "
            << s.title;
        if (!s.outlet.isEmpty())
            out << " (" << s.outlet << ")";
        out << "\n";
        return true;
    });
    if (ctx.json()) {
        ctx.endJsonArray();
        return 0;
    }
    out << count << " articles\n" << Qt::flush;
    return 0;
}

static bool parseId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

// A span in show's JSON: an orphan has no start and end; a span whose text changed since it
// was coded gives the text it was coded on as "quote".
static QJsonObject spanJson(const Span &s, const QHash<qint64, Tag> &tags)
{
    QJsonArray names;
    for (qint64 t : s.tagIds)
        names.append(tags.value(t).name);
    QJsonObject o { { QStringLiteral("id"), s.id },
        { QStringLiteral("start"), s.isOrphan() ? QJsonValue() : QJsonValue(s.start) },
        { QStringLiteral("end"), s.isOrphan() ? QJsonValue() : QJsonValue(s.end) }, { QStringLiteral("text"), s.text },
        { QStringLiteral("tags"), names }, { QStringLiteral("note"), s.note }, { QStringLiteral("coder"), s.author },
        { QStringLiteral("note_coder"), s.noteAuthor.isEmpty() ? QJsonValue() : QJsonValue(s.noteAuthor) },
        { QStringLiteral("anchor"), spanAnchorName(s.anchor) }, { QStringLiteral("confidence"), s.confidence },
        // For 'note --if-version': the version an edit is based on, and its last writer.
        { QStringLiteral("version"), s.stamp.version },
        { QStringLiteral("changed_by"), s.stamp.by.isEmpty() ? QJsonValue() : QJsonValue(s.stamp.by) } };
    if (s.quote != s.text)
        o.insert(QStringLiteral("quote"), s.quote);
    return o;
}

// show ID --version N: one version's text; spans belong to the current version only.
static int showVersion(CliContext &ctx, Project *project, const Article &a, const QString &number)
{
    bool ok = false;
    const int version = number.toInt(&ok);
    const std::optional<QString> text = ok ? project->versions().text(a.id, version) : std::nullopt;
    if (!text) {
        return ctx.failure(QStringLiteral("article %1 has no version '%2' (it has versions 1 to %3)")
                               .arg(a.id)
                               .arg(number)
                               .arg(a.version));
    }
    ArticleVersion info;
    for (const ArticleVersion &v : project->versions().versions(a.id)) {
        if (v.number == version)
            info = v;
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject { { QStringLiteral("id"), a.id }, { QStringLiteral("version"), version },
            { QStringLiteral("current"), info.current }, { QStringLiteral("path"), a.path },
            { QStringLiteral("title"), a.title },
            { QStringLiteral("imported"), info.imported.toUTC().toString(Qt::ISODate) },
            { QStringLiteral("hash"), QString::fromLatin1(info.contentHash) }, { QStringLiteral("text"), *text } });
        return 0;
    }
    ctx.out() << a.title << "\n"
              << "version " << version << " of " << a.version << " · imported "
              << info.imported.toUTC().toString(Qt::ISODate) << " · " << a.path << "\n\n"
              << *text << "\n"
              << Qt::flush;
    return 0;
}

int showCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliContext ctx(QStringLiteral("show"), out, err);
    ctx.addProjectOption();
    ctx.addJsonOption();
    ctx.parser().addOption(QCommandLineOption(QStringLiteral("version"),
        QStringLiteral("Print version N of the article's text (see crossread versions)."), QStringLiteral("N")));
    if (int rc = ctx.parse(args, 1, 1, QStringLiteral("crossread show ID [--version N] [-p PROJECT] [--json]"));
        rc != CliContext::kContinue)
        return rc;
    qint64 id = 0;
    if (!parseId(ctx.positional().first(), &id))
        return ctx.usageError(QStringLiteral("'%1' is not an article id").arg(ctx.positional().first()));
    Project *project = ctx.openProject();
    if (!project)
        return 1;
    bool found = false;
    const Article a = project->articles().article(id, &found);
    if (!found)
        return ctx.failure(QStringLiteral("no article %1 in %2").arg(id).arg(project->path()));
    if (ctx.parser().isSet(QStringLiteral("version")))
        return showVersion(ctx, project, a, ctx.parser().value(QStringLiteral("version")));
    QHash<qint64, Tag> tags;
    for (const Tag &t : project->tags().tags())
        tags.insert(t.id, t);
    const QList<Span> spans = project->spans().spansOfArticle(id);
    const QList<Span> orphans = project->spans().orphans(id);
    if (ctx.json()) {
        QJsonArray boilerplate, spanArray;
        for (const TextRange &r : a.boilerplate)
            boilerplate.append(QJsonArray { r.start, r.end });
        for (const Span &s : spans + orphans)
            spanArray.append(spanJson(s, tags));
        ctx.printJson(QJsonObject { { QStringLiteral("id"), a.id }, { QStringLiteral("path"), a.path },
            { QStringLiteral("title"), a.title }, { QStringLiteral("outlet"), a.outlet },
            { QStringLiteral("author"), a.author }, { QStringLiteral("published"), isoDate(a.published) },
            { QStringLiteral("version"), a.version }, { QStringLiteral("text"), a.text },
            { QStringLiteral("boilerplate"), boilerplate }, { QStringLiteral("spans"), spanArray } });
        return 0;
    }
    out << a.title << "\n";
    QStringList meta;
    if (!a.outlet.isEmpty())
        meta << a.outlet;
    if (!a.author.isEmpty())
        meta << a.author;
    if (a.published.isValid())
        meta << a.published.toString(Qt::ISODate);
    if (a.version > 1)
        meta << QStringLiteral("version %1").arg(a.version);
    meta << a.path;
    out << meta.join(QStringLiteral(" · ")) << "\n\n" << a.text << "\n";
    if (!spans.isEmpty() || !orphans.isEmpty()) {
        out << "\nSpans:\n";
        for (const Span &s : spans + orphans) {
            QStringList names;
            for (qint64 t : s.tagIds)
                names << tags.value(t).name;
            out << "  #" << s.id << " ";
            if (s.isOrphan())
                out << "[orphan]";
            else
                out << "[" << s.start << ":" << s.end << "]";
            out << " " << names.join(QStringLiteral(", ")) << " (" << s.author << "): \"" << s.text << "\"";
            if (s.anchor == SpanAnchor::Fuzzy)
                out << " (changed; coded on \"" << s.quote << "\")";
            if (!s.note.isEmpty()) {
                out << " — " << s.note;
                if (s.noteAuthor != s.author)
                    out << " (" << s.noteAuthor << ")";
            }
            out << "\n";
        }
    }
    out << Qt::flush;
    return 0;
}

int searchCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliContext ctx(QStringLiteral("search"), out, err);
    ctx.addProjectOption();
    ctx.addJsonOption();
    ctx.parser().addOption(QCommandLineOption(
        QStringLiteral("limit"), QStringLiteral("At most N hits."), QStringLiteral("N"), QStringLiteral("200")));
    ctx.parser().addOption(QCommandLineOption(
        QStringLiteral("apart"), QStringLiteral("After the phrase, the words of articles that hold them apart.")));
    if (int rc
        = ctx.parse(args, 1, -1, QStringLiteral("crossread search QUERY [-p PROJECT] [--limit N] [--apart] [--json]"));
        rc != CliContext::kContinue)
        return rc;
    bool ok = false;
    const int limit = ctx.parser().value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return ctx.usageError(QStringLiteral("--limit takes a positive number"));
    Project *project = ctx.openProject();
    if (!project)
        return 1;
    // Plain words are a phrase first, as in the window's search.
    const QString query = ctx.positional().join(u' ');
    const auto scope = ctx.parser().isSet(QStringLiteral("apart")) ? PhraseFirstSearch::Scope::WordsApartToo
                                                                   : PhraseFirstSearch::Scope::PhraseFirst;
    PhraseFirstSearch::Result result;
    QString error;
    if (!PhraseFirstSearch::run(project->searchIndex(), query, limit, scope, &result, &error))
        return ctx.failure(error);
    if (!result.ranked)
        err << "crossread search: so many articles match that the most recently imported come first, not the best\n"
            << Qt::flush;
    const int apartListed = int(result.hits.size()) - result.phraseHits;
    const bool apartLeftOut = result.phraseFirst && result.apartArticles > 0 && apartListed == 0;
    if (ctx.json()) {
        QJsonArray arr;
        for (int i = 0; i < result.hits.size(); ++i) {
            const SearchHit &h = result.hits.at(i);
            arr.append(QJsonObject { { QStringLiteral("article"), h.articleId }, { QStringLiteral("path"), h.path },
                { QStringLiteral("start"), h.start }, { QStringLiteral("end"), h.end },
                { QStringLiteral("snippet"), h.snippet }, { QStringLiteral("apart"), i >= result.phraseHits } });
        }
        ctx.printJson(arr);
        if (apartLeftOut)
            err << "crossread search: " << result.apartArticles << (result.apartCapped ? " or more" : "")
                << " more articles hold the words apart (--apart lists them)\n"
                << Qt::flush;
        return 0;
    }
    for (const SearchHit &h : std::as_const(result.hits))
        out << h.articleId << ":" << h.start << ":" << h.end << "  " << h.title << "\n    " << h.snippet << "\n";
    if (result.phraseFirst)
        out << result.phraseHits << " hits of the phrase \u201C" << result.phrase << "\u201D";
    else
        out << result.phraseHits << " hits";
    if (apartListed > 0)
        out << ", then " << apartListed << " hits of single words in articles that hold them apart";
    out << "\n";
    if (apartLeftOut)
        out << result.apartArticles << (result.apartCapped ? " or more" : "")
            << " more articles hold the words apart (--apart lists them)\n";
    out << Qt::flush;
    return 0;
}

} // namespace crossread::cli
