// Watching the project's folder: files that change or appear (in folders made later too) are
// reported once, a moment after the last write, and offered in a bar (Import, Dismiss) rather
// than a dialog; an article whose file changed shows its version in the article list.
#include "TestSupport.h"

#include "FolderChangesBar.h"
#include "models/ArticleListModel.h"
#include "store/Project.h"
#include "store/ProjectImporter.h"
#include "workspace/FolderWatcher.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace crossread;

class TestFolderWatchUi : public QObject
{
    Q_OBJECT

private slots:
    void reportsChangedAndNewFilesOnce()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("news"));
        const QString a = folder + QStringLiteral("/a.txt");
        QVERIFY(test::writeFile(a, "Headline\n\nNorthwind raised forty million in funding.\n"));
        QVERIFY(test::writeFile(folder + QStringLiteral("/untouched.txt"), "Other\n\nAnalysts doubted the figure.\n"));
        const QString db = Project::projectPathForFolder(folder);
        QCOMPARE(ProjectImporter(db).run({ folder }).imported, 2);

        FolderWatcher watcher;
        watcher.setDelay(100);
        QSignalSpy spy(&watcher, &FolderWatcher::filesChanged);
        watcher.watch(folder, db);
        watcher.checkNow();
        QCOMPARE(spy.count(), 0); // nothing changed since it began to watch

        // Several writes in a row: one report, naming the changed file and the new one in a new folder.
        QVERIFY(test::writeFile(a, "Headline\n\nNorthwind raised forty-two million in funding.\n"));
        QVERIFY(QDir(folder).mkpath(QStringLiteral("later")));
        QTest::qWait(50);
        const QString b = folder + QStringLiteral("/later/b.txt");
        QVERIFY(test::writeFile(b, "Second\n\nA second source put the round lower.\n"));
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 5000);
        QTest::qWait(300);
        QStringList reported;
        for (const QList<QVariant> &call : std::as_const(spy))
            reported += call.first().toStringList();
        reported.sort();
        QCOMPARE(reported, (QStringList { a, b }));

        // Looked at again with nothing new: no report; the untouched file never was one.
        spy.clear();
        watcher.checkNow();
        QCOMPARE(spy.count(), 0);

        // A file that only got the same bytes again is not a change.
        QVERIFY(test::writeFile(folder + QStringLiteral("/untouched.txt"), "Other\n\nAnalysts doubted the figure.\n"));
        QTest::qWait(400);
        watcher.checkNow();
        QCOMPARE(spy.count(), 0);
    }

    // A folder of more files than one of Qt's watchers is given (FolderWatcher::kShard): a file
    // edited in place far down the list is noticed like the first.
    void noticesEditsInLargeFolders()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("many"));
        const int count = FolderWatcher::kShardSize + 100;
        for (int i = 0; i < count; ++i)
            QVERIFY(test::writeFile(folder + QStringLiteral("/%1.txt").arg(i, 5, 10, QLatin1Char('0')),
                QStringLiteral("Note %1\n\nA line of its own.\n").arg(i).toUtf8()));
        FolderWatcher watcher;
        watcher.setDelay(100);
        QSignalSpy spy(&watcher, &FolderWatcher::filesChanged);
        watcher.watch(folder, dir.filePath(QStringLiteral("project.db")));
        const QString late = folder + QStringLiteral("/%1.txt").arg(count - 1, 5, 10, QLatin1Char('0'));
        QTest::qWait(1100); // a new modification time, whatever the file system's resolution
        QVERIFY(test::writeFile(late, "Edited\n\nIn place, the same file.\n"));
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 5000);
        QCOMPARE(spy.first().first().toStringList(), QStringList { late });
    }

    void barOffersImportWithoutDialog()
    {
        FolderChangesBar bar;
        QSignalSpy spy(&bar, &FolderChangesBar::importRequested);
        bar.offer({ QStringLiteral("/n/a.txt") });
        QVERIFY(!bar.isHidden());
        QVERIFY(bar.findChild<QLabel *>()->text().contains(QStringLiteral("a.txt")));
        bar.offer({ QStringLiteral("/n/b.txt"), QStringLiteral("/n/a.txt") });
        QCOMPARE(bar.pending(), (QStringList { QStringLiteral("/n/a.txt"), QStringLiteral("/n/b.txt") }));
        QTest::mouseClick(bar.importButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toStringList(),
            (QStringList { QStringLiteral("/n/a.txt"), QStringLiteral("/n/b.txt") }));
        QVERIFY(bar.isHidden());
        bar.offer({ QStringLiteral("/n/c.txt") });
        QTest::mouseClick(bar.dismissButton(), Qt::LeftButton);
        QVERIFY(bar.isHidden());
        QVERIFY(bar.pending().isEmpty());
        QCOMPARE(spy.count(), 1);
    }

    void articleListMarksNewerVersion()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("news/kestrel.txt"));
        const QString db = Project::projectPathForFolder(dir.filePath(QStringLiteral("news")));
        QVERIFY(test::writeFile(file, test::readFile(test::dataPath(QStringLiteral("versions/kestrel-round-v1.txt")))));
        QCOMPARE(ProjectImporter(db).run({ file }).imported, 1);
        Project project;
        QVERIFY(project.open(db));
        ArticleListModel model;
        model.setProject(&project);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ArticleListModel::VersionRole).toInt(), 1);
        QCOMPARE(model.index(0, 0).data().toString(),
            QStringLiteral("Kestrel Platforms raises $14 billion to build Tern training cluster"));
        QVERIFY(test::writeFile(file, test::readFile(test::dataPath(QStringLiteral("versions/kestrel-round-v2.txt")))));
        QCOMPARE(ProjectImporter(db).run({ file }).versions, 1);
        project.notifyArticlesChanged();
        QTRY_COMPARE(model.index(0, 0).data(ArticleListModel::VersionRole).toInt(), 2);
        QCOMPARE(model.index(0, 0).data().toString(),
            QStringLiteral("Kestrel Platforms raises $14.3 billion for Tern training cluster (v2)"));
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Version 2")));
    }
};

QTEST_MAIN(TestFolderWatchUi)
#include "tst_folderwatch_ui.moc"
