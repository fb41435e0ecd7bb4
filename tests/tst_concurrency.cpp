// Several crossread processes on one project at once, as when an analyst scripts the command
// line while the window is open: each command either succeeds or says the project is busy,
// never a raw SQL error, and nothing is created twice. The `pg` run does the same on a team
// project (CROSSREAD_TEST_PG): every project is then a new database on the test server.
#include "ServerTestSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <thread>

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

QString crossreadBinary()
{
    return QStringLiteral(CROSSREAD_BIN_DIR "/crossread");
}

// Starts every command before waiting for any, so that they overlap.
QList<Run> runAtOnce(const QList<QStringList> &commands)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QStringList &args : commands) {
        auto p = std::make_unique<QProcess>();
        p->start(crossreadBinary(), args);
        processes.push_back(std::move(p));
    }
    QList<Run> runs;
    for (auto &p : processes) {
        Run r;
        if (p->waitForFinished(120000) && p->exitStatus() == QProcess::NormalExit)
            r.code = p->exitCode();
        r.out = QString::fromUtf8(p->readAllStandardOutput());
        r.err = QString::fromUtf8(p->readAllStandardError());
        runs << r;
    }
    return runs;
}

Run runOne(const QStringList &args)
{
    return runAtOnce({ args }).first();
}

