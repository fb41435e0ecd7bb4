// The agreement command: JSON and terminal output on a project coded by two coders from the
// command line, bad arguments, and coders that survive a REFI-QDA export and import.
#include "ServerTestSupport.h"
#include "CliTestSupport.h"
#include "TestSupport.h"

#include "cli/Cli.h"
#include "store/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace crossread;

namespace {

using test::CliRun;
using test::runCli;

QJsonObject rowOf(const QJsonObject &report, const QString &tag)
{
    for (const QJsonValue &v : report.value(QStringLiteral("tags")).toArray()) {
        if (v[QStringLiteral("tag")].toString() == tag)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCliAgreement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    CliRun code(const QString &range, const QString &tag, const QString &coder)
    {
        return runCli({ QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("--range"), range,
            QStringLiteral("--tag"), tag, QStringLiteral("--coder"), coder, QStringLiteral("-p"), m_db });
    }

private slots:
    void initTestCase()
    {
        CROSSREAD_REQUIRE_SERVER_IF_ASKED();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CrossreadTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_cli_agreement"));
        QSettings().clear();
        qputenv("CROSSREAD_USER", "tester");
        // An article of exactly 24 code points, the length of Krippendorff's (1995, p. 57)
        // example continuum; bertha and bill code it as his observers do in example A.
        const QString folder = m_dir.filePath(QStringLiteral("corpus"));
        QVERIFY(test::writeFile(folder + QStringLiteral("/memo.txt"), QByteArray("Nine labs; two said no.\n")));
        m_db = test::onServer() ? test::newProjectLocation(folder) : Project::projectPathForFolder(folder);
        QCOMPARE(runCli({ QStringLiteral("import"), folder, QStringLiteral("-p"), m_db }).code, 0);
        const CliRun list = runCli({ QStringLiteral("list"), QStringLiteral("-p"), m_db, QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().at(0)[QStringLiteral("chars")].toInt(), 24);
        for (const auto &[range, coder] : { std::pair { "2:10", "bertha" }, std::pair { "14:20", "bertha" },
                 std::pair { "4:8", "bill" }, std::pair { "15:17", "bill" } }) {
            const CliRun r = code(QString::fromLatin1(range), QStringLiteral("Claims"), QString::fromLatin1(coder));
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        // A tag only bertha used: one coder only.
        QCOMPARE(code(QStringLiteral("0:6"), QStringLiteral("Figures"), QStringLiteral("bertha")).code, 0);
        // Someone else's coding is not part of the comparison.
        QCOMPARE(code(QStringLiteral("0:24"), QStringLiteral("Claims"), QStringLiteral("cleo")).code, 0);
    }

    void json()
    {
        const CliRun r = runCli({ QStringLiteral("agreement"), QStringLiteral("--coders"),
            QStringLiteral("bertha,bill"), QStringLiteral("-p"), m_db, QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject report = r.json().object();
        QCOMPARE(report.value(QStringLiteral("coders")).toArray(), (QJsonArray { "bertha", "bill" }));
        QCOMPARE(report.value(QStringLiteral("tags")).toArray().size(), 2);
        // Krippendorff (1995, p. 57): kappa .385 for example A; 16 of 24 positions agree.
        const QJsonObject claims = rowOf(report, QStringLiteral("Claims"));
        QCOMPARE(claims.value(QStringLiteral("percent")).toDouble(), 66.67);
        QCOMPARE(claims.value(QStringLiteral("kappa")).toDouble(), 0.3846);
        QVERIFY(claims.value(QStringLiteral("alpha_u")).isDouble());
        QCOMPARE(claims.value(QStringLiteral("characters")).toInt(), 24);
        QCOMPARE(claims.value(QStringLiteral("coded")).toObject(), (QJsonObject { { "bertha", 14 }, { "bill", 6 } }));
        // One coder only: 18 of 24 agree (not coded), and chance explains all of it.
        const QJsonObject figures = rowOf(report, QStringLiteral("Figures"));
        QCOMPARE(figures.value(QStringLiteral("percent")).toDouble(), 75.0);
        QCOMPARE(figures.value(QStringLiteral("kappa")).toDouble(), 0.0);
        const QJsonObject overall = report.value(QStringLiteral("overall")).toObject();
        for (const char *key : { "percent", "kappa", "alpha_u", "characters" })
            QVERIFY2(overall.contains(QLatin1String(key)), key);
        QCOMPARE(overall.value(QStringLiteral("percent")).toDouble(), 70.83); // (16 + 18) of 48

        const CliRun one = runCli({ QStringLiteral("agreement"), QStringLiteral("--coders"),
            QStringLiteral("bertha,bill"), QStringLiteral("--tag"), QStringLiteral("claims"),
            QStringLiteral("--article"), QStringLiteral("1"), QStringLiteral("-p"), m_db, QStringLiteral("--json") });
        QVERIFY2(one.code == 0, qPrintable(one.err));
        QCOMPARE(one.json().object().value(QStringLiteral("tags")).toArray().size(), 1);
        QCOMPARE(one.json().object().value(QStringLiteral("overall"))[QStringLiteral("kappa")].toDouble(), 0.3846);
    }

    void terminal()
    {
        const CliRun r = runCli({ QStringLiteral("agreement"), QStringLiteral("--coders"),
            QStringLiteral("bertha,bill"), QStringLiteral("-p"), m_db });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("bertha, bill over 1 article (24 characters)")), qPrintable(r.out));
        const QStringList lines = r.out.split(u'\n');
        const auto claims = std::find_if(
            lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(QStringLiteral("Claims")); });
        QVERIFY2(claims != lines.cend(), qPrintable(r.out));
        QVERIFY2(claims->contains(QStringLiteral("66.67%")) && claims->contains(QStringLiteral("0.385"))
                && claims->contains(QStringLiteral("14 / 6")),
            qPrintable(*claims));

        const CliRun three = runCli({ QStringLiteral("agreement"), QStringLiteral("--coders"),
            QStringLiteral("bertha,bill,cleo"), QStringLiteral("-p"), m_db });
        QCOMPARE(three.code, 0);
        QVERIFY(three.out.contains(QStringLiteral("means over the pairs of coders")));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no coders") << QStringList {} << 2 << QStringLiteral("--coders is required");
        QTest::newRow("one coder") << QStringList { "--coders", "bertha" } << 2
                                   << QStringLiteral("two or more different coders");
        QTest::newRow("the same coder twice")
            << QStringList { "--coders", "bill,bill" } << 2 << QStringLiteral("two or more different coders");
        QTest::newRow("an empty name") << QStringList { "--coders", "bertha,,bill" } << 2
                                       << QStringLiteral("a coder's name is empty");
        QTest::newRow("an article id that is no number") << QStringList { "--coders", "bertha,bill", "--article", "x" }
                                                         << 2 << QStringLiteral("'x' is not an article id");
        QTest::newRow("a positional argument")
            << QStringList { "--coders", "bertha,bill", "extra" } << 2 << QStringLiteral("unexpected argument 'extra'");
        QTest::newRow("an unknown tag") << QStringList { "--coders", "bertha,bill", "--tag", "Nope" } << 1
                                        << QStringLiteral("no tag 'Nope'");
        QTest::newRow("an unknown article")
            << QStringList { "--coders", "bertha,bill", "--article", "99" } << 1 << QStringLiteral("no article 99");
    }

    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const CliRun r = runCli(QStringList { QStringLiteral("agreement"), QStringLiteral("-p"), m_db } + args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (code == 2)
            QVERIFY2(r.err.contains(QStringLiteral("usage: crossread agreement")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void coderWithoutSpansIsNamed()
    {
        const CliRun r = runCli({ QStringLiteral("agreement"), QStringLiteral("--coders"), QStringLiteral("bertha,zoe"),
            QStringLiteral("-p"), m_db, QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("zoe has coded nothing")), qPrintable(r.err));
    }

    // Coders travel through REFI-QDA: exported as Users and creatingUser, imported into a new
    // project as the spans' coders, the agreement there is the same.
    void coderRoundTripThroughQdpx()
    {
        const QString qdpx = m_dir.filePath(QStringLiteral("coded.qdpx"));
        const CliRun exported = runCli({ QStringLiteral("export"), QStringLiteral("qdpx"), QStringLiteral("-o"), qdpx,
            QStringLiteral("-p"), m_db });
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        const QString copy = m_dir.filePath(QStringLiteral("copy/project.db"));
        const CliRun imported = runCli({ QStringLiteral("import-qdpx"), qdpx, QStringLiteral("-p"), copy,
            QStringLiteral("--coder"), QStringLiteral("importer") });
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const QStringList args { QStringLiteral("agreement"), QStringLiteral("--coders"), QStringLiteral("bertha,bill"),
            QStringLiteral("--json"), QStringLiteral("-p") };
        const CliRun before = runCli(args + QStringList { m_db });
        const CliRun after = runCli(args + QStringList { copy });
        QVERIFY2(after.code == 0, qPrintable(after.err));
        QVERIFY2(!after.err.contains(QStringLiteral("coded nothing")), qPrintable(after.err));
        QCOMPARE(
            after.json().object().value(QStringLiteral("tags")), before.json().object().value(QStringLiteral("tags")));
        QCOMPARE(after.json().object().value(QStringLiteral("overall")),
            before.json().object().value(QStringLiteral("overall")));
    }
};

QTEST_GUILESS_MAIN(TestCliAgreement)
#include "tst_cli_agreement.moc"
