// The command line: each subcommand's JSON shape, exit codes, and errors that name the
// file and the reason. Runs Cli::run in-process with captured streams.
#include "ServerTestSupport.h"
#include "CliTestSupport.h"
#include "TestSupport.h"

#include "cli/Cli.h"
#include "store/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <poppler-annotation.h>
#include <poppler-qt6.h>

using namespace crossread;

using test::CliRun;
using test::runCli;

namespace {

// The project of a test's FOLDER: the default file beside it, which `import FOLDER` finds by
// itself, or on the `pg` run a new database on the test server.
QString projectFor(const QString &folder)
{
    return test::onServer() ? test::newProjectLocation(folder) : Project::projectPathForFolder(folder);
}

// `import FOLDER [MORE]` into DB, naming it with -p unless it is the folder's default file.
CliRun importInto(const QString &folder, const QString &db, const QStringList &more = {})
{
    QStringList args { QStringLiteral("import"), folder };
    if (db != Project::projectPathForFolder(folder))
        args << QStringLiteral("-p") << db;
    return runCli(args + more);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    static constexpr int kStoryArticles = 5; // tests/data/story
    QTemporaryDir m_dir;
    QString m_folder;
    QString m_db;

private slots:
    void initTestCase()
    {
        CROSSREAD_REQUIRE_SERVER_IF_ASKED();
        // The coder's name is read from the settings the window writes: keep the user's apart.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CrossreadTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_cli"));
        QSettings().clear();
        qputenv("CROSSREAD_USER", "tester");
        m_folder = m_dir.filePath(QStringLiteral("corpus"));
        const QStringList story = test::storyFiles();
        QVERIFY2(story.size() == kStoryArticles, qPrintable(test::storyDir()));
        for (const QString &s : story)
            QVERIFY(test::writeFile(m_folder + u'/' + QFileInfo(s).fileName(), test::readFile(s)));
        QVERIFY(test::writeFile(m_folder + QStringLiteral("/sub/empty.md"), QByteArray()));
        m_db = projectFor(m_folder);
    }

    void importReportsJson()
    {
        const CliRun r = importInto(m_folder, m_db, { QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("imported")).toInt(), kStoryArticles);
        QCOMPARE(o.value(QStringLiteral("updated")).toInt(), 0);
        const QJsonArray skipped = o.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 1);
        QVERIFY(skipped.at(0)[QStringLiteral("path")].toString().endsWith(QStringLiteral("empty.md")));
        QVERIFY(!skipped.at(0)[QStringLiteral("reason")].toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("failed")).isArray());
        QVERIFY(test::onServer() || QFileInfo::exists(m_db));
        const CliRun again = importInto(m_folder, m_db, { QStringLiteral("--json") });
        QCOMPARE(again.json().object().value(QStringLiteral("unchanged")).toInt(), kStoryArticles);
    }

    void listAndShow()
    {
        const CliRun r = runCli({ QStringLiteral("list"), QStringLiteral("-p"), m_db, QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows.size(), kStoryArticles);
        for (const char *key : { "id", "path", "title", "outlet", "author", "published", "chars" })
            QVERIFY2(rows.at(0).toObject().contains(QLatin1String(key)), key);
        bool dated = false;
        for (const QJsonValue &v : rows)
            dated |= v[QStringLiteral("published")].toString() == QLatin1String("2026-06-14");
        QVERIFY(dated); // story 03's dateline
        const qint64 id = rows.at(0)[QStringLiteral("id")].toInteger();
        const CliRun show = runCli(
            { QStringLiteral("show"), QString::number(id), QStringLiteral("-p"), m_db, QStringLiteral("--json") });
        QCOMPARE(show.code, 0);
        const QJsonObject o = show.json().object();
        for (const char *key : { "id", "path", "title", "outlet", "published", "text", "boilerplate", "spans" })
            QVERIFY2(o.contains(QLatin1String(key)), key);
    }

    // Plain words are a phrase first, as in the window; the articles with the words apart are
    // counted, and listed (flagged "apart") when asked for.
    void searchIsPhraseFirst()
    {
        const QString folder = m_dir.filePath(QStringLiteral("phrase"));
        QVERIFY(test::writeFile(folder + QStringLiteral("/a.txt"), "The lab signed a data deal on Friday.\n"));
        QVERIFY(test::writeFile(folder + QStringLiteral("/b.txt"), "A deal on cloud data was signed.\n"));
        QVERIFY(test::writeFile(folder + QStringLiteral("/c.txt"), "Nothing of the kind here.\n"));
        const QString db = projectFor(folder);
        QCOMPARE(importInto(folder, db).code, 0);

        const CliRun text = runCli(
            { QStringLiteral("search"), QStringLiteral("data"), QStringLiteral("deal"), QStringLiteral("-p"), db });
        QCOMPARE(text.code, 0);
        QVERIFY2(
            text.out.contains(QStringLiteral("1 hits of the phrase \u201Cdata deal\u201D\n")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("1 more articles hold the words apart (--apart lists them)")),
            qPrintable(text.out));
        QVERIFY(!text.out.contains(QStringLiteral("cloud")));

        const CliRun json = runCli({ QStringLiteral("search"), QStringLiteral("data deal"), QStringLiteral("--apart"),
            QStringLiteral("-p"), db, QStringLiteral("--json") });
        QCOMPARE(json.code, 0);
        const QJsonArray hits = json.json().array();
        QStringList seen;
        for (const QJsonValue &h : hits) {
            const QString snippet = h[QStringLiteral("snippet")].toString();
            seen << QStringLiteral("%1:%2")
                        .arg(snippet.contains(QStringLiteral("cloud")) ? QStringLiteral("b") : QStringLiteral("a"))
                        .arg(h[QStringLiteral("apart")].toBool() ? QStringLiteral("apart") : QStringLiteral("phrase"));
        }
        // The phrase in a.txt first, then b.txt's two words.
        QCOMPARE(
            seen, QStringList({ QStringLiteral("a:phrase"), QStringLiteral("b:apart"), QStringLiteral("b:apart") }));
        const qint64 start = hits.at(0)[QStringLiteral("start")].toInteger();
        const qint64 end = hits.at(0)[QStringLiteral("end")].toInteger();
        QCOMPARE(end - start, qint64(QStringLiteral("data deal").size()));
    }

    void tagAndSearch()
    {
        const CliRun search = runCli({ QStringLiteral("search"), QStringLiteral("\"non-voting stake\""),
            QStringLiteral("-p"), m_db, QStringLiteral("--json") });
        QCOMPARE(search.code, 0);
        const QJsonArray hits = search.json().array();
        QVERIFY(hits.size() >= 2);
        const QJsonObject hit = hits.at(0).toObject();
        const qint64 article = hit[QStringLiteral("article")].toInteger();
        const qint64 start = hit[QStringLiteral("start")].toInteger();
        const qint64 end = hit[QStringLiteral("end")].toInteger();
        QVERIFY(hit[QStringLiteral("snippet")].toString().contains(QStringLiteral("non-voting")));

        const CliRun tag = runCli({ QStringLiteral("tag"), QString::number(article), QStringLiteral("--range"),
            QStringLiteral("%1:%2").arg(start).arg(end), QStringLiteral("--tag"), QStringLiteral("Stake"),
            QStringLiteral("--note"), QStringLiteral("check the size"), QStringLiteral("--figure"),
            QStringLiteral("percent:38:stake in Tidewater Data"), QStringLiteral("-p"), m_db });
        QVERIFY2(tag.code == 0, qPrintable(tag.err));
        const qint64 spanId = tag.out.trimmed().toLongLong();
        QVERIFY(spanId > 0);

        const CliRun show = runCli(
            { QStringLiteral("show"), QString::number(article), QStringLiteral("-p"), m_db, QStringLiteral("--json") });
        const QJsonArray spans = show.json().object().value(QStringLiteral("spans")).toArray();
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.at(0)[QStringLiteral("id")].toInteger(), spanId);
        QCOMPARE(spans.at(0)[QStringLiteral("text")].toString().toLower(), QStringLiteral("non-voting stake"));
        QCOMPARE(spans.at(0)[QStringLiteral("tags")].toArray().at(0).toString(), QStringLiteral("Stake"));
        QCOMPARE(spans.at(0)[QStringLiteral("note")].toString(), QStringLiteral("check the size"));

        const CliRun tags = runCli({ QStringLiteral("tags"), QStringLiteral("-p"), m_db, QStringLiteral("--json") });
        QCOMPARE(tags.json().array().size(), 1);
        QCOMPARE(tags.json().array().at(0)[QStringLiteral("name")].toString(), QStringLiteral("Stake"));
        QVERIFY(tags.json().array().at(0)[QStringLiteral("color")].toString().startsWith(u'#'));

        const CliRun figures = runCli({ QStringLiteral("figures"), QString::number(article), QStringLiteral("-p"), m_db,
            QStringLiteral("--json") });
        QCOMPARE(figures.code, 0);
        bool manual = false;
        for (const QJsonValue &f : figures.json().array()) {
            if (f[QStringLiteral("origin")].toString() == QLatin1String("manual")) {
                manual = true;
                QCOMPARE(f[QStringLiteral("kind")].toString(), QStringLiteral("percent"));
                QCOMPARE(f[QStringLiteral("value")].toDouble(), 38.0);
                QCOMPARE(f[QStringLiteral("label")].toString(), QStringLiteral("stake in Tidewater Data"));
            }
        }
        QVERIFY(manual);
    }

    // The demo corpus with one tagged, annotated span: what every export must carry.
    void exportOrdinaryProject_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("qdpx") << QStringLiteral("qdpx");
        QTest::newRow("pdf") << QStringLiteral("pdf");
    }

    void exportOrdinaryProject()
    {
        QFETCH(QString, format);
        const QString folder = m_dir.filePath(QStringLiteral("samples-") + format);
        const QDir samples(QStringLiteral(CROSSREAD_SOURCE_DIR "/resources/samples"));
        for (const QString &name : samples.entryList(QDir::Files))
            QVERIFY(test::writeFile(folder + u'/' + name, test::readFile(samples.filePath(name))));
        const QString db = projectFor(folder);
        QCOMPARE(importInto(folder, db).code, 0);
        const QString file = folder + QStringLiteral("/02-halcyon-launch-frontier-daily.txt");
        const QString text = QString::fromUtf8(test::readFile(file));
        const QString quote = QStringLiteral("claiming a score of 74.1 on ReasonBench Pro");
        const TextRange range = test::rangeOf(text, quote);
        qint64 article = 0;
        for (const QJsonValue &v :
            runCli({ QStringLiteral("list"), QStringLiteral("-p"), db, QStringLiteral("--json") }).json().array()) {
            if (v[QStringLiteral("path")].toString() == file)
                article = v[QStringLiteral("id")].toInteger();
        }
        QVERIFY(article > 0);
        const CliRun tag = runCli({ QStringLiteral("tag"), QString::number(article), QStringLiteral("--range"),
            QStringLiteral("%1:%2").arg(range.start).arg(range.end), QStringLiteral("--tag"), QStringLiteral("Score"),
            QStringLiteral("--note"), QStringLiteral("vendor's own number"), QStringLiteral("-p"), db });
        QVERIFY2(tag.code == 0, qPrintable(tag.err));

        const QString output = m_dir.filePath(QStringLiteral("export.") + format);
        const CliRun r
            = runCli({ QStringLiteral("export"), format, QStringLiteral("-o"), output, QStringLiteral("-p"), db });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(output));
        if (format == QLatin1String("csv")) {
            const QStringList lines = QString::fromUtf8(test::readFile(output)).split(QStringLiteral("\r\n"));
            QCOMPARE(lines.size(), 3); // header, the span, the empty tail after the last CRLF
            QVERIFY(lines.at(0).startsWith(QStringLiteral("article,")));
            for (const QString &field : { quote, QStringLiteral("Score"), QStringLiteral("vendor's own number"),
                     QString::number(range.start), QString::number(range.end) })
                QVERIFY2(lines.at(1).contains(field), qPrintable(lines.at(1)));
        } else if (format == QLatin1String("json")) {
            const QJsonArray items = QJsonDocument::fromJson(test::readFile(output))
                                         .object()
                                         .value(QStringLiteral("first"))
                                         .toObject()
                                         .value(QStringLiteral("items"))
                                         .toArray();
            QCOMPARE(items.size(), 1);
            const QJsonArray selectors = items.at(0)[QStringLiteral("target")][QStringLiteral("selector")].toArray();
            QCOMPARE(selectors.at(0)[QStringLiteral("exact")].toString(), quote);
            QCOMPARE(selectors.at(1)[QStringLiteral("start")].toInteger(), range.start);
            QCOMPARE(selectors.at(1)[QStringLiteral("end")].toInteger(), range.end);
        } else if (format == QLatin1String("qdpx")) {
            QProcess unzip; // an independent reader of the archive
            unzip.start(QStringLiteral("unzip"), { QStringLiteral("-p"), output, QStringLiteral("project.qde") });
            QVERIFY(unzip.waitForFinished(30000));
            QCOMPARE(unzip.exitCode(), 0);
            const QString qde = QString::fromUtf8(unzip.readAllStandardOutput());
            QVERIFY(qde.contains(QStringLiteral("name=\"Score\"")));
            QCOMPARE(qde.count(QStringLiteral("<PlainTextSelection ")), 1);
            QVERIFY(qde.contains(QStringLiteral("startPosition=\"%1\"").arg(range.start)));
            QVERIFY(qde.contains(QStringLiteral("endPosition=\"%1\"").arg(range.end)));
        } else {
            const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(output);
            QVERIFY(doc && !doc->isLocked());
            QStringList contents;
            for (int i = 0; i < doc->numPages(); ++i) {
                for (const auto &ann : doc->page(i)->annotations({ Poppler::Annotation::AHighlight }))
                    contents << ann->contents();
            }
            QCOMPARE(contents.size(), 1);
            QVERIFY2(contents.at(0).contains(QStringLiteral("Score")), qPrintable(contents.at(0)));
            QVERIFY2(contents.at(0).contains(QStringLiteral("vendor's own number")), qPrintable(contents.at(0)));
        }
    }

    void compareJson()
    {
        const QString original = test::storyPath(QStringLiteral("01"));
        const QString rewrite = test::storyPath(QStringLiteral("02"));
        QVERIFY2(!original.isEmpty() && !rewrite.isEmpty(), test::missingStory(QStringLiteral("01/02")));
        const CliRun r = runCli({ QStringLiteral("compare"), original, rewrite, QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json().object();
        for (const char *key : { "a", "b", "common_words", "ops", "alignments", "only_a", "only_b", "figures" })
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o.value(QStringLiteral("common_words")).toInt() > 50);
        QVERIFY(!o.value(QStringLiteral("alignments")).toArray().isEmpty());
    }

    // Edits are made as --coder, else the name the window saved, else the login name; each
    // span says who coded it, and the tag list counts spans per coder.
    void coderOnTheCommandLine()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("coders"));
        QVERIFY(test::writeFile(folder + QStringLiteral("/launch.txt"),
            QByteArray("Halcyon launched its model on Tuesday and said 12,000 developers tried it.\n")));
        const QString db = projectFor(folder);
        QCOMPARE(importInto(folder, db).code, 0);
        const auto tag = [&db](const QString &range, const QStringList &more) {
            return runCli(QStringList { QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("--range"), range,
                              QStringLiteral("--tag"), QStringLiteral("Claims"), QStringLiteral("-p"), db }
                + more);
        };
        const CliRun ana = tag(QStringLiteral("0:7"),
            { QStringLiteral("--coder"), QStringLiteral(" Ana  Lima "), QStringLiteral("--note"),
                QStringLiteral("first mention"), QStringLiteral("--json") });
        QVERIFY2(ana.code == 0, qPrintable(ana.err));
        QCOMPARE(ana.json().object().value(QStringLiteral("coder")).toString(), QStringLiteral("Ana Lima"));
        const CliRun bob = tag(QStringLiteral("0:7"), { QStringLiteral("--coder"), QStringLiteral("bob") });
        QVERIFY2(bob.code == 0, qPrintable(bob.err));
        QVERIFY(bob.out.trimmed() != QString::number(ana.json().object().value(QStringLiteral("id")).toInteger()));
        QCOMPARE(tag(QStringLiteral("30:37"), {}).code, 0); // nobody named: the login name
        QSettings().setValue(QStringLiteral("coder/name"), QStringLiteral("Cleo"));
        QCOMPARE(tag(QStringLiteral("47:64"), {}).code, 0); // the name the window saved
        QSettings().clear();

        const CliRun show = runCli(
            { QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("-p"), db, QStringLiteral("--json") });
        QStringList coded;
        for (const QJsonValue &span : show.json().object().value(QStringLiteral("spans")).toArray()) {
            coded << QStringLiteral("%1-%2 %3 note:%4")
                         .arg(span[QStringLiteral("start")].toInteger())
                         .arg(span[QStringLiteral("end")].toInteger())
                         .arg(span[QStringLiteral("coder")].toString(),
                             span[QStringLiteral("note_coder")].isNull()
                                 ? QStringLiteral("null")
                                 : span[QStringLiteral("note_coder")].toString());
        }
        coded.sort();
        QCOMPARE(coded,
            (QStringList {
                "0-7 Ana Lima note:Ana Lima", "0-7 bob note:null", "30-37 tester note:null", "47-64 Cleo note:null" }));
        const CliRun text = runCli({ QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("-p"), db });
        QVERIFY2(
            text.out.contains(QStringLiteral("Claims (Ana Lima): \"Halcyon\" — first mention")), qPrintable(text.out));

        const CliRun tags = runCli({ QStringLiteral("tags"), QStringLiteral("-p"), db, QStringLiteral("--json") });
        const QJsonObject perCoder = tags.json().array().at(0)[QStringLiteral("coders")].toObject();
        QCOMPARE(perCoder, (QJsonObject { { "Ana Lima", 1 }, { "bob", 1 }, { "tester", 1 }, { "Cleo", 1 } }));
        QCOMPARE(tags.json().array().at(0)[QStringLiteral("spans")].toInt(), 4);

        const CliRun blank = tag(QStringLiteral("0:7"), { QStringLiteral("--coder"), QStringLiteral("  ") });
        QCOMPARE(blank.code, 2);
        QVERIFY2(blank.err.contains(QStringLiteral("--coder needs a name")), qPrintable(blank.err));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << 2
                                         << QStringLiteral("unknown command");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("list"), QStringLiteral("--bogus") } << 2
                                        << QStringLiteral("bogus");
        QTest::newRow("show without id") << QStringList { QStringLiteral("show") } << 2
                                         << QStringLiteral("missing argument");
        QTest::newRow("show bad id") << QStringList { QStringLiteral("show"), QStringLiteral("abc") } << 2
                                     << QStringLiteral("not an article id");
        QTest::newRow("tag bad range") << QStringList { QStringLiteral("tag"), QStringLiteral("1"),
            QStringLiteral("--range"), QStringLiteral("9-3"), QStringLiteral("--tag"), QStringLiteral("x") }
                                       << 2 << QStringLiteral("START:END");
        QTest::newRow("tag bad figure") << QStringList { QStringLiteral("tag"), QStringLiteral("1"),
            QStringLiteral("--range"), QStringLiteral("1:3"), QStringLiteral("--tag"), QStringLiteral("x"),
            QStringLiteral("--figure"), QStringLiteral("weight:12") }
                                        << 2 << QStringLiteral("--figure");
        QTest::newRow("missing project") << QStringList { QStringLiteral("list"), QStringLiteral("-p"),
            QStringLiteral("/nonexistent/x.db") }
                                         << 1 << QStringLiteral("/nonexistent/x.db");
        QTest::newRow("import missing folder")
            << QStringList { QStringLiteral("import"), QStringLiteral("/nonexistent/dir") } << 2
            << QStringLiteral("/nonexistent/dir");
        QTest::newRow("export unknown format") << QStringList { QStringLiteral("export"), QStringLiteral("docx"),
            QStringLiteral("-o"), QStringLiteral("x") }
                                               << 2 << QStringLiteral("unknown format");
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const CliRun r = runCli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().isEmpty(), false);
    }

    void rangeOutsideArticleFails()
    {
        const CliRun r = runCli({ QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("--range"),
            QStringLiteral("0:999999"), QStringLiteral("--tag"), QStringLiteral("x"), QStringLiteral("-p"), m_db });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("outside")));
    }

    void corruptProjectIsNamed()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.db"));
        QVERIFY(test::writeFile(bad, QByteArray("garbage, not sqlite").repeated(200)));
        const CliRun r = runCli({ QStringLiteral("list"), QStringLiteral("-p"), bad });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(bad));
    }

    // A file that is not a Crossread project, written without Crossread's code: another
    // program's SQLite database, an empty file, a text file, or nothing at all.
    static QString makeNonProject(const QString &kind, const QString &path)
    {
        if (kind == QLatin1String("sqlite")) {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
                db.setDatabaseName(path);
                if (!db.open())
                    return {};
                QSqlQuery q(db);
                q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT, minutes INTEGER)"));
                q.exec(QStringLiteral("INSERT INTO recipes VALUES ('soup', 40)"));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        } else if (kind == QLatin1String("empty")) {
            test::writeFile(path, QByteArray());
        } else if (kind == QLatin1String("text")) {
            test::writeFile(path, QByteArray("shopping list: eggs, flour\n"));
        }
        return path;
    }

    void refusesFilesThatAreNotProjects_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("reason");
        const QList<QPair<QString, QString>> kinds { { QStringLiteral("sqlite"), QStringLiteral("another program") },
            { QStringLiteral("empty"), QStringLiteral("empty") }, { QStringLiteral("text"), QStringLiteral("not a") },
            { QStringLiteral("missing"), QStringLiteral("no such project") } };
        const QList<QStringList> commands { { QStringLiteral("list") }, { QStringLiteral("show"), QStringLiteral("1") },
            { QStringLiteral("search"), QStringLiteral("soup") }, { QStringLiteral("tags") },
            { QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("--range"), QStringLiteral("0:4"),
                QStringLiteral("--tag"), QStringLiteral("Claim") },
            { QStringLiteral("figures") }, { QStringLiteral("compare"), QStringLiteral("1"), QStringLiteral("2") },
            { QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("-o"), QStringLiteral("out.csv") },
            { QStringLiteral("export"), QStringLiteral("chart"), QStringLiteral("--kind"), QStringLiteral("money"),
                QStringLiteral("-o"), QStringLiteral("out.svg") } };
        for (const auto &kind : kinds) {
            for (const QStringList &command : commands)
                QTest::addRow("%s on %s", qPrintable(command.join(u' ')), qPrintable(kind.first))
                    << kind.first << command << kind.second;
        }
        // import creates a project in a new path only; it never adopts another program's file.
        QTest::newRow("import into sqlite") << QStringLiteral("sqlite") << QStringList { QStringLiteral("import") }
                                            << QStringLiteral("another program");
        QTest::newRow("import into text")
            << QStringLiteral("text") << QStringList { QStringLiteral("import") } << QStringLiteral("not a");
    }

    void refusesFilesThatAreNotProjects()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, command);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = makeNonProject(kind, dir.filePath(QStringLiteral("project.db")));
        QVERIFY(!path.isEmpty());
        const QByteArray before = test::readFile(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QStringList args = command;
        if (command.first() == QLatin1String("import"))
            args << m_folder;
        for (QString &a : args) {
            if (a.startsWith(QLatin1String("out.")))
                a = dir.filePath(a);
        }
        const CliRun r = runCli(args + QStringList { QStringLiteral("-p"), path });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        // Nothing was written: the same bytes, no journal, no project made of a typo.
        QCOMPARE(QFileInfo::exists(path), kind != QLatin1String("missing"));
        QCOMPARE(test::readFile(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
    }

    void importCreatesAProjectInANewPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/project.db"));
        const CliRun r = runCli({ QStringLiteral("import"), m_folder, QStringLiteral("-p"), path });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const CliRun list = runCli({ QStringLiteral("list"), QStringLiteral("-p"), path, QStringLiteral("--json") });
        QCOMPARE(list.code, 0);
        QCOMPARE(list.json().array().size(), kStoryArticles);
    }

    // A REFI-QDA file from another tool starts a project of its own: the path does not exist yet
    // (on the `pg` run: an empty database).
    void importQdpxCreatesAProjectInANewPath()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("story.qdpx"));
        const CliRun exported = runCli({ QStringLiteral("export"), QStringLiteral("qdpx"), QStringLiteral("-o"),
            archive, QStringLiteral("-p"), m_db });
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        const QString project = test::newProjectLocation(dir.path(), QStringLiteral("fresh/new.db"));
        QVERIFY(!QFileInfo::exists(project));
        const CliRun r = runCli(
            { QStringLiteral("import-qdpx"), archive, QStringLiteral("-p"), project, QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("articles")).toInt(), kStoryArticles);
        const CliRun list = runCli({ QStringLiteral("list"), QStringLiteral("-p"), project, QStringLiteral("--json") });
        QCOMPARE(list.code, 0);
        QCOMPARE(list.json().array().size(), kStoryArticles);
    }

    // An article without a headline is titled by its first sentence; the analyst's title and
    // date stay over a re-import of the changed file, the fields left alone follow the file.
    void setCorrectsMetadataKeptOverReimport()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("corpus/0042_9f3ac1.txt"));
        QVERIFY(test::writeFile(file,
            "Kestrel will keep its next model closed, two people familiar with the plan said. "
            "The lab has released open weights since 2023.\n"));
        const QString db = test::newProjectLocation(dir.path(), QStringLiteral("p.db"));
        QCOMPARE(
            runCli({ QStringLiteral("import"), dir.filePath(QStringLiteral("corpus")), QStringLiteral("-p"), db }).code,
            0);
        const auto row = [&db]() {
            return runCli({ QStringLiteral("list"), QStringLiteral("-p"), db, QStringLiteral("--json") })
                .json()
                .array()
                .at(0)
                .toObject();
        };
        QCOMPARE(row()[QStringLiteral("title")].toString(),
            QStringLiteral("Kestrel will keep its next model closed, two people familiar with the plan said"));
        const QString id = QString::number(row()[QStringLiteral("id")].toInteger());

        const CliRun set = runCli({ QStringLiteral("set"), id, QStringLiteral("--title"),
            QStringLiteral("Kestrel closes up"), QStringLiteral("--published"), QStringLiteral("2026-01-05"),
            QStringLiteral("-p"), db, QStringLiteral("--json") });
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QCOMPARE(set.json().object().value(QStringLiteral("edited")).toArray(),
            QJsonArray({ QStringLiteral("title"), QStringLiteral("published") }));

        QVERIFY(test::writeFile(file,
            "By Jane Okafor\nMarch 3, 2026\n\nKestrel will keep its next model closed, three people familiar "
            "with the plan said.\n"));
        const CliRun again = runCli({ QStringLiteral("import"), dir.filePath(QStringLiteral("corpus")),
            QStringLiteral("-p"), db, QStringLiteral("--json") });
        QCOMPARE(again.json().object().value(QStringLiteral("updated")).toInt(), 1);
        const QJsonObject after = row();
        QCOMPARE(after[QStringLiteral("title")].toString(), QStringLiteral("Kestrel closes up"));
        QCOMPARE(after[QStringLiteral("published")].toString(), QStringLiteral("2026-01-05"));
        QCOMPARE(after[QStringLiteral("author")].toString(), QStringLiteral("Jane Okafor"));
    }

    void setRefuses_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("month 13") << QStringList { "1", "--published", "2026-13-01" } << 2
                                  << "--published 2026-13-01: not a date of the form YYYY-MM-DD";
        QTest::newRow("day first") << QStringList { "1", "--published", "14/06/2026" } << 2
                                   << "not a date of the form YYYY-MM-DD";
        QTest::newRow("nothing to set") << QStringList { "1" } << 2 << "nothing to set";
        QTest::newRow("not an id") << QStringList { "first", "--title", "T" } << 2 << "'first' is not an article id";
        QTest::newRow("empty title") << QStringList { "1", "--title", " " } << 2 << "an article needs a title";
        QTest::newRow("unknown id") << QStringList { "999", "--outlet", "Bytewire" } << 1 << "there is no article 999";
    }

    void setRefuses()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString before
            = runCli({ QStringLiteral("list"), QStringLiteral("-p"), m_db, QStringLiteral("--json") }).out;
        const CliRun r
            = runCli(QStringList { QStringLiteral("set") } + args + QStringList { QStringLiteral("-p"), m_db });
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (code == 1)
            QVERIFY2(r.err.contains(m_db), qPrintable(r.err));
        QCOMPARE(runCli({ QStringLiteral("list"), QStringLiteral("-p"), m_db, QStringLiteral("--json") }).out, before);
    }

    // The JSON-LD export of one project imported into another that holds the same files: the
    // span lands on its text with its tag, note and coder; a broken file is refused naming it.
    void importJsonLdOntoTheSameArticle()
    {
        QTemporaryDir dir;
        const QDir samples(QStringLiteral(CROSSREAD_SOURCE_DIR "/resources/samples"));
        const QString folder = dir.filePath(QStringLiteral("news"));
        for (const QString &name : samples.entryList(QDir::Files))
            QVERIFY(test::writeFile(folder + u'/' + name, test::readFile(samples.filePath(name))));
        const QString first = test::newProjectLocation(dir.path(), QStringLiteral("first.db"));
        const QString second = test::newProjectLocation(dir.path(), QStringLiteral("second.db"));
        QCOMPARE(runCli({ QStringLiteral("import"), folder, QStringLiteral("-p"), first }).code, 0);
        QCOMPARE(runCli({ QStringLiteral("import"), folder, QStringLiteral("-p"), second }).code, 0);
        const QString file = folder + QStringLiteral("/02-halcyon-launch-frontier-daily.txt");
        const QString quote = QStringLiteral("claiming a score of 74.1 on ReasonBench Pro");
        const TextRange range = test::rangeOf(QString::fromUtf8(test::readFile(file)), quote);
        qint64 article = 0;
        for (const QJsonValue &v :
            runCli({ QStringLiteral("list"), QStringLiteral("-p"), first, QStringLiteral("--json") }).json().array()) {
            if (v[QStringLiteral("path")].toString() == file)
                article = v[QStringLiteral("id")].toInteger();
        }
        QVERIFY(article > 0);
        QCOMPARE(runCli({ QStringLiteral("tag"), QString::number(article), QStringLiteral("--range"),
                            QStringLiteral("%1:%2").arg(range.start).arg(range.end), QStringLiteral("--tag"),
                            QStringLiteral("Score"), QStringLiteral("--note"), QStringLiteral("vendor's number"),
                            QStringLiteral("--coder"), QStringLiteral("Ana"), QStringLiteral("-p"), first })
                     .code,
            0);
        const QString jsonld = dir.filePath(QStringLiteral("spans.jsonld"));
        QCOMPARE(runCli({ QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("-o"), jsonld,
                            QStringLiteral("-p"), first })
                     .code,
            0);

        const CliRun r = runCli(
            { QStringLiteral("import-jsonld"), jsonld, QStringLiteral("-p"), second, QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject report = r.json().object();
        QCOMPARE(report[QStringLiteral("annotations")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("exact")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("orphans")].toArray().size(), 0);
        QCOMPARE(report[QStringLiteral("new_tags")].toInt(), 1);
        const QJsonObject shown = runCli({ QStringLiteral("show"), QString::number(article), QStringLiteral("-p"),
                                             second, QStringLiteral("--json") })
                                      .json()
                                      .object();
        const QJsonArray spans = shown[QStringLiteral("spans")].toArray();
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first()[QStringLiteral("text")].toString(), quote);
        QCOMPARE(spans.first()[QStringLiteral("start")].toInteger(), range.start);
        QCOMPARE(spans.first()[QStringLiteral("note")].toString(), QStringLiteral("vendor's number"));

        const QString broken = dir.filePath(QStringLiteral("broken.jsonld"));
        QVERIFY(test::writeFile(broken, QByteArray("{\"type\": \"AnnotationCollection\", ")));
        const CliRun bad = runCli({ QStringLiteral("import-jsonld"), broken, QStringLiteral("-p"), second });
        QCOMPARE(bad.code, 1);
        QVERIFY2(bad.err.contains(broken) && bad.err.contains(QStringLiteral("not JSON")), qPrintable(bad.err));
        const CliRun missing = runCli({ QStringLiteral("import-jsonld"), dir.filePath(QStringLiteral("none.jsonld")),
            QStringLiteral("-p"), second });
        QCOMPARE(missing.code, 2);
        const CliRun noProject = runCli(
            { QStringLiteral("import-jsonld"), jsonld, QStringLiteral("-p"), dir.filePath(QStringLiteral("new.db")) });
        QCOMPARE(noProject.code, 1);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("new.db"))));
    }

    void importQdpxRefusesHostileXml()
    {
        QTemporaryDir dir;
        // 20,000 nested codes with random names: deep enough to have overflowed the stack,
        // and not so compressible that the archive checks refuse it before the XML is read.
        QByteArray qde = "<Project name=\"p\"><CodeBook><Codes>";
        QRandomGenerator random(13);
        for (int i = 0; i < 20000; ++i)
            qde += "<Code name=\"" + QByteArray::number(random.generate(), 36) + "\">";
        qde += QByteArray("</Code>").repeated(20000) + "</Codes></CodeBook></Project>";
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("tree/project.qde")), qde));
        const QString archive = dir.filePath(QStringLiteral("deep.qdpx"));
        QProcess zip; // Info-ZIP, so the archive is not of Crossread's making
        zip.setWorkingDirectory(dir.filePath(QStringLiteral("tree")));
        zip.start(QStringLiteral("zip"), { QStringLiteral("-q"), archive, QStringLiteral("project.qde") });
        QVERIFY(zip.waitForFinished(30000));
        QCOMPARE(zip.exitCode(), 0);
        const QString project = dir.filePath(QStringLiteral("p.db"));
        const CliRun r = runCli({ QStringLiteral("import-qdpx"), archive, QStringLiteral("-p"), project });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(archive), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("nested more than 256 deep")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(project));
    }

    void routesToWindowOrCommandLine_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<bool>("cli");
        QTest::newRow("subcommand") << QStringLiteral("list") << true;
        QTest::newRow("mistyped word") << QStringLiteral("lsit") << true;
        QTest::newRow("unknown option") << QStringLiteral("--bogus") << true;
        QTest::newRow("language for the window") << QStringLiteral("--lang") << false;
        QTest::newRow("existing folder") << QDir::tempPath() << false;
    }

    void routesToWindowOrCommandLine()
    {
        QFETCH(QString, first);
        QFETCH(bool, cli);
        QCOMPARE(Cli::isCliInvocation(first), cli);
    }

    // docs/crossread.1 documents every subcommand with every option its own --help lists,
    // and the version the program reports.
    void manPageCoversTheCommandLine()
    {
        QString page = QString::fromUtf8(test::readFile(QStringLiteral(CROSSREAD_SOURCE_DIR "/docs/crossread.1")));
        QVERIFY2(!page.isEmpty(), "docs/crossread.1 is missing");
        page.replace(QStringLiteral("\\-"), QStringLiteral("-")); // roff's escaped hyphen
        QVERIFY(page.contains(QStringLiteral("\n.TH CROSSREAD 1 ")));
        QVERIFY2(page.contains(QStringLiteral("\"Crossread %1\"").arg(QStringLiteral(CROSSREAD_VERSION))),
            "the .TH line names another version");
        const QStringList lines = page.split(u'\n');
        // The .SS section of a command: its lines up to the next .SS or .SH.
        const auto section = [&lines](const QString &heading) {
            QStringList out;
            bool inside = false;
            for (const QString &line : lines) {
                if (line.startsWith(QLatin1String(".SS ")) || line.startsWith(QLatin1String(".SH ")))
                    inside = line.startsWith(heading);
                if (inside)
                    out << line;
            }
            return out.join(u'\n');
        };
        static const QRegularExpression option(
            QStringLiteral("^\\s+(?:(-\\w), )?(--[\\w-]+)"), QRegularExpression::MultilineOption);
        QStringList commands = Cli::subcommands();
        commands << QStringLiteral("export chart");
        for (const QString &command : std::as_const(commands)) {
            const QString heading = command == QLatin1String("export") ? QStringLiteral(".SS \"export pdf|")
                                                                       : QStringLiteral(".SS \"%1 ").arg(command);
            const QString text = section(heading);
            QVERIFY2(!text.isEmpty(), qPrintable(QStringLiteral("no section %1\"").arg(heading)));
            const CliRun help = runCli(command.split(u' ') + QStringList { QStringLiteral("--help") });
            QCOMPARE(help.code, 0);
            int options = 0;
            for (const QRegularExpressionMatch &m : option.globalMatch(help.out)) {
                if (m.captured(2) == QLatin1String("--help"))
                    continue; // documented once, under OPTIONS
                ++options;
                const bool named
                    = text.contains(m.captured(2)) || (!m.captured(1).isEmpty() && text.contains(m.captured(1) + u' '));
                QVERIFY2(named, qPrintable(QStringLiteral("%1 %2 is not in its section").arg(command, m.captured(2))));
            }
            QVERIFY2(options > 0, qPrintable(help.out));
        }
    }

    void helpAndVersion()
    {
        QCOMPARE(runCli({ QStringLiteral("--help") }).code, 0);
        QVERIFY(runCli({ QStringLiteral("--help") }).out.contains(QStringLiteral("crossread import")));
        QVERIFY(runCli({ QStringLiteral("--version") }).out.startsWith(QStringLiteral("crossread ")));
        QCOMPARE(runCli({ QStringLiteral("list"), QStringLiteral("--help") }).code, 0);
    }
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
