// The command line over versions of articles: import of a changed file, versions ID, show ID
// --version N, show --json with each span's anchor, and orphans, on the hand-written article pair
// in tests/data/versions with outcomes written by hand. Runs Cli::run in-process.
#include "ServerTestSupport.h"
#include "CliTestSupport.h"
#include "TestSupport.h"

#include "cli/Cli.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace crossread;

namespace {

using test::CliRun;
using test::runCli;

QByteArray versionFile(const char *name)
{
    return test::readFile(test::dataPath(QStringLiteral("versions/") + QLatin1String(name)));
}

// "[START:END]" of the first occurrence of PHRASE in the v1 file (ASCII up to it: code points).
QString rangeIn(const QByteArray &text, const QByteArray &phrase)
{
    const qsizetype at = QString::fromUtf8(text).indexOf(QString::fromUtf8(phrase));
    return QStringLiteral("%1:%2").arg(at).arg(at + QString::fromUtf8(phrase).size());
}

} // namespace

class TestCliVersions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    QString m_db;

private slots:
    void initTestCase()
    {
        CROSSREAD_REQUIRE_SERVER_IF_ASKED();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CrossreadTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_cli_versions"));
        QSettings().clear();
        qputenv("CROSSREAD_USER", "tester");
        m_file = m_dir.filePath(QStringLiteral("news/kestrel.txt"));
        m_db = test::newProjectLocation(m_dir.filePath(QStringLiteral("news/.crossread")));
        const QByteArray v1 = versionFile("kestrel-round-v1.txt");
        QVERIFY(test::writeFile(m_file, v1));
        QCOMPARE(runCli({ QStringLiteral("import"), m_file, QStringLiteral("-p"), m_db }).code, 0);
        // Three spans on v1: one kept, one whose figure is corrected, one whose paragraph goes.
        for (const char *phrase :
            { "Tidemark Research", "$14 billion from a group", "Kestrel's revenue rose 38% to $2.1 billion" }) {
            const CliRun tag = runCli({ QStringLiteral("tag"), QStringLiteral("1"), QStringLiteral("--range"),
                rangeIn(v1, phrase), QStringLiteral("--tag"), QStringLiteral("claim"), QStringLiteral("-p"), m_db });
            QVERIFY2(tag.code == 0, qPrintable(tag.err));
        }
        QVERIFY(test::writeFile(m_file, versionFile("kestrel-round-v2.txt")));
    }

    void importReportsVersionAndOrphan()
    {
        const CliRun r
            = runCli({ QStringLiteral("import"), m_file, QStringLiteral("-p"), m_db, QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("versions")).toInt(), 1);
        const QJsonObject counts = o.value(QStringLiteral("reanchored")).toObject();
        QCOMPARE(counts.value(QStringLiteral("relocated")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("fuzzy")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("orphan")).toInt(), 1);
        const QJsonArray orphans = o.value(QStringLiteral("orphans")).toArray();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.at(0).toObject().value(QStringLiteral("span")).toInt(), 3);
        QCOMPARE(orphans.at(0).toObject().value(QStringLiteral("text")).toString(),
            QStringLiteral("Kestrel's revenue rose 38% to $2.1 billion"));
    }

    void versionsListsBoth()
    {
        const CliRun r = runCli(
            { QStringLiteral("versions"), QStringLiteral("1"), QStringLiteral("-p"), m_db, QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("current")).toBool(), false);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("hash")).toString(),
            QString::fromLatin1(
                QCryptographicHash::hash(versionFile("kestrel-round-v1.txt"), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("current")).toBool(), true);
        const CliRun text = runCli({ QStringLiteral("versions"), QStringLiteral("1"), QStringLiteral("-p"), m_db });
        QCOMPARE(text.code, 0);
        QCOMPARE(text.out.count(u'\n'), 2);
        QVERIFY(text.out.contains(QStringLiteral("current")));
        QCOMPARE(runCli({ QStringLiteral("versions"), QStringLiteral("9"), QStringLiteral("-p"), m_db }).code, 1);
        QCOMPARE(runCli({ QStringLiteral("versions"), QStringLiteral("x"), QStringLiteral("-p"), m_db }).code, 2);
    }

    void showPrintsAnEarlierVersion()
    {
        const CliRun r = runCli({ QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--version"),
            QStringLiteral("1"), QStringLiteral("-p"), m_db, QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("text")).toString(),
            QString::fromUtf8(versionFile("kestrel-round-v1.txt")));
        QCOMPARE(r.json().object().value(QStringLiteral("current")).toBool(), false);
        const CliRun plain = runCli({ QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--version"),
            QStringLiteral("1"), QStringLiteral("-p"), m_db });
        QVERIFY(plain.out.contains(QStringLiteral("raises $14 billion to build Tern")));
        const CliRun missing = runCli({ QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--version"),
            QStringLiteral("3"), QStringLiteral("-p"), m_db });
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no version '3'")));
    }

    void showGivesEachSpanItsAnchor()
    {
        const CliRun r = runCli(
            { QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("-p"), m_db, QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject article = r.json().object();
        QCOMPARE(article.value(QStringLiteral("version")).toInt(), 2);
        const QString v2 = QString::fromUtf8(versionFile("kestrel-round-v2.txt"));
        QHash<int, QJsonObject> spans;
        for (const QJsonValue &v : article.value(QStringLiteral("spans")).toArray())
            spans.insert(v.toObject().value(QStringLiteral("id")).toInt(), v.toObject());
        QCOMPARE(spans.size(), 3);
        const QJsonObject moved = spans.value(1);
        QCOMPARE(moved.value(QStringLiteral("anchor")).toString(), QStringLiteral("relocated"));
        QCOMPARE(moved.value(QStringLiteral("start")).toInt(), v2.indexOf(QStringLiteral("Tidemark Research")));
        QVERIFY(!moved.contains(QStringLiteral("quote"))); // its text is what was coded
        const QJsonObject corrected = spans.value(2);
        QCOMPARE(corrected.value(QStringLiteral("anchor")).toString(), QStringLiteral("fuzzy"));
        QCOMPARE(corrected.value(QStringLiteral("text")).toString(), QStringLiteral("$14.3 billion from a group"));
        QCOMPARE(corrected.value(QStringLiteral("quote")).toString(), QStringLiteral("$14 billion from a group"));
        QCOMPARE(corrected.value(QStringLiteral("start")).toInt(), v2.indexOf(QStringLiteral("$14.3 billion from")));
        const double confidence = corrected.value(QStringLiteral("confidence")).toDouble();
        QVERIFY(confidence >= 0.6 && confidence < 1.0);
        const QJsonObject orphan = spans.value(3);
        QCOMPARE(orphan.value(QStringLiteral("anchor")).toString(), QStringLiteral("orphan"));
        QVERIFY(orphan.value(QStringLiteral("start")).isNull());
        QVERIFY(orphan.value(QStringLiteral("end")).isNull());
        QCOMPARE(orphan.value(QStringLiteral("tags")).toArray().first().toString(), QStringLiteral("claim"));
        const CliRun plain = runCli({ QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("-p"), m_db });
        QVERIFY(plain.out.contains(QStringLiteral("#3 [orphan] claim")));
    }

    void orphansListsTheSpanWithCandidates()
    {
        const CliRun r = runCli({ QStringLiteral("orphans"), QStringLiteral("-p"), m_db, QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject o = rows.at(0).toObject();
        QCOMPARE(o.value(QStringLiteral("article")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("span")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(
            o.value(QStringLiteral("text")).toString(), QStringLiteral("Kestrel's revenue rose 38% to $2.1 billion"));
        QCOMPARE(o.value(QStringLiteral("tags")).toArray().first().toString(), QStringLiteral("claim"));
        QVERIFY(o.value(QStringLiteral("candidates")).isArray());
        const CliRun plain = runCli({ QStringLiteral("orphans"), QStringLiteral("-p"), m_db });
        QCOMPARE(plain.code, 0);
        QVERIFY(plain.out.contains(QStringLiteral("#3 in article 1")));
        QVERIFY(plain.out.endsWith(QStringLiteral("1 orphans\n")));
    }
};

QTEST_GUILESS_MAIN(TestCliVersions)
#include "tst_cli_versions.moc"
