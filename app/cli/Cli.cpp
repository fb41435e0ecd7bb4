#include "cli/Cli.h"

#include "cli/CliCommands.h"
#include "store/ProjectLocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cstdio>

namespace crossread {

namespace {

using Handler = int (*)(const QStringList &, QTextStream &, QTextStream &);

struct Subcommand
{
    const char *name;
    Handler handler;
};

const Subcommand kSubcommands[] = {
    { "import", cli::importCommand },
    { "list", cli::listCommand },
    { "show", cli::showCommand },
    { "versions", cli::versionsCommand },
    { "orphans", cli::orphansCommand },
    { "search", cli::searchCommand },
    { "tag", cli::tagCommand },
    { "tags", cli::tagsCommand },
    { "note", cli::noteCommand },
    { "set", cli::setCommand },
    { "compare", cli::compareCommand },
    { "claims", cli::claimsCommand },
    { "similar", cli::similarCommand },
    { "figures", cli::figuresCommand },
    { "export", cli::exportCommand },
    { "import-qdpx", cli::importQdpxCommand },
    { "import-jsonld", cli::importJsonLdCommand },
    { "agreement", cli::agreementCommand },
    { "push", cli::pushCommand },
    { "pull", cli::pullCommand },
};

} // namespace

QStringList Cli::subcommands()
{
    QStringList names;
    for (const Subcommand &s : kSubcommands)
        names << QString::fromLatin1(s.name);
    return names;
}

bool Cli::isCliInvocation(const QString &first)
{
    if (subcommands().contains(first))
        return true;
    // A word that is neither a subcommand nor an existing folder or project file is a
    // mistyped command: answer it on the command line, not with a window that may have no display.
    if (!first.startsWith(u'-'))
        return !QFileInfo::exists(first) && !ProjectLocation::isServerUrl(first);
    // Options the window does not take go to the command line, which reports them.
    return first.startsWith(u'-') && first != QLatin1String("--lang") && !first.startsWith(QLatin1String("--lang="))
        && !first.startsWith(QLatin1String("-platform")) && !first.startsWith(QLatin1String("-style"));
}

bool Cli::needsGui(int argc, char **argv)
{
    // Charts need widgets; the PDF exporter lays text out with fonts, which need a GUI application.
    return argc > 2 && qstrcmp(argv[1], "export") == 0;
}

QString Cli::usage()
{
    return QStringLiteral(
        "usage: crossread [FOLDER | PROJECT.db] [--lang CODE]      open the workbench window\n"
        "       crossread import FOLDER [-p PROJECT] [--json]      import txt, md, html and pdf files\n"
        "       crossread list [-p PROJECT] [--json]               list the articles\n"
        "       crossread show ID [--version N] [-p PROJECT] [--json]  print an article with its spans, or one "
        "version\n"
        "       crossread versions ID [-p PROJECT] [--json]        list the versions of an article's text\n"
        "       crossread orphans [-p PROJECT] [--json]            spans a changed text left without a place\n"
        "       crossread search QUERY [-p PROJECT] [--json]       full-text search (\"phrases\", AND, OR, NOT, "
        "prefix*)\n"
        "       crossread tag ID --range START:END --tag NAME [--note TEXT] [--figure KIND:VALUE[:LABEL]]\n"
        "                     [--coder NAME] [-p PROJECT] [--json]     code a range, all in one edit\n"
        "       crossread tags [-p PROJECT] [--json]               list the tag tree\n"
        "       crossread note SPAN TEXT [--if-version N] [--coder NAME] [-p PROJECT] [--json]  set a span's note\n"
        "       crossread set ID [--title TEXT] [--outlet NAME] [--author NAME] [--published YYYY-MM-DD]\n"
        "                     [-p PROJECT] [--json]                correct an article's metadata (kept on re-import)\n"
        "       crossread compare A B [-p PROJECT] [--json]        compare two articles (ids or files)\n"
        "       crossread claims [ID…] [-p PROJECT] [--min-support K] [--json]\n"
        "                                                          the claims the articles make, side by side\n"
        "       crossread similar ID --range START:END [-p PROJECT] [--limit N] [--json]\n"
        "                                                          who else says this: the same claim in other "
        "articles\n"
        "       crossread figures [ID…] [-p PROJECT] [--kind KIND] [--json|--csv]\n"
        "                                                          the figures the articles report\n"
        "       crossread export pdf|qdpx|csv|json -o FILE [--article ID …] [--page-size A4|Letter] [-p PROJECT]\n"
        "       crossread export chart --kind money|percent|score|count|date|money-over-time [--label TEXT] -o "
        "FILE.png|.svg [-p PROJECT]\n"
        "       crossread import-qdpx FILE.qdpx -p PROJECT [--coder NAME]\n"
        "                                                          add a REFI-QDA project's sources, codes and "
        "codings\n"
        "       crossread import-jsonld FILE.jsonld [-p PROJECT] [--coder NAME] [--json]\n"
        "                                                          add W3C Web Annotations to the articles they "
        "were made on\n"
        "       crossread agreement --coders A,B[,C…] [--tag T …] [--article ID …] [-p PROJECT] [--json]\n"
        "                                                          how alike coders coded: percent, kappa, alpha-u\n"
        "       crossread push -p PROJECT.db --to postgresql://USER@HOST:PORT/DATABASE [--json]\n"
        "                                                          copy a project into an empty team database\n"
        "       crossread pull -p postgresql://USER@HOST:PORT/DATABASE --to PROJECT.db [--json]\n"
        "                                                          copy a team project into a new file\n"
        "       crossread --help | --version\n"
        "Offsets are Unicode code points into the article's stored text. Without -p, import uses\n"
        "FOLDER/.crossread/project.db and the other commands look for .crossread/project.db in the\n"
        "current folder and its parents. Edits are made as the coder given by --coder, else the name\n"
        "set in the window (Edit › Coder…), else the login name. PROJECT may be a team project's\n"
        "postgresql://USER@HOST:PORT/DATABASE URL; the password comes from ~/.pgpass or PGPASSWORD.\n");
}

int Cli::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err);
}

int Cli::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        out << usage() << Qt::flush;
        return Ok;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        out << "crossread " << QStringLiteral(CROSSREAD_VERSION) << "\n" << Qt::flush;
        return Ok;
    }
    for (const Subcommand &s : kSubcommands) {
        if (args.first() == QLatin1String(s.name))
            return s.handler(args, out, err);
    }
    err << "crossread: unknown command or option '" << args.first() << "'\n" << usage() << Qt::flush;
    return UsageError;
}

} // namespace crossread
