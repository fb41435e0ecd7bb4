// `crossread claims` and `crossread similar` on the four outlets of tests/data/claims: JSON
// shapes, readable terminal output, and usage errors. Runs Cli::run in-process.
#include "ServerTestSupport.h"
#include "CliTestSupport.h"
#include "TestSupport.h"

#include "cli/Cli.h"
#include "store/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace crossread;

namespace {

using test::CliRun;
using test::runCli;

} // namespace

class TestCliClaims : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QHash<QString, qint64> m_ids; // by file name

private slots:
    void initTestCase();
    void claimsJson();
    void claimsTerminal();
    void similarJson();
    void similarTerminal();
    void errors_data();
    void errors();
};

void TestCliClaims::initTestCase()
{
    CROSSREAD_REQUIRE_SERVER_IF_ASKED();
    const QString folder = m_dir.filePath(QStringLiteral("corpus"));
    for (const char *name :
        { "1-lattice-post.txt", "2-fennel-report.txt", "3-northgate-wire.md", "4-harrow-dispatch.txt" })
        QVERIFY(test::writeFile(folder + u'/' + QLatin1String(name),
            test::readFile(test::dataPath(QStringLiteral("claims/") + QLatin1String(name)))));
    m_db = test::onServer() ? test::newProjectLocation(folder) : Project::projectPathForFolder(folder);
    QCOMPARE(runCli({ QStringLiteral("import"), folder, QStringLiteral("-p"), m_db }).code, 0);
    const CliRun list = runCli({ QStringLiteral("list"), QStringLiteral("-p"), m_db, QStringLiteral("--json") });
    for (const QJsonValue &a : list.json().array())
        m_ids.insert(QFileInfo(a[QStringLiteral("path")].toString()).fileName(), a[QStringLiteral("id")].toInteger());
    QCOMPARE(m_ids.size(), 4);
}

void TestCliClaims::claimsJson()
{
    const CliRun r = runCli({ QStringLiteral("claims"), QStringLiteral("-p"), m_db, QStringLiteral("--min-support"),
        QStringLiteral("2"), QStringLiteral("--json") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray rows = r.json().array();
    // The headline, the deal, the founder, the score, the cloud offer, the regulators.
    QCOMPARE(rows.size(), 6);
    QJsonObject deal;
    for (const QJsonValue &row : rows)
        if (row[QStringLiteral("cells")][0][QStringLiteral("sentences")][0][QStringLiteral("text")].toString().contains(
                QStringLiteral("invested more than")))
            deal = row.toObject();
    QVERIFY(!deal.isEmpty());
    QCOMPARE(deal[QStringLiteral("support")].toInt(), 4);
    QCOMPARE(deal[QStringLiteral("conflict")].toBool(), false);
    const QJsonArray cells = deal[QStringLiteral("cells")].toArray();
    QCOMPARE(cells.size(), 4);
    QStringList sentenceCounts;
    for (const QJsonValue &cell : cells)
        sentenceCounts << QStringLiteral("%1:%2")
                              .arg(cell[QStringLiteral("article")].toInteger())
                              .arg(cell[QStringLiteral("sentences")].toArray().size());
    QCOMPARE(sentenceCounts,
        (QStringList { QStringLiteral("%1:1").arg(m_ids.value(QStringLiteral("1-lattice-post.txt"))),
            QStringLiteral("%1:2").arg(m_ids.value(QStringLiteral("2-fennel-report.txt"))),
            QStringLiteral("%1:1").arg(m_ids.value(QStringLiteral("3-northgate-wire.md"))),
            QStringLiteral("%1:2").arg(m_ids.value(QStringLiteral("4-harrow-dispatch.txt"))) }));
    // A cell's sentence offsets are code points of the stored text (ASCII here).
    const QJsonObject second = cells[1][QStringLiteral("sentences")][1].toObject();
    const QString fennel
        = QString::fromUtf8(test::readFile(test::dataPath(QStringLiteral("claims/2-fennel-report.txt"))));
    QCOMPARE(second[QStringLiteral("text")].toString(),
        QStringLiteral("It paid $6.2 billion for a 30% non-voting stake, valuing the lab at $20 billion."));
    QCOMPARE(fennel.mid(second[QStringLiteral("start")].toInt(),
                 second[QStringLiteral("end")].toInt() - second[QStringLiteral("start")].toInt()),
        second[QStringLiteral("text")].toString());
    // The money figures: "more than $6 billion" and "$6.2 billion" are compatible.
    QStringList money;
    for (const QJsonValue &f : deal[QStringLiteral("figures")].toArray())
        if (f[QStringLiteral("text")].toString().startsWith(u'$'))
            money << QStringLiteral("%1 %2 %3")
                         .arg(f[QStringLiteral("text")].toString(),
                             QString::number(f[QStringLiteral("value")].toDouble(), 'f', 0),
                             f[QStringLiteral("status")].toString());
    QCOMPARE(money,
        (QStringList { "$6 billion 6000000000 compatible", "$20 billion 20000000000 compatible",
            "$6.2 billion 6200000000 compatible", "$20 billion 20000000000 compatible",
            "$6.2 billion 6200000000 compatible", "$20 billion 20000000000 compatible",
            "$6 billion 6000000000 compatible", "$20 billion 20000000000 compatible" }));
}

void TestCliClaims::claimsTerminal()
{
    const QString lattice = QString::number(m_ids.value(QStringLiteral("1-lattice-post.txt")));
    const QString fennel = QString::number(m_ids.value(QStringLiteral("2-fennel-report.txt")));
    const CliRun r = runCli({ QStringLiteral("claims"), lattice, fennel, QStringLiteral("-p"), m_db });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("  [2] article %1: Fennel Report — Marrow Labs sells a minority stake to "
                                           "Corvid Cloud\n")
                                .arg(fennel)),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral(" · 2 of 2 sources · FIGURES CONFLICT\n"
                                           "  [1] The lab's newest model, Heron, scored 71.4 on the Quill Reasoning "
                                           "Suite, ahead of every open model the lab had tested.\n"
                                           "  [2] Heron, the lab's latest model, reached 74.1 on the Quill Reasoning "
                                           "Suite.\n"
                                           "  figures: [1] 71.4 (conflict), [2] 74.1 (conflict)\n")),
        qPrintable(r.out));
}

