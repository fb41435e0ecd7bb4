#include "GuiMain.h"

#include "AnalysisViews.h"
#include "Appearance.h"
#include "MainWindow.h"
#include "RecentProjects.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace crossread {

namespace {

// Installs Crossread's own and Qt's translations for the language; false when Crossread
// has none for it (English then stays, which is the source language).
bool installTranslations(QApplication &app, const QLocale &locale)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("crossread"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(own);
        return true;
    }
    return false;
}

} // namespace

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Crossread"));
    QApplication::setOrganizationName(QStringLiteral("Crossread"));
    QApplication::setApplicationDisplayName(QStringLiteral("Crossread"));
#ifdef CROSSREAD_VERSION
    QApplication::setApplicationVersion(QStringLiteral(CROSSREAD_VERSION));
#endif

    QStringList args = QApplication::arguments().mid(1);
    QLocale locale;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--lang") && i + 1 < args.size()) {
            locale = QLocale(args.at(i + 1));
            args.remove(i, 2);
            break;
        }
        if (a.startsWith(QLatin1String("--lang="))) {
            locale = QLocale(a.mid(7));
            args.remove(i);
            break;
        }
    }
    QLocale::setDefault(locale);
    installTranslations(app, locale);
    Appearance::instance()->restore();

    MainWindow window;
    AnalysisViews::install(&window);
    window.show();
    window.askForCoderIfFirstStart();
    if (!args.isEmpty()) {
        const QString target = args.first();
        const QFileInfo info(target);
        if (info.isDir())
            window.openFolder(target);
        else
            window.openProject(target); // a missing or bad file shows why, then the welcome page
    } else {
        const QStringList recent = RecentProjects::list();
        if (!recent.isEmpty())
            window.openProject(recent.first());
    }
    return app.exec();
}

} // namespace crossread
