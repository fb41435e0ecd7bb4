#include "commands/CommandSupport.h"

#include "store/Project.h"

namespace crossread::commands {

QString shortQuote(const QString &text, int maxChars)
{
    QString s = text.simplified();
    if (s.size() > maxChars)
        s = s.left(maxChars - 1).trimmed() + QChar(0x2026);
    return s;
}

void reportRefusal(Project *project, const QString &message)
{
    if (project)
        emit project->errorOccurred(message);
}

} // namespace crossread::commands