// Short articles written for this test, different enough that no two share a hash.
void writeArticles(const QString &folder, int count, const QString &topic)
{
    for (int i = 0; i < count; ++i) {
        const QString text = QStringLiteral("%1 report %2\n\nAnalysts counted %3 filings about %1 in week %2, "
                                            "and the agency said it would publish %4 more.\n")
                                 .arg(topic)
                                 .arg(i)
                                 .arg(100 + i * 7)
                                 .arg(i * 3 + 1);
        QVERIFY(crossread::test::writeFile(
            QStringLiteral("%1/%2-%3.txt").arg(folder, topic).arg(i, 3, 10, QLatin1Char('0')), text.toUtf8()));
    }
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(crossreadBinary()).isExecutable(), qPrintable(crossreadBinary()));
        CROSSREAD_REQUIRE_SERVER_IF_ASKED();
    }

    void concurrentFirstImports_data()
    {
        QTest::addColumn<bool>("sameFolder");
        QTest::newRow("four imports of one folder into its new project") << true;
        QTest::newRow("four folders into one new project") << false;
    }

    void concurrentFirstImports()
    {
        QFETCH(bool, sameFolder);
        for (int round = 0; round < 3; ++round) {
            QTemporaryDir dir;
            const QString db = crossread::test::newProjectLocation(dir.filePath(QStringLiteral("shared")));
            QList<QStringList> commands;
            QSet<QString> expected;
            for (int i = 0; i < 4; ++i) {
                const QString folder
                    = dir.filePath(sameFolder ? QStringLiteral("news") : QStringLiteral("news%1").arg(i));
                if (i == 0 || !sameFolder) {
                    writeArticles(folder, 40, QStringLiteral("topic%1").arg(sameFolder ? 0 : i));
                    for (const QString &name : QDir(folder).entryList(QDir::Files))
                        expected.insert(QDir(folder).filePath(name));
                }
                commands << QStringList { QStringLiteral("import"), folder, QStringLiteral("-p"), db };
            }
            const QList<Run> runs = runAtOnce(commands);
            for (const Run &r : runs) {
                QVERIFY2(r.code == 0, qPrintable(r.err));
                QVERIFY2(!r.err.contains(QStringLiteral("constraint")), qPrintable(r.err));
                QVERIFY2(!r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
            }
            const Run list = runOne({ QStringLiteral("list"), QStringLiteral("-p"), db, QStringLiteral("--json") });
            QCOMPARE(list.code, 0);
            QSet<QString> listed;
            for (const QJsonValue &v : list.json().array())
                listed.insert(v[QStringLiteral("path")].toString());
            QCOMPARE(list.json().array().size(), expected.size());
            QCOMPARE(listed, expected);
        }
    }

    void concurrentTagsWithANewName()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("news"));
        writeArticles(folder, 1, QStringLiteral("grid"));
        const QString db = crossread::test::newProjectLocation(dir.path());
        QCOMPARE(runOne({ QStringLiteral("import"), folder, QStringLiteral("-p"), db }).code, 0);
        for (int round = 0; round < 3; ++round) {
            const QString name = QStringLiteral("Disputed %1").arg(round);
            QList<QStringList> commands;
            for (int i = 0; i < 8; ++i) {
                commands << QStringList { QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("--range"),
                    QStringLiteral("%1:%2").arg(i * 4).arg(i * 4 + 3), QStringLiteral("--tag"), name,
                    QStringLiteral("--note"), QStringLiteral("note %1").arg(i), QStringLiteral("-p"), db };
            }
            for (const Run &r : runAtOnce(commands))
                QVERIFY2(r.code == 0, qPrintable(r.err));
            const Run tags = runOne({ QStringLiteral("tags"), QStringLiteral("-p"), db, QStringLiteral("--json") });
            int named = 0;
            for (const QJsonValue &t : tags.json().array()) {
                if (t[QStringLiteral("name")].toString() == name) {
                    ++named;
                    QCOMPARE(t[QStringLiteral("spans")].toInt(), 8);
                }
            }
            QCOMPARE(named, 1);
        }
        const Run show = runOne(
            { QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("-p"), db, QStringLiteral("--json") });
        const QJsonArray spans = show.json().object().value(QStringLiteral("spans")).toArray();
        QCOMPARE(spans.size(), 8);
        for (const QJsonValue &s : spans) {
            QCOMPARE(s[QStringLiteral("tags")].toArray().size(), 3);
            QVERIFY(s[QStringLiteral("note")].toString().startsWith(QStringLiteral("note ")));
        }
    }

    // Two analysts' scripts code one project at once, 200 edits each (one process per edit):
    // every edit is saved, each under its coder, and no command fails.
    void twoWritersOfTwoHundredEdits()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("news"));
        QString text;
        for (int i = 0; i < 60; ++i)
            text += QStringLiteral("Paragraph %1 says the lab raised more money than last year. ")
                        .arg(i, 2, 10, QLatin1Char('0'));
        QVERIFY(crossread::test::writeFile(folder + QStringLiteral("/long.txt"), text.toUtf8()));
        const QString db = crossread::test::newProjectLocation(dir.path());
        QCOMPARE(runOne({ QStringLiteral("import"), folder, QStringLiteral("-p"), db }).code, 0);
        constexpr int kEdits = 200;
        QStringList failures[2];
        auto writer = [&](int w) {
            for (int i = 0; i < kEdits; ++i) {
                const int start = (w * kEdits + i) * 8;
                const Run r = runOne({ QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("--range"),
                    QStringLiteral("%1:%2").arg(start).arg(start + 5), QStringLiteral("--tag"), QStringLiteral("Claim"),
                    QStringLiteral("--coder"), QStringLiteral("writer%1").arg(w), QStringLiteral("-p"), db });
                if (r.code != 0)
                    failures[w] << r.err;
            }
        };
        std::thread first(writer, 0);
        std::thread second(writer, 1);
        first.join();
        second.join();
        QVERIFY2(failures[0].isEmpty(), qPrintable(failures[0].join(u'\n')));
        QVERIFY2(failures[1].isEmpty(), qPrintable(failures[1].join(u'\n')));
        const Run show = runOne(
            { QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("-p"), db, QStringLiteral("--json") });
        const QJsonArray spans = show.json().object().value(QStringLiteral("spans")).toArray();
        QCOMPARE(spans.size(), 2 * kEdits);
        QHash<QString, int> byCoder;
        for (const QJsonValue &s : spans)
            ++byCoder[s[QStringLiteral("coder")].toString()];
        QCOMPARE(byCoder.value(QStringLiteral("writer0")), kEdits);
        QCOMPARE(byCoder.value(QStringLiteral("writer1")), kEdits);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
