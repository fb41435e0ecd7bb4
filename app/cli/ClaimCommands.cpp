// claims and similar: the claims the articles make, set side by side across sources, and who
// else states one of them.
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "compare/ClaimMatrix.h"
#include "compare/ComparableText.h"
#include "store/ClaimIndex.h"
#include "store/ClaimIndexer.h"
#include "store/SimilarClaimsFinder.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace crossread::cli {

namespace {

// Every pair of sources is aligned: beyond this many the matrix takes minutes and no reader
// can take in its columns.
constexpr int kMaxSources = 200;

QString sourceName(const Article &a)
{
    const QString title = a.title.isEmpty() ? QFileInfo(a.path).fileName() : a.title;
    return a.outlet.isEmpty() ? title : QStringLiteral("%1 — %2").arg(a.outlet, title);
}

QJsonValue figureValue(const ClaimFigureMention &m)
{
    return m.kind == FigureKind::Date ? QJsonValue(m.dateValue) : QJsonValue(m.value);
}

QJsonObject rowJson(const ClaimMatrix &matrix, int r, const QList<Article> &articles)
{
    const ClaimRow &row = matrix.rows[r];
    QJsonArray cells;
    for (int s = 0; s < matrix.sourceCount; ++s) {
        if (!row.has(s))
            continue;
        QJsonArray sentences;
        for (const Sentence &sentence : matrix.cell(r, s))
            sentences.append(QJsonObject { { QStringLiteral("start"), sentence.start },
                { QStringLiteral("end"), sentence.end }, { QStringLiteral("text"), sentence.text } });
        cells.append(
            QJsonObject { { QStringLiteral("article"), articles[s].id }, { QStringLiteral("sentences"), sentences } });
    }
    QJsonArray figures;
    for (const ClaimFigureMention &m : row.mentions)
        figures.append(QJsonObject { { QStringLiteral("article"), articles[m.source].id },
            { QStringLiteral("text"), m.text }, { QStringLiteral("value"), figureValue(m) },
            { QStringLiteral("status"), figureStatusName(m.status) } });
    return QJsonObject { { QStringLiteral("cells"), cells }, { QStringLiteral("support"), row.support },
        { QStringLiteral("figures"), figures }, { QStringLiteral("conflict"), row.figureConflict } };
}

void printRow(QTextStream &out, const ClaimMatrix &matrix, int r)
{
    const ClaimRow &row = matrix.rows[r];
    out << "\nClaim " << r + 1 << " · " << row.support << " of " << matrix.sourceCount << " sources";
    if (row.figureConflict)
        out << " · FIGURES CONFLICT";
    out << "\n";
    for (int s = 0; s < matrix.sourceCount; ++s) {
        if (!row.has(s))
            continue;
        QStringList texts;
        for (const Sentence &sentence : matrix.cell(r, s))
            texts << sentence.text.simplified();
        out << "  [" << s + 1 << "] " << texts.join(u' ') << "\n";
    }
    if (row.mentions.isEmpty())
        return;
    QStringList figures;
    for (const ClaimFigureMention &m : row.mentions)
        figures
            << QStringLiteral("[%1] %2 (%3)").arg(m.source + 1).arg(m.text.simplified(), figureStatusName(m.status));
    out << "  figures: " << figures.join(QStringLiteral(", ")) << "\n";
}

} // namespace

int claimsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliContext ctx(QStringLiteral("claims"), out, err);
    ctx.addProjectOption();
    ctx.addJsonOption();
    ctx.parser().addOption(QCommandLineOption(QStringLiteral("min-support"),
        QStringLiteral("Only claims at least K sources make (default 1)."), QStringLiteral("K")));
    if (int rc
        = ctx.parse(args, 0, -1, QStringLiteral("crossread claims [ID…] [-p PROJECT] [--min-support K] [--json]"));
        rc != CliContext::kContinue)
        return rc;
    int minSupport = 1;
    if (ctx.parser().isSet(QStringLiteral("min-support"))) {
        bool ok = false;
        minSupport = ctx.parser().value(QStringLiteral("min-support")).toInt(&ok);
        if (!ok || minSupport < 1)
            return ctx.usageError(QStringLiteral("--min-support takes a number of sources, 1 or more"));
    }
    QList<qint64> ids;
    for (const QString &s : ctx.positional()) {
        bool ok = false;
        const qint64 id = s.toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.usageError(QStringLiteral("'%1' is not an article id").arg(s));
        if (!ids.contains(id))
            ids << id;
    }
    if (ids.size() == 1)
        return ctx.usageError(QStringLiteral("a claim matrix needs two articles or more (or none: all of them)"));
    Project *project = ctx.openProject();
    if (!project)
        return 1;
    if (ids.isEmpty()) {
        ids = project->articles().ids();
        if (ids.size() > kMaxSources)
            return ctx.failure(QStringLiteral("%1 holds %2 articles; a claim matrix aligns every two of them: name at "
                                              "most %3 article ids")
                                   .arg(project->path())
                                   .arg(ids.size())
                                   .arg(kMaxSources));
    } else if (ids.size() > kMaxSources) {
        return ctx.usageError(QStringLiteral("a claim matrix takes at most %1 articles").arg(kMaxSources));
    }
    QList<Article> articles;
    QList<QString> texts;
    for (qint64 id : std::as_const(ids)) {
        bool found = false;
        articles << project->articles().article(id, &found);
        if (!found)
            return ctx.failure(QStringLiteral("no article %1 in %2").arg(id).arg(project->path()));
        texts << comparableText(articles.last());
    }
    if (articles.size() < 2)
        return ctx.failure(
            QStringLiteral("%1 holds fewer than two articles: nothing to set side by side").arg(project->path()));
    // The sources' sentences are the collection the IDF weights come from. The project's
    // articles are not: where they all report one event, the event's names are in every one
    // of them and would weigh nothing in exactly the sentences that state its claims.
    const ClaimMatrix matrix = ClaimMatrix::build(texts);

    if (ctx.json()) {
        ctx.beginJsonArray();
        for (int r = 0; r < matrix.rows.size(); ++r)
            if (matrix.rows[r].support >= minSupport)
                ctx.printJsonElement(rowJson(matrix, r, articles));
        ctx.endJsonArray();
        out << Qt::flush;
        return 0;
    }
    int shared = 0;
    int conflicts = 0;
    for (const ClaimRow &row : matrix.rows) {
        shared += row.support >= 2 ? 1 : 0;
        conflicts += row.figureConflict ? 1 : 0;
    }
    out << matrix.rows.size() << " claims in " << matrix.sourceCount << " sources · " << shared
        << " made by more than one source · " << conflicts << " with conflicting figures\n";
    for (int s = 0; s < articles.size(); ++s)
        out << "  [" << s + 1 << "] article " << articles[s].id << ": " << sourceName(articles[s]) << "\n";
    for (int r = 0; r < matrix.rows.size(); ++r)
        if (matrix.rows[r].support >= minSupport)
            printRow(out, matrix, r);
    out << Qt::flush;
    return 0;
}

namespace {

QJsonObject figureJson(const FigureComparison &f)
{
    return QJsonObject { { QStringLiteral("passage"), f.aText }, { QStringLiteral("other"), f.bText },
        { QStringLiteral("passage_start"), f.aStart }, { QStringLiteral("other_start"), f.bStart },
        { QStringLiteral("label"), f.label }, { QStringLiteral("status"), figureStatusName(f.status) } };
}

QJsonArray ordinals(SentenceRun run)
{
    QJsonArray out;
    for (int s = run.first; s < run.end(); ++s)
        out.append(s);
    return out;
}

// The words for what the figures of a claim do against the passage's.
QString figureVerdict(const SimilarClaim &c)
{
    if (c.figures.isEmpty())
        return QStringLiteral("no figures compared");
    return c.conflicts() ? QStringLiteral("figures CONFLICT") : QStringLiteral("figures agree");
}

} // namespace

int similarCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliContext ctx(QStringLiteral("similar"), out, err);
    ctx.addProjectOption();
    ctx.addJsonOption();
    ctx.parser().addOption(QCommandLineOption(QStringLiteral("range"),
        QStringLiteral("Code point range START:END; every sentence it touches is asked about."),
        QStringLiteral("START:END")));
    ctx.parser().addOption(QCommandLineOption(
        QStringLiteral("limit"), QStringLiteral("At most N sentences (default 50)."), QStringLiteral("N")));
    if (int rc = ctx.parse(
            args, 1, 1, QStringLiteral("crossread similar ID --range START:END [-p PROJECT] [--limit N] [--json]"));
        rc != CliContext::kContinue)
        return rc;
    bool ok = false;
    const qint64 id = ctx.positional().first().toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usageError(QStringLiteral("'%1' is not an article id").arg(ctx.positional().first()));
    if (!ctx.parser().isSet(QStringLiteral("range")))
        return ctx.usageError(QStringLiteral("--range is required"));
    static const QRegularExpression rangeRe(QStringLiteral("^(\\d+):(\\d+)$"));
    const auto m = rangeRe.match(ctx.parser().value(QStringLiteral("range")));
    if (!m.hasMatch())
        return ctx.usageError(QStringLiteral("--range takes START:END in code points, e.g. 120:168"));
    const qint64 start = m.captured(1).toLongLong();
    const qint64 end = m.captured(2).toLongLong();
    if (end < start)
        return ctx.usageError(QStringLiteral("--range %1: END must not be before START").arg(m.captured(0)));
    int limit = 50;
    if (ctx.parser().isSet(QStringLiteral("limit"))) {
        limit = ctx.parser().value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return ctx.usageError(QStringLiteral("--limit takes a number, 1 or more"));
    }
    Project *project = ctx.openProject();
    if (!project)
        return 1;
    // Articles imported before the sentence index existed are indexed once, here.
    if (const qint64 stale = project->claimIndex().staleCount(); stale > 0) {
        err << "crossread similar: indexing the sentences of " << stale << " articles (once)\n" << Qt::flush;
        ClaimIndexer indexer(project->database());
        if (!indexer.run())
            return ctx.failure(indexer.error());
    }
    SimilarClaimsFinder finder(project->database());
    const SimilarClaims found = finder.find(id, start, end, limit);
    if (!found.error.isEmpty())
        return ctx.failure(found.error);
    QHash<qint64, Article> articles;
    for (const SimilarClaim &c : found.claims)
        if (!articles.contains(c.articleId))
            articles.insert(c.articleId, project->articles().article(c.articleId));

    if (ctx.json()) {
        QJsonArray similar;
        for (const SimilarClaim &c : found.claims) {
            QJsonArray figures;
            for (const FigureComparison &f : c.figures)
                figures.append(figureJson(f));
            const Article &a = articles[c.articleId];
            similar.append(
                QJsonObject { { QStringLiteral("article"), c.articleId }, { QStringLiteral("title"), a.title },
                    { QStringLiteral("outlet"), a.outlet }, { QStringLiteral("sentences"), ordinals(c.sentences) },
                    { QStringLiteral("start"), c.start }, { QStringLiteral("end"), c.end },
                    { QStringLiteral("text"), c.text }, { QStringLiteral("kind"), alignmentKindName(c.kind) },
                    { QStringLiteral("similarity"), qRound(c.similarity * 1000) / 1000.0 },
                    { QStringLiteral("support_passage"), qRound(c.supportPassage * 1000) / 1000.0 },
                    { QStringLiteral("support_other"), qRound(c.supportOther * 1000) / 1000.0 },
                    { QStringLiteral("figures"), figures }, { QStringLiteral("conflict"), c.conflicts() } });
        }
        ctx.printJson(QJsonObject { { QStringLiteral("article"), found.articleId },
            { QStringLiteral("sentences"), ordinals(found.sentences) }, { QStringLiteral("start"), found.start },
            { QStringLiteral("end"), found.end }, { QStringLiteral("text"), found.text },
            { QStringLiteral("candidates"), found.candidates }, { QStringLiteral("similar"), similar } });
        return 0;
    }
    out << "article " << found.articleId << ", " << found.start << "–" << found.end << ": " << found.text.simplified()
        << "\n";
    if (found.claims.isEmpty()) {
        out << "No other article says this.\n" << Qt::flush;
        return 0;
    }
    out << found.claims.size() << (found.claims.size() == 1 ? " sentence" : " sentences")
        << " of other articles say this:\n";
    for (int i = 0; i < found.claims.size(); ++i) {
        const SimilarClaim &c = found.claims[i];
        out << "\n"
            << i + 1 << ". article " << c.articleId << " (" << sourceName(articles[c.articleId]) << "), " << c.start
            << "–" << c.end << " · " << alignmentKindName(c.kind) << " · similarity "
            << QString::number(c.similarity, 'f', 2) << " · " << figureVerdict(c) << "\n";
        out << "   " << c.text.simplified() << "\n";
        for (const FigureComparison &f : c.figures)
            out << "   " << f.aText.simplified() << " / " << f.bText.simplified() << ": " << figureStatusName(f.status)
                << "\n";
    }
    out << Qt::flush;
    return 0;
}

} // namespace crossread::cli
