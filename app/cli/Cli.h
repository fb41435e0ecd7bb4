#pragma once
// The `crossread` command line: subcommands, their options and their output.
#include <QStringList>
#include <QTextStream>

namespace crossread {

class Cli
{
public:
    enum ExitCode { Ok = 0, Failure = 1, UsageError = 2 };

    // True when argv[1] asks for the command line rather than the window.
    static bool isCliInvocation(const QString &firstArgument);
    static QStringList subcommands();
    // True for the subcommands that draw (charts, PDF) and need a QApplication.
    static bool needsGui(int argc, char **argv);

    // Runs with arguments as QCoreApplication::arguments() gives them (program name first).
    static int run(const QStringList &arguments);
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static QString usage();
};

} // namespace crossread
