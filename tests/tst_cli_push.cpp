// crossread push and pull: a project file copied to a team server's database and back keeps its
// articles, versions, tags, spans with their coders and notes, and figure corrections; a target
// that already holds a project is refused. Needs a server: runs in the `pg` run only (the file
// run skips, saying so). Runs Cli::run in-process; projects are compared through their own reads.
#include "ServerTestSupport.h"
#include "CliTestSupport.h"
#include "TestSupport.h"

#include "cli/Cli.h"
#include "store/Project.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace crossread;

namespace {

using test::CliRun;
using test::runCli;

// Everything an analyst made in a project, one line a row, read through Project.
QStringList dump(const QString &location)
{
    Project p;
    if (!p.open(location))
        return { QStringLiteral("cannot open: ") + p.error() };
    QStringList out;
    for (qint64 id : p.articles().ids()) {
        const Article a = p.articles().article(id);
        out << QStringLiteral("article %1 %2 \"%3\" v%4 %5 chars")
                   .arg(id)
                   .arg(a.path, a.title)
                   .arg(p.versions().currentVersion(id))
                   .arg(a.text.size());
        for (const ArticleVersion &v : p.versions().versions(id))
            out << QStringLiteral("version %1.%2 %3").arg(id).arg(v.number).arg(QString::fromLatin1(v.contentHash));
    }
    for (const Tag &t : p.tags().tags())
        out << QStringLiteral("tag %1 %2 %3 %4").arg(t.id).arg(t.parentId).arg(t.name, t.color.name());
    for (const Span &s : p.spans().allSpans()) {
        QStringList tags;
        for (qint64 t : s.tagIds)
            tags << QString::number(t);
        out << QStringLiteral("span %1 a%2 %3-%4 [%5] by %6 note \"%7\" by %8 quote \"%9\"")
                   .arg(s.id)
                   .arg(s.articleId)
                   .arg(s.start)
                   .arg(s.end)
                   .arg(tags.join(u','), s.author, s.note, s.noteAuthor, s.quote);
    }
    for (const Figure &f : p.figures().manualFigures())
        out << QStringLiteral("figure %1 span%2 %3 \"%4\" by %5")
                   .arg(f.id)
                   .arg(f.spanId)
                   .arg(f.value)
                   .arg(f.label, f.author);
    return out;
}

} // namespace

class TestCliPush : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    QString m_db;

private slots:
    void initTestCase()
    {
        if (!test::onServer())
            QSKIP("push and pull need a PostgreSQL server: the pg run of this test (CROSSREAD_TEST_PG) has one");
        CROSSREAD_REQUIRE_SERVER_IF_ASKED();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CrossreadTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_cli_push"));
        QSettings().clear();
        qputenv("CROSSREAD_USER", "tester");
        // A project file with two versions of an article, two coders' spans, a note and a figure.
        m_file = m_dir.filePath(QStringLiteral("news/kestrel.txt"));
        m_db = m_dir.filePath(QStringLiteral("news/project.db"));
        QVERIFY(
            test::writeFile(m_file, test::readFile(test::dataPath(QStringLiteral("versions/kestrel-round-v1.txt")))));
        QCOMPARE(runCli({ QStringLiteral("import"), m_file, QStringLiteral("-p"), m_db }).code, 0);
        for (const auto &[range, coder] :
            { std::pair { "0:7", "ana" }, std::pair { "0:7", "ben" }, std::pair { "10:30", "ben" } }) {
            const CliRun tag = runCli({ QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("--range"),
                QLatin1String(range), QStringLiteral("--tag"), QStringLiteral("claim"), QStringLiteral("--coder"),
                QLatin1String(coder), QStringLiteral("--note"), QStringLiteral("check ") + QLatin1String(coder),
                QStringLiteral("-p"), m_db });
            QVERIFY2(tag.code == 0, qPrintable(tag.err));
        }
        const CliRun figure = runCli({ QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("--range"),
            QStringLiteral("10:30"), QStringLiteral("--tag"), QStringLiteral("money"), QStringLiteral("--figure"),
            QStringLiteral("money:14e9:raised"), QStringLiteral("--coder"), QStringLiteral("ana"), QStringLiteral("-p"),
            m_db });
        QVERIFY2(figure.code == 0, qPrintable(figure.err));
        QVERIFY(
            test::writeFile(m_file, test::readFile(test::dataPath(QStringLiteral("versions/kestrel-round-v2.txt")))));
        QCOMPARE(runCli({ QStringLiteral("import"), m_file, QStringLiteral("-p"), m_db }).code, 0);
    }

    void pushThenPullKeepsEverything()
    {
        const QStringList before = dump(m_db);
        QVERIFY2(before.filter(QStringLiteral("version 1.")).size() == 2, qPrintable(before.join(u'\n')));
        QCOMPARE(before.filter(QStringLiteral("figure ")).size(), 1);
        QCOMPARE(before.filter(QStringLiteral(" by ben note \"check ben\" by ben")).size(), 2);

        const QString server = test::newProjectLocation(m_dir.path());
        const CliRun push
            = runCli({ QStringLiteral("push"), QStringLiteral("-p"), m_db, QStringLiteral("--to"), server });
        QVERIFY2(push.code == 0, qPrintable(push.err));
        QCOMPARE(dump(server), before);

        const QString back = m_dir.filePath(QStringLiteral("back/project.db"));
        const CliRun pull
            = runCli({ QStringLiteral("pull"), QStringLiteral("-p"), server, QStringLiteral("--to"), back });
        QVERIFY2(pull.code == 0, qPrintable(pull.err));
        QCOMPARE(dump(back), before);

        // The copy goes on: new rows get new ids on the server (its sequences moved past the copied ones).
        const CliRun tag = runCli({ QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("--range"),
            QStringLiteral("40:50"), QStringLiteral("--tag"), QStringLiteral("claim"), QStringLiteral("-p"), server });
        QVERIFY2(tag.code == 0, qPrintable(tag.err));
        QCOMPARE(dump(server).size(), before.size() + 1);
    }

    void targetHoldingAProjectIsRefused()
    {
        const QString server = test::newProjectLocation(m_dir.path());
        QCOMPARE(
            runCli({ QStringLiteral("push"), QStringLiteral("-p"), m_db, QStringLiteral("--to"), server }).code, 0);
        const QStringList pushed = dump(server);
        const CliRun again
            = runCli({ QStringLiteral("push"), QStringLiteral("-p"), m_db, QStringLiteral("--to"), server });
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already holds a project")), qPrintable(again.err));
        QCOMPARE(dump(server), pushed);
        // Pulling onto an existing project file is refused alike.
        const CliRun pull
            = runCli({ QStringLiteral("pull"), QStringLiteral("-p"), server, QStringLiteral("--to"), m_db });
        QCOMPARE(pull.code, 1);
        QVERIFY2(pull.err.contains(QStringLiteral("already holds a project")), qPrintable(pull.err));
    }

    void wrongDirectionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("push to a file") << QStringList { "push", "-p", "a.db", "--to", "b.db" };
        QTest::newRow("pull to a URL") << QStringList { "pull", "-p", "postgresql://h/x", "--to", "postgresql://h/y" };
        QTest::newRow("no target") << QStringList { "push", "-p", "a.db" };
    }

    void wrongDirectionsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QCOMPARE(runCli(args).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliPush)
#include "tst_cli_push.moc"
