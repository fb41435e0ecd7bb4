#include "workspace/CoderSettings.h"

#include "domain/CoderName.h"

#include <QSettings>

namespace crossread::CoderSettings {

namespace {
const QString kNameKey = QStringLiteral("coder/name");
const QString kAskedKey = QStringLiteral("coder/asked");
} // namespace

QString savedName()
{
    return CoderName::normalized(QSettings().value(kNameKey).toString());
}

bool wasAsked()
{
    return QSettings().value(kAskedKey, false).toBool();
}

void save(const QString &name)
{
    QSettings settings;
    const QString normalized = CoderName::normalized(name);
    if (normalized.isEmpty())
        settings.remove(kNameKey);
    else
        settings.setValue(kNameKey, normalized);
    settings.setValue(kAskedKey, true);
}

QString current()
{
    const QString saved = savedName();
    return saved.isEmpty() ? CoderName::systemUser() : saved;
}

} // namespace crossread::CoderSettings
