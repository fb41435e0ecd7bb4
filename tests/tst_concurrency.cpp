// Several crossread processes on one project at once, as when an analyst scripts the command
// line while the window is open: each command either succeeds, says the project is busy or
// reports a conflict with another analyst's edit, never a raw SQL error, and nothing is created
// twice or lost.
// The `pg` run does the same on a team project (CROSSREAD_TEST_PG): every project is then a
// new database on the test server.
#include "ServerTestSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <QThread>

#include <memory>
#include <numeric>

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

    // Two analysts' command lines, 200 edits each at once: three in four code ranges of their
    // own (each a new span), one in four sets the note of one of ten shared spans, naming the
    // version it last saw (--if-version). Nothing is lost: every coding is saved, every note
    // edit is saved or refused as a conflict naming the other analyst, and each shared span's
    // version counts exactly the note edits saved on it. No "database is locked".
    void twoAnalystsTwoHundredEditsEach()
    {
        constexpr int kEdits = 200;
        constexpr int kShared = 10;
        constexpr int kArticles = 5;
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("news"));
        writeArticles(folder, kArticles, QStringLiteral("port"));
        const QString db = crossread::test::newProjectLocation(dir.path());
        QCOMPARE(runOne({ QStringLiteral("import"), folder, QStringLiteral("-p"), db }).code, 0);
        QList<qint64> shared;
        for (int k = 0; k < kShared; ++k) {
            const Run r = runOne({ QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("--range"),
                QStringLiteral("%1:%2").arg(k * 5).arg(k * 5 + 4), QStringLiteral("--tag"), QStringLiteral("Shared"),
                QStringLiteral("--coder"), QStringLiteral("lead"), QStringLiteral("-p"), db,
                QStringLiteral("--json") });
            QVERIFY2(r.code == 0, qPrintable(r.err));
            shared << r.json()[QStringLiteral("id")].toInteger();
        }

        struct NoteEdit
        {
            qint64 span = 0;
            QString note;
            int code = -1;
            qint64 version = -1; // the version it wrote
            QString err;
        };
        struct Stream
        {
            QString coder;
            QList<Run> codings;
            QList<NoteEdit> notes;
        };
        const auto runStream = [&](Stream &stream) {
            QHash<qint64, qint64> seen; // the version of each shared span this analyst last saw
            for (int i = 0; i < kEdits; ++i) {
                QProcess p;
                if (i % 4 == 0) {
                    NoteEdit e;
                    e.span = shared.at((i / 4) % kShared);
                    e.note = QStringLiteral("%1's note %2").arg(stream.coder).arg(i);
                    p.start(crossreadBinary(),
                        { QStringLiteral("note"), QString::number(e.span), e.note, QStringLiteral("--if-version"),
                            QString::number(seen.value(e.span)), QStringLiteral("--coder"), stream.coder,
                            QStringLiteral("-p"), db, QStringLiteral("--json") });
                    p.waitForFinished(60000);
                    e.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
                    e.err = QString::fromUtf8(p.readAllStandardError());
                    if (e.code == 0) {
                        e.version
                            = QJsonDocument::fromJson(p.readAllStandardOutput())[QStringLiteral("version")].toInteger();
                        seen[e.span] = e.version;
                    } else {
                        ++seen[e.span]; // someone wrote since: try the next version next time
                    }
                    stream.notes << e;
                } else {
                    const int article = i % kArticles + 1;
                    const int start = i / kArticles;
                    p.start(crossreadBinary(),
                        { QStringLiteral("tag"), QString::number(article), QStringLiteral("--range"),
                            QStringLiteral("%1:%2").arg(start).arg(start + 3), QStringLiteral("--tag"),
                            QStringLiteral("Coded"), QStringLiteral("--coder"), stream.coder, QStringLiteral("-p"), db,
                            QStringLiteral("--json") });
                    p.waitForFinished(60000);
                    Run r;
                    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
                    r.out = QString::fromUtf8(p.readAllStandardOutput());
                    r.err = QString::fromUtf8(p.readAllStandardError());
                    stream.codings << r;
                }
            }
        };
        Stream alice { QStringLiteral("alice"), {}, {} };
        Stream bob { QStringLiteral("bob"), {}, {} };
        std::unique_ptr<QThread> a(QThread::create([&] { runStream(alice); }));
        std::unique_ptr<QThread> b(QThread::create([&] { runStream(bob); }));
        a->start();
        b->start();
        QVERIFY(a->wait(600000));
        QVERIFY(b->wait(600000));

        int conflicts = 0;
        QHash<qint64, int> saved; // note edits saved per shared span
        QHash<qint64, QPair<qint64, QString>> last; // the newest saved note of each span
        for (const Stream *stream : { &alice, &bob }) {
            QCOMPARE(stream->codings.size(), kEdits - kEdits / 4);
            for (const Run &r : stream->codings)
                QVERIFY2(r.code == 0, qPrintable(r.err));
            const QString other = stream == &alice ? QStringLiteral("bob") : QStringLiteral("alice");
            for (const NoteEdit &e : stream->notes) {
                QVERIFY2(!e.err.contains(QStringLiteral("locked")) && !e.err.contains(QStringLiteral("busy")),
                    qPrintable(e.err));
                if (e.code == 0) {
                    ++saved[e.span];
                    if (e.version > last.value(e.span).first)
                        last[e.span] = { e.version, e.note };
                    continue;
                }
                QCOMPARE(e.code, 1);
                QVERIFY2(e.err.contains(QStringLiteral("was changed by %1 at ").arg(other))
                        && e.err.contains(QStringLiteral("your edit was not saved.")),
                    qPrintable(e.err));
                ++conflicts;
            }
        }
        // Both analysts start from version 0 of every shared span: one of them meets a conflict.
        QVERIFY(conflicts >= kShared);
        QCOMPARE(conflicts + std::accumulate(saved.cbegin(), saved.cend(), 0), 2 * kEdits / 4);

        int coded = 0;
        for (int article = 1; article <= kArticles; ++article) {
            const Run show = runOne({ QStringLiteral("show"), QString::number(article), QStringLiteral("-p"), db,
                QStringLiteral("--json") });
            QCOMPARE(show.code, 0);
            for (const QJsonValue &s : show.json().object().value(QStringLiteral("spans")).toArray()) {
                const qint64 id = s[QStringLiteral("id")].toInteger();
                if (shared.contains(id)) {
                    QCOMPARE(s[QStringLiteral("version")].toInteger(), qint64(saved.value(id)));
                    QCOMPARE(s[QStringLiteral("note")].toString(), last.value(id).second);
                } else {
                    QCOMPARE(s[QStringLiteral("tags")].toArray(), QJsonArray { QStringLiteral("Coded") });
                    ++coded;
                }
            }
        }
        QCOMPARE(coded, 2 * (kEdits - kEdits / 4));
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
