#include "domain/CoderName.h"

namespace crossread::CoderName {

QString systemUser()
{
    for (const char *variable : { "CROSSREAD_USER", "USER", "USERNAME", "LOGNAME" }) {
        const QString name = normalized(qEnvironmentVariable(variable));
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("analyst");
}

QString normalized(const QString &name)
{
    return name.simplified();
}

} // namespace crossread::CoderName
