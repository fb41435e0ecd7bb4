// The interface translations: read from share/crossread/translations beside the program (the
// build tree is laid out like the install prefix), German loaded from there, and a language
// without a translation leaving the interface in English.
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace crossread;

class TestTranslationsUi : public QObject
{
    Q_OBJECT

private slots:
    void directoryIsBesideTheProgram()
    {
        // bin/crossread and share/crossread/translations under one prefix, as GNUInstallDirs lays them out.
        const QString expected = QDir::cleanPath(QStringLiteral(CROSSREAD_BIN_DIR "/../share/crossread/translations"));
        QCOMPARE(Translations::directory(), expected);
        QVERIFY2(QFileInfo(expected + QStringLiteral("/crossread_de.qm")).isFile(), qPrintable(expected));
    }

    void languageWithoutTranslationStaysEnglish()
    {
        QVERIFY(!Translations::install(*QCoreApplication::instance(), QLocale(QLocale::Swahili)));
        QCOMPARE(QCoreApplication::translate("crossread::MainWindow", "The edit was not saved"),
            QStringLiteral("The edit was not saved"));
    }

    void germanIsLoaded()
    {
        QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany)));
        QCOMPARE(QCoreApplication::translate("crossread::MainWindow", "The edit was not saved"),
            QStringLiteral("Die Änderung wurde nicht gespeichert"));
    }
};

QTEST_GUILESS_MAIN(TestTranslationsUi)
#include "tst_translations_ui.moc"
