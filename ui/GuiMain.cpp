#include "GuiMain.h"

#include "AnalysisViews.h"
#include "Appearance.h"
#include "MainWindow.h"
#include "RecentProjects.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>

namespace crossread {

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Crossread"));
    QApplication::setOrganizationName(QStringLiteral("Crossread"));
    QApplication::setApplicationDisplayName(QStringLiteral("Crossread"));
    // The installed icon theme's copy where there is one, else the one built into the program.
    QApplication::setDesktopFileName(QStringLiteral("org.crossread.Crossread"));
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("org.crossread.Crossread"), QIcon(QStringLiteral(":/icons/org.crossread.Crossread.svg"))));
#ifdef CROSSREAD_VERSION
    QApplication::setApplicationVersion(QStringLiteral(CROSSREAD_VERSION));
#endif

    QStringList args = QApplication::arguments().mid(1);
    QLocale locale;
    bool asked = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--lang") && i + 1 < args.size()) {
            locale = QLocale(args.at(i + 1));
            args.remove(i, 2);
            asked = true;
            break;
        }
        if (a.startsWith(QLatin1String("--lang="))) {
            locale = QLocale(a.mid(7));
            args.remove(i);
            asked = true;
            break;
        }
    }
    QLocale::setDefault(locale);
    if (!Translations::install(app, locale) && asked && locale.language() != QLocale::English)
        qWarning("crossread: no %s translation in %s; the window stays in English",
            qPrintable(QLocale::languageToString(locale.language())), qPrintable(Translations::directory()));
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
