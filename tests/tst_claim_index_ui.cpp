// The window brings an older project's sentence index up to date behind it: opened with
// articles the index lacks, they are indexed in a worker while the window stays usable, and
// closing the project midway leaves it consistent.
#include "TestSupport.h"

#include "ClaimIndexController.h"
#include "MainWindow.h"
#include "store/Project.h"
#include "store/ProjectImporter.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace crossread;

class TestClaimIndexUi : public QObject
{
    Q_OBJECT

    // A project of the four outlets of tests/data/claims whose sentence index lacks every article.
    static QString staleProject(const QTemporaryDir &dir)
    {
        const QString folder = dir.filePath(QStringLiteral("corpus"));
        for (const char *name :
            { "1-lattice-post.txt", "2-fennel-report.txt", "3-northgate-wire.md", "4-harrow-dispatch.txt" })
            if (!test::writeFile(folder + u'/' + QLatin1String(name),
                    test::readFile(test::dataPath(QStringLiteral("claims/") + QLatin1String(name)))))
                return {};
        const QString db = Project::projectPathForFolder(folder);
        if (ProjectImporter(db).run({ folder }).imported != 4)
            return {};
        Project project;
        if (!project.open(db))
            return {};
        for (qint64 id : project.articles().ids()) {
            if (!project.database().begin() || !project.claimIndex().removeArticle(id) || !project.database().commit())
                return {};
        }
        return project.claimIndex().staleCount() == 4 ? db : QString();
    }

    static qint64 staleCount(const QString &db)
    {
        Project project;
        return project.open(db) ? project.claimIndex().staleCount() : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("CrossreadTest"));
        QApplication::setApplicationName(QStringLiteral("tst_claim_index_ui"));
        QSettings().clear();
    }

    void openingIndexesWhatTheIndexLacks()
    {
        QTemporaryDir dir;
        const QString db = staleProject(dir);
        QVERIFY(!db.isEmpty());
        MainWindow window;
        QSignalSpy finished(window.claimIndexer(), &ClaimIndexController::finished);
        QVERIFY(window.openProject(db));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().first().toString(), QString());
        QCOMPARE(staleCount(db), 0);

        // Opened again, there is nothing to do.
        window.closeProject();
        QVERIFY(window.openProject(db));
        QVERIFY(!window.claimIndexer()->isRunning());
        QCOMPARE(finished.size(), 1);
    }

    void closingStopsTheIndexer()
    {
        QTemporaryDir dir;
        const QString db = staleProject(dir);
        QVERIFY(!db.isEmpty());
        MainWindow window;
        QVERIFY(window.openProject(db));
        window.closeProject(); // cancels and waits: no worker outlives the project
        QVERIFY(!window.claimIndexer()->isRunning());
        const qint64 left = staleCount(db);
        QVERIFY(left >= 0 && left <= 4);
    }
};

QTEST_MAIN(TestClaimIndexUi)
#include "tst_claim_index_ui.moc"
