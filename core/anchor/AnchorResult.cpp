#include "anchor/AnchorResult.h"

namespace crossread {

QString AnchorResult::methodName(Method method)
{
    switch (method) {
    case Exact:
        return QStringLiteral("exact");
    case Relocated:
        return QStringLiteral("relocated");
    case Fuzzy:
        return QStringLiteral("fuzzy");
    case Orphan:
        break;
    }
    return QStringLiteral("orphan");
}

std::optional<AnchorResult::Method> AnchorResult::methodFromName(const QString &name)
{
    for (const Method m : { Exact, Relocated, Fuzzy, Orphan }) {
        if (methodName(m) == name)
            return m;
    }
    return std::nullopt;
}

} // namespace crossread
