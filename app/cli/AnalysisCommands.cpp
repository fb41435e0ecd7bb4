// compare, figures: what the sources say, set side by side.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "compare/ComparisonJson.h"
#include "compare/DocumentFrequencies.h"
#include "compare/ComparisonTerminal.h"
#include "compare/ProseComparator.h"
#include "import/ArticleImporter.h"
#include "store/ProjectFigures.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <optional>
#include <thread>
#include <unistd.h>

namespace crossread::cli {

namespace {

bool isArticleId(const QString &spec)
{
    bool isId = false;
    spec.toLongLong(&isId);
    return isId && !QFileInfo::exists(spec);
}

// An article named on the command line: an id of the project, or a file read on the fly for the
// comparison (`imported`, when given, is that file already read).
bool resolveArticle(CliContext &ctx, const QString &spec, Project **project, Article *out, QString *error,
    const ImportFileResult *imported = nullptr)
{
    bool isId = false;
    const qint64 id = spec.toLongLong(&isId);
    if (isId && !QFileInfo::exists(spec)) {
        if (!*project)
            *project = ctx.openProject();
        if (!*project) {
            *error = QString(); // already reported
            return false;
        }
        bool found = false;
        *out = (*project)->articles().article(id, &found);
        if (!found)
            *error = QStringLiteral("no article %1 in %2").arg(id).arg((*project)->path());
        return found;
    }
    if (!QFileInfo(spec).isFile()) {
        *error = QStringLiteral("%1: neither an article id nor a file").arg(spec);
        return false;
    }
    const ImportFileResult r = imported ? *imported : ArticleImporter::importFile(spec, ImportPurpose::Comparison);
    if (r.outcome != ImportOutcome::Imported) {
        *error = QStringLiteral("%1: %2").arg(spec, r.reason);
        return false;
    }
    out->path = r.document.path;
    out->title = r.document.title;
    out->outlet = r.document.outlet;
    out->published = r.document.published;
    out->text = r.document.text;
    return true;
}

QJsonObject articleInfo(const Article &a)
{
    QJsonObject o { { QStringLiteral("path"), a.path }, { QStringLiteral("title"), a.title },
        { QStringLiteral("outlet"), a.outlet } };
    if (a.id > 0)
        o.insert(QStringLiteral("id"), a.id);
    if (a.published.isValid())
        o.insert(QStringLiteral("published"), a.published.toString(Qt::ISODate));
    return o;
}

} // namespace

int compareCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliContext ctx(QStringLiteral("compare"), out, err);
    ctx.addProjectOption();
    ctx.addJsonOption();
    ctx.parser().addOption(QCommandLineOption(QStringLiteral("no-color"), QStringLiteral("No ANSI colours.")));
    if (int rc = ctx.parse(args, 2, 2, QStringLiteral("crossread compare A B [-p PROJECT] [--json] [--no-color]"));
        rc != CliContext::kContinue)
        return rc;
    Project *project = nullptr;
    Article a, b;
    QString error;
    // Two files are read side by side: reading a large file is much of what the command does.
    const QString specB = ctx.positional().at(1);
    std::optional<ImportFileResult> importedB;
    std::thread readB;
    if (!isArticleId(specB) && QFileInfo(specB).isFile())
        readB = std::thread([&] { importedB = ArticleImporter::importFile(specB, ImportPurpose::Comparison); });
    const bool resolvedA = resolveArticle(ctx, ctx.positional().at(0), &project, &a, &error);
    if (readB.joinable())
        readB.join();
    if (!resolvedA || !resolveArticle(ctx, specB, &project, &b, &error, importedB ? &*importedB : nullptr))
        return error.isEmpty() ? 1 : ctx.failure(error);
    // With a project, its articles say which terms are common in these sources (IDF weights); a
    // sample of a large project says it as well.
    DocumentFrequencies frequencies;
    if (project)
        frequencies = DocumentFrequencies::fromTexts(project->articles().texts(2000));
    ProseComparator comparator;
    comparator.setDocumentFrequencies(&frequencies);
    const ComparisonResult result = comparator.compare(a.text, b.text);
    if (ctx.json()) {
        writeComparisonJson(result, articleInfo(a), articleInfo(b), out);
        out << Qt::flush;
        return 0;
    }
    const bool colour = !ctx.parser().isSet(QStringLiteral("no-color")) && isatty(fileno(stdout))
        && qEnvironmentVariableIsEmpty("NO_COLOR");
    const auto name = [](const Article &x) {
        return x.outlet.isEmpty() ? QFileInfo(x.path).fileName() : QStringLiteral("%1 (%2)").arg(x.title, x.outlet);
    };
    out << comparisonToTerminal(result, name(a), name(b), colour) << Qt::flush;
    return 0;
}

int figuresCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliContext ctx(QStringLiteral("figures"), out, err);
    ctx.addProjectOption();
    ctx.addJsonOption();
    ctx.parser().addOption(QCommandLineOption(QStringLiteral("csv"), QStringLiteral("Print CSV (RFC 4180).")));
    ctx.parser().addOption(QCommandLineOption(
        QStringLiteral("kind"), QStringLiteral("Only figures of this kind."), QStringLiteral("KIND")));
    if (int rc
        = ctx.parse(args, 0, -1, QStringLiteral("crossread figures [ID…] [-p PROJECT] [--kind KIND] [--json|--csv]"));
        rc != CliContext::kContinue)
        return rc;
    if (ctx.json() && ctx.parser().isSet(QStringLiteral("csv")))
        return ctx.usageError(QStringLiteral("--json and --csv exclude each other"));
    FigureKind onlyKind = FigureKind::Money;
    const bool filterKind = ctx.parser().isSet(QStringLiteral("kind"));
    if (filterKind && !figureKindFromName(ctx.parser().value(QStringLiteral("kind")), &onlyKind))
        return ctx.usageError(QStringLiteral("--kind takes money, percent, score, count, rank, duration or date"));
    QList<qint64> ids;
    for (const QString &s : ctx.positional()) {
        bool ok = false;
        ids << s.toLongLong(&ok);
        if (!ok || ids.last() <= 0)
            return ctx.usageError(QStringLiteral("'%1' is not an article id").arg(s));
    }
    Project *project = ctx.openProject();
    if (!project)
        return 1;
    QHash<qint64, QString> paths;
    project->articles().forEachSummary([&paths](const ArticleSummary &s) {
        paths.insert(s.id, s.path);
        return true;
    });
    for (qint64 id : ids) {
        if (!paths.contains(id))
            return ctx.failure(QStringLiteral("no article %1 in %2").arg(id).arg(project->path()));
    }
    const auto valueOf = [](const Figure &f) -> QJsonValue {
        return f.kind == FigureKind::Date ? QJsonValue(f.dateValue) : QJsonValue(f.value);
    };
    const auto field = [](const QString &s) {
        if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
            return s;
        QString q = s;
        q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QStringLiteral("\"%1\"").arg(q);
    };
    const bool csv = ctx.parser().isSet(QStringLiteral("csv"));
    const bool json = ctx.json();
    if (json)
        ctx.beginJsonArray();
    else if (csv)
        out << "article,path,kind,value,unit,qualifier,text,start,end,label,origin\r\n";
    qsizetype count = 0;
    // Written a batch of articles at a time: over 100,000 articles neither the texts nor the
    // figures are ever all in memory.
    ProjectFigures::forEachBatch(*project, ids, [&](const QList<Figure> &figures) {
        for (const Figure &f : figures) {
            if (filterKind && f.kind != onlyKind)
                continue;
            ++count;
            const QString origin = f.manual ? QStringLiteral("manual") : QStringLiteral("extracted");
            if (json) {
                ctx.printJsonElement(QJsonObject { { QStringLiteral("article"), f.articleId },
                    { QStringLiteral("path"), paths.value(f.articleId) },
                    { QStringLiteral("kind"), figureKindName(f.kind) }, { QStringLiteral("value"), valueOf(f) },
                    { QStringLiteral("unit"), f.unit }, { QStringLiteral("qualifier"), qualifierName(f.qualifier) },
                    { QStringLiteral("text"), f.text }, { QStringLiteral("start"), f.start },
                    { QStringLiteral("end"), f.end }, { QStringLiteral("label"), f.label },
                    { QStringLiteral("origin"), origin } });
                continue;
            }
            const QString value = f.kind == FigureKind::Date ? f.dateValue : QString::number(f.value, 'g', 15);
            if (csv) {
                const QStringList cells = { QString::number(f.articleId), paths.value(f.articleId),
                    figureKindName(f.kind), value, f.unit, qualifierName(f.qualifier), f.text, QString::number(f.start),
                    QString::number(f.end), f.label, origin };
                QStringList quoted;
                for (const QString &c : cells)
                    quoted << field(c);
                out << quoted.join(u',') << "\r\n";
            } else {
                out << f.articleId << ":" << f.start << ":" << f.end << "  " << figureKindName(f.kind) << "  "
                    << (f.qualifier != Qualifier::Exact ? qualifierName(f.qualifier) + u' ' : QString()) << value << ' '
                    << f.unit << "  \"" << f.text << "\""
                    << (f.label.isEmpty() ? QString() : QStringLiteral("  — ") + f.label)
                    << (f.manual ? QStringLiteral("  [manual]") : QString()) << "\n";
            }
        }
        out << Qt::flush;
    });
    if (json)
        ctx.endJsonArray();
    else if (!csv)
        out << count << " figures\n";
    out << Qt::flush;
    return 0;
}

} // namespace crossread::cli
