#include "cli/CliContext.h"

#include "domain/CoderName.h"
#include "workspace/CoderSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace crossread {

CliContext::CliContext(const QString &command, QTextStream &out, QTextStream &err)
    : m_command(command)
    , m_out(out)
    , m_err(err)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(
        QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show help.")));
}

void CliContext::addProjectOption()
{
    m_hasProject = true;
    m_parser.addOption(QCommandLineOption({ QStringLiteral("p"), QStringLiteral("project") },
        QStringLiteral("Project file (or its folder)."), QStringLiteral("PROJECT")));
}

void CliContext::addJsonOption()
{
    m_json = true;
    m_parser.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print JSON.")));
}

void CliContext::addCoderOption()
{
    m_hasCoder = true;
    m_parser.addOption(QCommandLineOption(QStringLiteral("coder"),
        QStringLiteral("Code as NAME (default: the name set in the window, else the login name)."),
        QStringLiteral("NAME")));
}

QString CliContext::coder() const
{
    if (m_hasCoder && m_parser.isSet(QStringLiteral("coder")))
        return CoderName::normalized(m_parser.value(QStringLiteral("coder")));
    return CoderSettings::current();
}

int CliContext::parse(const QStringList &arguments, int minPositional, int maxPositional, const QString &synopsis)
{
    m_synopsis = synopsis;
    if (!m_parser.parse(arguments)) {
        return usageError(m_parser.errorText());
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << "usage: " << synopsis << "\n" << m_parser.helpText().section(u'\n', 2) << Qt::flush;
        return 0;
    }
    const int n = int(m_parser.positionalArguments().size());
    if (n < minPositional) {
        return usageError(QStringLiteral("missing argument"));
    }
    if (maxPositional >= 0 && n > maxPositional) {
        return usageError(
            QStringLiteral("unexpected argument '%1'").arg(m_parser.positionalArguments().at(maxPositional)));
    }
    if (m_hasCoder && m_parser.isSet(QStringLiteral("coder")) && coder().isEmpty())
        return usageError(QStringLiteral("--coder needs a name"));
    return kContinue;
}

Project *CliContext::openProject(Project::OpenMode mode, const QString &fallbackFolder)
{
    QString path = m_hasProject ? m_parser.value(QStringLiteral("project")) : QString();
    if (!path.isEmpty()) {
        if (QFileInfo(path).isDir())
            path = Project::projectPathForFolder(path);
    } else if (!fallbackFolder.isEmpty()) {
        path = Project::projectPathForFolder(fallbackFolder);
    } else {
        path = Project::findProjectFrom(QDir::currentPath());
        if (path.isEmpty()) {
            failure(QStringLiteral(
                "no project in %1 or its parents: run 'crossread import FOLDER' first or pass -p PROJECT")
                        .arg(QDir::currentPath()));
            return nullptr;
        }
    }
    m_workspace = std::make_unique<Workspace>();
    m_workspace->setCoder(coder());
    if (!m_workspace->open(path, mode)) {
        failure(m_workspace->lastError());
        m_workspace.reset();
        return nullptr;
    }
    return m_workspace->project();
}

void CliContext::printJson(const QJsonValue &value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Indented) << Qt::flush;
}

void CliContext::beginJsonArray()
{
    m_out << "[\n";
    m_firstElement = true;
}

void CliContext::printJsonElement(const QJsonObject &element)
{
    const QByteArray text = QJsonDocument(element).toJson(QJsonDocument::Indented);
    if (!m_firstElement)
        m_out << ",\n";
    m_firstElement = false;
    const QList<QByteArray> lines = text.trimmed().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i)
        m_out << (i ? "\n    " : "    ") << lines.at(i);
}

void CliContext::endJsonArray()
{
    m_out << (m_firstElement ? "]\n" : "\n]\n") << Qt::flush;
}

int CliContext::usageError(const QString &message)
{
    m_err << "crossread " << m_command << ": " << message << "\n";
    if (!m_synopsis.isEmpty())
        m_err << "usage: " << m_synopsis << "\n";
    m_err << Qt::flush;
    return 2;
}

int CliContext::failure(const QString &message)
{
    m_err << "crossread " << m_command << ": " << message << "\n" << Qt::flush;
    return 1;
}

} // namespace crossread
