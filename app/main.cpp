// Crossread: the workbench window, or the command line when given a subcommand.
#include "GuiMain.h"
#include "cli/Cli.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char **argv)
{
    // Decide before any QApplication exists: the command line must run without a display.
    if (argc > 1 && crossread::Cli::isCliInvocation(QString::fromLocal8Bit(argv[1]))) {
        std::unique_ptr<QCoreApplication> app;
        if (crossread::Cli::needsGui(argc, argv)) {
            // Charts are drawn by Qt Charts, which needs a QApplication; offscreen needs no display.
            if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
                && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        // The window's names: the command line reads the coder the window saved in its settings.
        QCoreApplication::setOrganizationName(QStringLiteral("Crossread"));
        QCoreApplication::setApplicationName(QStringLiteral("Crossread"));
        QCoreApplication::setApplicationVersion(QStringLiteral(CROSSREAD_VERSION));
        return crossread::Cli::run(QCoreApplication::arguments());
    }
    return crossread::runGui(argc, argv);
}
