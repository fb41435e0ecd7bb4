#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace crossread {

QString Translations::directory()
{
    return QDir::cleanPath(
        QCoreApplication::applicationDirPath() + QLatin1Char('/') + QStringLiteral(CROSSREAD_TRANSLATIONS_RELATIVE));
}

bool Translations::install(QCoreApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("crossread"), QStringLiteral("_"), directory())) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace crossread
