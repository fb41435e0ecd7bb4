// agreement: how alike coders coded, per tag and over all tags (percentage agreement, Cohen's
// kappa over the articles' code points, Krippendorff's alpha-u).
#include "cli/CliCommands.h"
#include "cli/CliContext.h"
#include "workspace/AgreementData.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace crossread::cli {

namespace {

// Percentages to two decimals and coefficients to four, as QualCoder reports them; null where
// the figure is undefined (no variation to judge).
QJsonValue rounded(double value, int decimals)
{
    if (std::isnan(value))
        return QJsonValue();
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonObject rowJson(const AgreementRow &row, const QStringList &coders)
{
    QJsonObject coded;
    for (qsizetype i = 0; i < coders.size() && i < row.coded.size(); ++i)
        coded.insert(coders[i], row.coded[i]);
    QJsonObject o { { QStringLiteral("percent"), rounded(row.percent, 2) },
        { QStringLiteral("kappa"), rounded(row.kappa, 4) }, { QStringLiteral("alpha_u"), rounded(row.alphaU, 4) },
        { QStringLiteral("characters"), row.characters }, { QStringLiteral("coded"), coded } };
    if (row.tagId > 0) {
        o.insert(QStringLiteral("tag"), row.tag);
        o.insert(QStringLiteral("id"), row.tagId);
    }
    return o;
}

QString cell(double value, int decimals, const QString &suffix = QString())
{
    return std::isnan(value) ? QStringLiteral("—") : QString::number(value, 'f', decimals) + suffix;
}

void printTable(QTextStream &out, const AgreementReport &report)
{
    const QLocale locale = QLocale::c();
    qint64 width = 7;
    for (const AgreementRow &row : report.tags)
        width = std::max<qint64>(width, row.tag.size());
    auto line = [&](const QString &name, const QString &percent, const QString &kappa, const QString &alpha,
                    const QString &coded) {
        out << name.leftJustified(width + 2) << percent.rightJustified(8) << kappa.rightJustified(9)
            << alpha.rightJustified(9) << "  " << coded << "\n";
    };
    out << "Agreement of " << report.coders.join(QStringLiteral(", ")) << " over " << report.articleIds.size()
        << (report.articleIds.size() == 1 ? " article (" : " articles (") << locale.toString(report.overall.characters)
        << " characters)\n";
    line(QStringLiteral("tag"), QStringLiteral("percent"), QStringLiteral("kappa"), QStringLiteral("alpha-u"),
        QStringLiteral("characters coded by ") + report.coders.join(QStringLiteral(" / ")));
    auto codedCell = [&](const AgreementRow &row) {
        QStringList parts;
        for (qint64 n : row.coded)
            parts << locale.toString(n);
        return parts.join(QStringLiteral(" / "));
    };
    for (const AgreementRow &row : report.tags)
        line(row.tag, cell(row.percent, 2, QStringLiteral("%")), cell(row.kappa, 3), cell(row.alphaU, 3),
            codedCell(row));
    line(QStringLiteral("overall"), cell(report.overall.percent, 2, QStringLiteral("%")), cell(report.overall.kappa, 3),
        cell(report.overall.alphaU, 3), codedCell(report.overall));
    if (report.coders.size() > 2)
        out << "percent and kappa are means over the pairs of coders; alpha-u is over all of them.\n";
    out << "— : undefined (no variation to judge, e.g. nobody coded the tag)\n";
}

} // namespace

int agreementCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    CliContext ctx(QStringLiteral("agreement"), out, err);
    ctx.addProjectOption();
    ctx.addJsonOption();
    QCommandLineParser &p = ctx.parser();
    p.addOption(QCommandLineOption(
        QStringLiteral("coders"), QStringLiteral("Two or more coders, comma-separated."), QStringLiteral("A,B[,C…]")));
    p.addOption(QCommandLineOption(
        QStringLiteral("tag"), QStringLiteral("Only this tag, by path or name (repeatable)."), QStringLiteral("TAG")));
    p.addOption(QCommandLineOption(
        QStringLiteral("article"), QStringLiteral("Only this article (repeatable)."), QStringLiteral("ID")));
    const QString synopsis
        = QStringLiteral("crossread agreement --coders A,B[,C…] [--tag T …] [--article ID …] [-p PROJECT] [--json]");
    if (int rc = ctx.parse(args, 0, 0, synopsis); rc != CliContext::kContinue)
        return rc;
    if (!p.isSet(QStringLiteral("coders")))
        return ctx.usageError(QStringLiteral("--coders is required, e.g. --coders ana,ben"));
    AgreementRequest request;
    for (const QString &value : p.values(QStringLiteral("coders"))) {
        for (const QString &name : value.split(QLatin1Char(','))) {
            const QString coder = name.trimmed();
            if (coder.isEmpty())
                return ctx.usageError(QStringLiteral("--coders '%1': a coder's name is empty").arg(value));
            if (!request.coders.contains(coder))
                request.coders << coder;
        }
    }
    if (request.coders.size() < 2)
        return ctx.usageError(QStringLiteral("--coders needs two or more different coders"));
    for (const QString &s : p.values(QStringLiteral("article"))) {
        bool ok = false;
        const qint64 id = s.toLongLong(&ok);
        if (!ok || id <= 0)
            return ctx.usageError(QStringLiteral("'%1' is not an article id").arg(s));
        if (!request.articleIds.contains(id))
            request.articleIds << id;
    }
    const QStringList tagNames = p.values(QStringLiteral("tag"));
    for (const QString &t : tagNames) {
        if (t.trimmed().isEmpty())
            return ctx.usageError(QStringLiteral("--tag needs a name"));
    }

    Project *project = ctx.openProject();
    if (!project)
        return 1;
    const QList<qint64> articleIds = project->articles().ids();
    for (qint64 id : std::as_const(request.articleIds)) {
        if (!articleIds.contains(id))
            return ctx.failure(QStringLiteral("no article %1 in %2").arg(id).arg(project->path()));
    }
    for (const QString &name : tagNames) {
        qint64 id = ctx.workspace()->tagAtPath(name);
        if (!id) {
            bool found = false;
            id = project->tags().findByName(name.trimmed(), &found).id;
            if (!found)
                return ctx.failure(QStringLiteral("no tag '%1' in %2").arg(name.trimmed(), project->path()));
        }
        if (!request.tagIds.contains(id))
            request.tagIds << id;
    }
    const QStringList known = project->spans().coders();
    for (const QString &coder : std::as_const(request.coders)) {
        if (!known.contains(coder))
            err << "crossread agreement: " << coder << " has coded nothing in " << project->path() << "\n";
    }
    err << Qt::flush;

    const AgreementReport report = computeAgreement(agreementInput(*project, request));
    if (ctx.json()) {
        QJsonArray tags;
        for (const AgreementRow &row : report.tags)
            tags.append(rowJson(row, report.coders));
        QJsonArray articles;
        for (qint64 id : report.articleIds)
            articles.append(id);
        ctx.printJson(QJsonObject { { QStringLiteral("coders"), QJsonArray::fromStringList(report.coders) },
            { QStringLiteral("articles"), articles }, { QStringLiteral("tags"), tags },
            { QStringLiteral("overall"), rowJson(report.overall, report.coders) } });
    } else {
        printTable(out, report);
        out << Qt::flush;
    }
    return 0;
}

} // namespace crossread::cli