void TestCliClaims::similarJson()
{
    const qint64 northgate = m_ids.value(QStringLiteral("3-northgate-wire.md"));
    const QString text
        = QString::fromUtf8(test::readFile(test::dataPath(QStringLiteral("claims/3-northgate-wire.md"))));
    const qint64 at = text.indexOf(QStringLiteral("posted 71.4"));
    const CliRun r = runCli({ QStringLiteral("similar"), QString::number(northgate), QStringLiteral("--range"),
        QStringLiteral("%1:%1").arg(at), QStringLiteral("-p"), m_db, QStringLiteral("--json") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = r.json().object();
    QCOMPARE(o[QStringLiteral("article")].toInteger(), northgate);
    QCOMPARE(o[QStringLiteral("text")].toString(),
        QStringLiteral("Heron, Marrow's most capable model so far, posted 71.4 on the Quill Reasoning Suite."));
    const QJsonArray similar = o[QStringLiteral("similar")].toArray();
    QVERIFY(similar.size() >= 2);
    QCOMPARE(similar[0][QStringLiteral("article")].toInteger(), m_ids.value(QStringLiteral("1-lattice-post.txt")));
    QCOMPARE(similar[0][QStringLiteral("conflict")].toBool(), false);
    QCOMPARE(similar[0][QStringLiteral("figures")][0][QStringLiteral("status")].toString(), QStringLiteral("agree"));
    QCOMPARE(similar[1][QStringLiteral("article")].toInteger(), m_ids.value(QStringLiteral("2-fennel-report.txt")));
    QCOMPARE(similar[1][QStringLiteral("text")].toString(),
        QStringLiteral("Heron, the lab's latest model, reached 74.1 on the Quill Reasoning Suite."));
    QCOMPARE(similar[1][QStringLiteral("conflict")].toBool(), true);
    QCOMPARE(similar[1][QStringLiteral("figures")][0][QStringLiteral("other")].toString(), QStringLiteral("74.1"));
}

void TestCliClaims::similarTerminal()
{
    const qint64 fennel = m_ids.value(QStringLiteral("2-fennel-report.txt"));
    const QString text
        = QString::fromUtf8(test::readFile(test::dataPath(QStringLiteral("claims/2-fennel-report.txt"))));
    const qint64 at = text.indexOf(QStringLiteral("employs about 400"));
    const CliRun r = runCli({ QStringLiteral("similar"), QString::number(fennel), QStringLiteral("--range"),
        QStringLiteral("%1:%2").arg(at).arg(at + 5), QStringLiteral("-p"), m_db });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out,
        QStringLiteral("article %1, %2–%3: Marrow Labs was founded in 2021 and employs about 400 people.\n"
                       "No other article says this.\n")
            .arg(fennel)
            .arg(text.indexOf(QStringLiteral("Marrow Labs was founded")))
            .arg(text.indexOf(QStringLiteral("people.")) + 7));
}

void TestCliClaims::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("claims of one article")
        << QStringList { QStringLiteral("claims"), QStringLiteral("1") } << 2 << QStringLiteral("two articles or more");
    QTest::newRow("claims bad id") << QStringList { QStringLiteral("claims"), QStringLiteral("1"), QStringLiteral("x") }
                                   << 2 << QStringLiteral("'x' is not an article id");
    QTest::newRow("claims bad support") << QStringList { QStringLiteral("claims"), QStringLiteral("--min-support"),
        QStringLiteral("0") } << 2 << QStringLiteral("--min-support");
    QTest::newRow("claims missing article") << QStringList { QStringLiteral("claims"), QStringLiteral("1"),
        QStringLiteral("99") } << 1 << QStringLiteral("no article 99");
    QTest::newRow("similar without range")
        << QStringList { QStringLiteral("similar"), QStringLiteral("1") } << 2 << QStringLiteral("--range is required");
    QTest::newRow("similar bad range") << QStringList { QStringLiteral("similar"), QStringLiteral("1"),
        QStringLiteral("--range"), QStringLiteral("9-3") }
                                       << 2 << QStringLiteral("START:END");
    QTest::newRow("similar reversed range") << QStringList { QStringLiteral("similar"), QStringLiteral("1"),
        QStringLiteral("--range"), QStringLiteral("9:3") }
                                            << 2 << QStringLiteral("END must not be before START");
    QTest::newRow("similar missing article") << QStringList { QStringLiteral("similar"), QStringLiteral("99"),
        QStringLiteral("--range"), QStringLiteral("0:5") }
                                             << 1 << QStringLiteral("no article 99");
    QTest::newRow("similar beyond the text") << QStringList { QStringLiteral("similar"), QStringLiteral("1"),
        QStringLiteral("--range"), QStringLiteral("90000:90001") }
                                             << 1 << QStringLiteral("has no sentence");
}

void TestCliClaims::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const CliRun r = runCli(args + QStringList { QStringLiteral("-p"), m_db });
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliClaims)
#include "tst_cli_claims.moc"
