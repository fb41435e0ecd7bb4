#pragma once
// Runs the command line in-process with captured streams, for the CLI tests (tst_cli*).
#include "cli/Cli.h"

#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace crossread::test {

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// `crossread ARGS…`, as a user types it.
inline CliRun runCli(const QStringList &args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = Cli::run(QStringList { QStringLiteral("crossread") } + args, out, err);
    return r;
}

} // namespace crossread::test
