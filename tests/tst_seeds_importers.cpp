// Extra suite (label "seeds"): the importers and the command line on the team's seed articles,
// and the REFI-QDA importer on ATLAS.ti's sample projects. Skipped where the seeds folder is
// absent or empty; a seed missing from a folder that has the others fails, naming the file.
#include "SeedSupport.h"

#include "cli/Cli.h"
#include "domain/CodePoints.h"
#include "export/QdpxImporter.h"
#include "import/ArticleImporter.h"
#include "import/BoilerplateDetector.h"
#include "store/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace crossread;

class TestSeedsImporters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedMetadata_data();
    void seedMetadata();
    void seedBoilerplate_data();
    void seedBoilerplate();
    void commandLineOnTheSeedFolder();
    void atlasSamplesImport_data();
    void atlasSamplesImport();
};

void TestSeedsImporters::initTestCase()
{
    CROSSREAD_SKIP_WITHOUT_SEEDS();
}

void TestSeedsImporters::seedMetadata_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("title"); // after the importer's fallback to the first sentence
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QDate>("published");
    // No seed names its outlet in a masthead or desk line.
    // 000 opens with an image caption (a full sentence) before the headline.
    QTest::newRow("000") << "000"
                         << "Meta Shifts AI Strategy: Prioritizing Closed Models Under Alexandr Wang"
                         << ""
                         << "" << QDate();
    // 001 and 003 have no headline: every opening line is wrapped or finished prose, so the
    // title is the first sentence, shortened at a word boundary.
    QTest::newRow("001")
        << "001"
        << "As Meta Platforms prepares to release its first new AI models developed under Scale AI\u2026"
        << ""
        << "" << QDate();
    QTest::newRow("002") << "002"
                         << "Meta says its old open AI strategy no longer works"
                         << ""
                         << "Janet Harrison" << QDate(2026, 6, 14);
    QTest::newRow("003") << "003"
                         << "Meta is rethinking its AI strategy"
                         << ""
                         << "" << QDate();
    // 004's first line is a "Connect with us" menu item; its date (April 8, 2026) is in prose.
    QTest::newRow("004") << "004"
                         << "Meta's New AI Model Marks Strategic Shift from Open-Source Roots"
                         << ""
                         << "" << QDate();
}

void TestSeedsImporters::seedMetadata()
{
    QFETCH(QString, seed);
    const QString path = test::seedPath(seed);
    QVERIFY2(!path.isEmpty(), test::missingSeed(seed).constData());
    const ImportFileResult result = ArticleImporter::importFile(path);
    QCOMPARE(result.outcome, ImportOutcome::Imported);
    QCOMPARE(result.document.format, ArticleFormat::Text);
    QTEST(result.document.title, "title");
    QTEST(result.document.outlet, "outlet");
    QTEST(result.document.author, "author");
    QTEST(result.document.published, "published");
    // The seeds are UTF-8 without a byte order mark, with \n line endings: the stored text is
    // the file as Qt's own UTF-8 decoder reads it, not as the importer's decoder does.
    QCOMPARE(result.document.text, QString::fromUtf8(test::readFile(path)));
}

void TestSeedsImporters::seedBoilerplate_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QStringList>("ranges");
    QTest::newRow("000") << "000" << QStringList();
    QTest::newRow("001 advertisement lines") << "001" << QStringList { QStringLiteral("advertisement\nadvertisement") };
    QTest::newRow("002 menus, meta, onward links")
        << "002"
        << QStringList { QStringLiteral("Subscribe\nHome Ai"), QStringLiteral("· 5 min read · 141 views"),
               QStringLiteral("Also read: SEBI is preparing to make AI part of market regulationAI financing is "
                              "now large enough to move public marketsKPMG pulled an AI report after its own "
                              "facts fell apart\n\nTOPICS"),
               QStringLiteral("Related Articles\nMore posts →\nLoading next article…\nYou're all caught up") };
    QTest::newRow("003") << "003" << QStringList();
    QTest::newRow("004 connect and more-in")
        << "004"
        << QStringList { QStringLiteral("Connect with us"), QStringLiteral("More in Artificial Intelligence") };
}

