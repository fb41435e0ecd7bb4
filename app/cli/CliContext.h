#pragma once
// What every subcommand needs: its parsed options, output streams, and the project (in a
// Workspace, through which the editing subcommands make their edits).
#include "store/Project.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>

#include <memory>

namespace crossread {

class CliContext
{
public:
    CliContext(const QString &command, QTextStream &out, QTextStream &err);

    QCommandLineParser &parser() { return m_parser; }
    // Adds -p/--project and --json; call before parse().
    void addProjectOption();
    void addJsonOption();
    // Adds --coder NAME, for the subcommands that edit; call before parse().
    void addCoderOption();
    // Parses. Returns kContinue, or the exit code when the command is done: 0 after
    // --help, 2 after a usage error (one line and the usage on stderr).
    static constexpr int kContinue = -1;
    int parse(const QStringList &arguments, int minPositional, int maxPositional, const QString &synopsis);

    bool json() const { return m_json && m_parser.isSet(QStringLiteral("json")); }
    QStringList positional() const { return m_parser.positionalArguments(); }

    // Opens the project named by -p, else FOLDER/.crossread/project.db for a fallbackFolder,
    // else the one found from the current folder. Only import passes CreateIfMissing: every
    // other command refuses a missing path, an empty file or another program's database.
    Project *openProject(
        Project::OpenMode mode = Project::OpenMode::ExistingOnly, const QString &fallbackFolder = QString());
    // The open project's workspace, coding as coder(); null until openProject succeeded.
    Workspace *workspace() { return m_workspace.get(); }
    // Who edits: --coder, else the name in the settings the window shares, else the OS user.
    QString coder() const;

    void printJson(const QJsonValue &value);
    // A JSON array written an element at a time (the same text printJson gives), so that a
    // command over 100,000 articles streams instead of building the whole array first.
    void beginJsonArray();
    void printJsonElement(const QJsonObject &element);
    void endJsonArray();
    int usageError(const QString &message);
    int failure(const QString &message);
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    QString synopsis() const { return m_synopsis; }

private:
    QString m_command;
    QString m_synopsis;
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    bool m_json = false;
    bool m_firstElement = true;
    bool m_hasProject = false;
    bool m_hasCoder = false;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace crossread
