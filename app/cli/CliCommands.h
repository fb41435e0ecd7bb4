#pragma once
// One function per subcommand; each takes its own arguments (subcommand name first).
#include <QStringList>
#include <QTextStream>

namespace crossread::cli {

int importCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int listCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int showCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int searchCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int tagCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int setCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int noteCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int tagsCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int compareCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int claimsCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int similarCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int figuresCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int exportCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int exportChartCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int agreementCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int versionsCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int orphansCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int pushCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int pullCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int importQdpxCommand(const QStringList &args, QTextStream &out, QTextStream &err);
int importJsonLdCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace crossread::cli