void TestSeedsImporters::seedBoilerplate()
{
    QFETCH(QString, seed);
    QFETCH(QStringList, ranges);
    CROSSREAD_SEED_TEXT(text, seed);
    const CodePoints cp(text);
    QStringList found;
    for (const TextRange &r : BoilerplateDetector::detect(text)) {
        found << cp.mid(text, r.start, r.end);
        // Whole lines: a range starts after a \n (or at 0) and ends before one (or at the end).
        QVERIFY(r.start == 0 || text.at(cp.toUtf16(r.start) - 1) == QLatin1Char('\n'));
        QVERIFY(r.end == cp.size() || text.at(cp.toUtf16(r.end)) == QLatin1Char('\n'));
    }
    QCOMPARE(found, ranges);
}

// The seed folder imported, listed and searched through the command line, in-process.
void TestSeedsImporters::commandLineOnTheSeedFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("seeds"));
    for (const QString &name : test::seedNames()) {
        const QString path = test::seedPath(name.left(3));
        QVERIFY2(!path.isEmpty(), test::missingSeed(name.left(3)).constData());
        QVERIFY(test::writeFile(folder + u'/' + name, test::readFile(path)));
    }
    const auto run = [](const QStringList &args, QString *output) {
        QString err;
        QTextStream out(output);
        QTextStream errors(&err);
        const int code = Cli::run(QStringList { QStringLiteral("crossread") } + args, out, errors);
        if (code != 0)
            qWarning("%s", qPrintable(err));
        return code;
    };
    QString imported;
    QCOMPARE(run({ QStringLiteral("import"), folder, QStringLiteral("--json") }, &imported), 0);
    QCOMPARE(QJsonDocument::fromJson(imported.toUtf8()).object().value(QStringLiteral("imported")).toInt(), 5);
    const QString db = Project::projectPathForFolder(folder);

    QString listed;
    QCOMPARE(run({ QStringLiteral("list"), QStringLiteral("-p"), db, QStringLiteral("--json") }, &listed), 0);
    QStringList dates;
    for (const QJsonValue &v : QJsonDocument::fromJson(listed.toUtf8()).array())
        if (!v[QStringLiteral("published")].isNull())
            dates << v[QStringLiteral("published")].toString();
    QCOMPARE(dates, QStringList { QStringLiteral("2026-06-14") }); // 002's dateline, the only one

    QString found;
    QCOMPARE(run({ QStringLiteral("search"), QStringLiteral("\"non-voting stake\""), QStringLiteral("-p"), db,
                     QStringLiteral("--json") },
                 &found),
        0);
    QSet<qint64> articles;
    for (const QJsonValue &v : QJsonDocument::fromJson(found.toUtf8()).array())
        articles.insert(v[QStringLiteral("article")].toInteger());
    QCOMPARE(articles.size(), 2); // 000 and 001
}

void TestSeedsImporters::atlasSamplesImport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QStringList>("tagPaths");
    QTest::newRow("blank project") << "blank-atlas-project.qdpx"
                                   << "Enric Llagostera" << QStringList {};
    QTest::newRow("nested codes") << "target-atlas-project.qdpx"
                                  << "Enric Llagostera"
                                  << QStringList { QStringLiteral("Commits"),
                                         QStringLiteral("Commits/2022-05-10T02:05:59Z 19e4dce"),
                                         QStringLiteral("Commits/2022-02-11T10:39:25Z cdbfd92") };
}

void TestSeedsImporters::atlasSamplesImport()
{
    QFETCH(QString, file);
    QFETCH(QString, author);
    QFETCH(QStringList, tagPaths);
    const QDir refi(test::refiDir());
    if (!refi.exists())
        QSKIP(
            qPrintable(QStringLiteral("no ATLAS.ti samples at %1 (set CROSSREAD_REFI_DIR)").arg(refi.absolutePath())));
    const QString path = refi.filePath(file);
    QVERIFY2(QFileInfo(path).isFile(), qPrintable(QStringLiteral("sample %1 is missing").arg(path)));
    QdpxImporter importer;
    const std::optional<ExportBundle> bundle = importer.importFile(path);
    QVERIFY2(bundle, qPrintable(importer.errorString()));
    QCOMPARE(bundle->author, author);
    QVERIFY(bundle->articles.isEmpty());
    const QHash<qint64, Tag> tags = bundle->tagsById();
    QStringList paths;
    for (const Tag &t : bundle->tags) {
        QVERIFY(t.color.isValid());
        paths << (t.parentId ? tags.value(t.parentId).name + QLatin1Char('/') : QString()) + t.name;
    }
    QCOMPARE(paths, tagPaths);
}

QTEST_GUILESS_MAIN(TestSeedsImporters)
#include "tst_seeds_importers.moc"
