// The sentence index behind "who else says this?": built at import, kept in step with
// re-imports and removals, caught up for articles imported before it, and the finder's ranked,
// verified answers with agree / conflict on their figures.
#include "ServerTestSupport.h"
#include "TestSupport.h"

#include "compare/ClaimTerms.h"
#include "store/ClaimIndexer.h"
#include "store/Database.h"
#include "store/Project.h"
#include "store/ProjectImporter.h"
#include "store/SimilarClaimsFinder.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace crossread;

Q_DECLARE_METATYPE(std::vector<quint32>)

namespace {

const char *const kOutlets[]
    = { "1-lattice-post.txt", "2-fennel-report.txt", "3-northgate-wire.md", "4-harrow-dispatch.txt" };

// The four outlets of tests/data/claims copied into FOLDER.
bool copyOutlets(const QString &folder)
{
    for (const char *name : kOutlets)
        if (!test::writeFile(folder + u'/' + QLatin1String(name),
                test::readFile(test::dataPath(QStringLiteral("claims/") + QLatin1String(name)))))
            return false;
    return true;
}

// Article ids by file name.
QHash<QString, qint64> idsByFile(Project &project)
{
    QHash<QString, qint64> out;
    for (qint64 id : project.articles().ids())
        out.insert(QFileInfo(project.articles().article(id).path).fileName(), id);
    return out;
}

// "file: text: agree|conflict|none" for each claim found, best first.
QStringList describe(const SimilarClaims &found, const QHash<QString, qint64> &ids)
{
    QStringList out;
    for (const SimilarClaim &c : found.claims) {
        const QString verdict = c.figures.isEmpty() ? QStringLiteral("none")
            : c.conflicts()                         ? QStringLiteral("conflict")
                                                    : QStringLiteral("agree");
        out << QStringLiteral("%1: %2: %3").arg(ids.key(c.articleId), c.text.simplified(), verdict);
    }
    return out;
}

} // namespace

class TestClaimIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tokens_data();
    void tokens();
    void findsWhoElseSaysIt_data();
    void findsWhoElseSaysIt();
    void reimportAndRemovalKeepTheIndexInStep();
    void indexerCatchesUpOlderProjects();
    void findRefusesBadQuestions();
};

void TestClaimIndex::initTestCase()
{
    CROSSREAD_REQUIRE_SERVER_IF_ASKED();
}

void TestClaimIndex::findsWhoElseSaysIt_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("phrase"); // the cursor is put in this phrase
    QTest::addColumn<QStringList>("expected"); // "file: text: figures" of the claims that must be found
    QTest::addColumn<QStringList>("never"); // files that must not be found

    QTest::newRow("the investment, stated by three other outlets, two in two sentences")
        << QStringLiteral("1-lattice-post.txt") << QStringLiteral("invested more than")
        << QStringList {
               QStringLiteral("4-harrow-dispatch.txt: Corvid Cloud spent over $6 billion on a 30% stake in Marrow "
                              "Labs. The deal, signed in September 2025, put the lab's value at about $20 "
                              "billion.: agree"),
               QStringLiteral("2-fennel-report.txt: In September 2025, Corvid Cloud put money into the research lab "
                              "Marrow Labs. It paid $6.2 billion for a 30% non-voting stake, valuing the lab at $20 "
                              "billion.: agree"),
               QStringLiteral("3-northgate-wire.md: Corvid Cloud's $6.2 billion investment in Marrow Labs last "
                              "September bought it 30% of the lab, at a valuation of $20 billion.: agree"),
           }
        << QStringList();
    QTest::newRow("the benchmark score: one outlet agrees, one gives another number")
        << QStringLiteral("3-northgate-wire.md") << QStringLiteral("posted 71.4")
        << QStringList {
               QStringLiteral("1-lattice-post.txt: The lab's newest model, Heron, scored 71.4 on the Quill Reasoning "
                              "Suite, ahead of every open model the lab had tested.: agree"),
               QStringLiteral("2-fennel-report.txt: Heron, the lab's latest model, reached 74.1 on the Quill "
                              "Reasoning Suite.: conflict"),
           }
        << QStringList { QStringLiteral("4-harrow-dispatch.txt") };
    QTest::newRow("a claim no other outlet makes")
        << QStringLiteral("2-fennel-report.txt") << QStringLiteral("employs about 400") << QStringList()
        << QStringList { QStringLiteral("1-lattice-post.txt"), QStringLiteral("3-northgate-wire.md"),
               QStringLiteral("4-harrow-dispatch.txt") };
}

void TestClaimIndex::findsWhoElseSaysIt()
{
    QFETCH(QString, file);
    QFETCH(QString, phrase);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, never);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("corpus"));
    QVERIFY(copyOutlets(folder));
    const QString db = test::newProjectLocation(folder + QStringLiteral("/.crossread"));
    const ImportReport report = ProjectImporter(db).run({ folder });
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported, 4);

    Project project;
    QVERIFY2(project.open(db), qPrintable(project.error()));
    QCOMPARE(project.claimIndex().staleCount(), 0); // indexed by the import
    const QHash<QString, qint64> ids = idsByFile(project);
    const qint64 id = ids.value(file);
    const qint64 at = project.articles().text(id).indexOf(phrase); // the texts are ASCII: code points
    QVERIFY(at > 0);

    SimilarClaimsFinder finder(project.database());
    const SimilarClaims found = finder.find(id, at, at);
    QVERIFY2(found.error.isEmpty(), qPrintable(found.error));
    QVERIFY(found.text.contains(phrase));
    const QStringList seen = describe(found, ids);
    // The expected claims come first, in this order; weaker ones may follow.
    QVERIFY2(seen.size() >= expected.size(), qPrintable(seen.join(u'\n')));
    QCOMPARE(seen.mid(0, expected.size()), expected);
    for (const SimilarClaim &c : found.claims) {
        QVERIFY(c.articleId != id);
        // Offsets are code points of the other article's stored text (ASCII here), its figures' too.
        const QString other = project.articles().text(c.articleId);
        QCOMPARE(other.mid(c.start, c.end - c.start), c.text);
        for (const FigureComparison &f : c.figures)
            QCOMPARE(other.mid(f.bStart, f.bText.size()), f.bText);
        QVERIFY2(!never.contains(ids.key(c.articleId)), qPrintable(seen.join(u'\n')));
    }
}

void TestClaimIndex::reimportAndRemovalKeepTheIndexInStep()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("corpus"));
    QVERIFY(copyOutlets(folder));
    const QString db = test::newProjectLocation(folder + QStringLiteral("/.crossread"));
    QCOMPARE(ProjectImporter(db).run({ folder }).imported, 4);

    // Harrow Dispatch rewrites its story: the investment is gone, the score is new.
    QVERIFY(test::writeFile(folder + QStringLiteral("/4-harrow-dispatch.txt"),
        "Harrow Dispatch | Cloud | October 5, 2025\n\nCorvid buys into Marrow Labs\n\n"
        "Heron, the newest model of the lab, scored 71.4 on the Quill Reasoning Suite.\n"));
    const ImportReport second = ProjectImporter(db).run({ folder });
    QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
    QCOMPARE(second.updated, 1);

    Project project;
    QVERIFY2(project.open(db), qPrintable(project.error()));
    const QHash<QString, qint64> ids = idsByFile(project);
    SimilarClaimsFinder finder(project.database());
    const qint64 lattice = ids.value(QStringLiteral("1-lattice-post.txt"));
    const QString latticeText = project.articles().text(lattice);
    const qint64 deal = latticeText.indexOf(QStringLiteral("invested more than"));
    const qint64 score = latticeText.indexOf(QStringLiteral("scored 71.4"));
    const qint64 harrow = ids.value(QStringLiteral("4-harrow-dispatch.txt"));
    const auto finds = [&](qint64 at, qint64 article) {
        const SimilarClaims found = finder.find(lattice, at, at);
        return std::any_of(found.claims.cbegin(), found.claims.cend(),
            [article](const SimilarClaim &c) { return c.articleId == article; });
    };
    QVERIFY(!finds(deal, harrow));
    QVERIFY(finds(score, harrow));

    QVERIFY(project.database().begin());
    QVERIFY(project.articles().remove(harrow));
    QVERIFY(project.database().commit());
    QVERIFY(!finds(score, harrow));
    QVERIFY(project.claimIndex().sentences(harrow).isEmpty());
    QVERIFY(finds(score, ids.value(QStringLiteral("2-fennel-report.txt"))));
}

void TestClaimIndex::indexerCatchesUpOlderProjects()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("corpus"));
    QVERIFY(copyOutlets(folder));
    const QString db = test::newProjectLocation(folder + QStringLiteral("/.crossread"));
    QCOMPARE(ProjectImporter(db).run({ folder }).imported, 4);

    Project project;
    QVERIFY2(project.open(db), qPrintable(project.error()));
    // As a project imported before the index existed: no article indexed.
    for (qint64 id : project.articles().ids()) {
        QVERIFY(project.database().begin());
        QVERIFY(project.claimIndex().removeArticle(id));
        QVERIFY(project.database().commit());
    }
    QCOMPARE(project.claimIndex().staleCount(), 4);
    const QHash<QString, qint64> ids = idsByFile(project);
    const qint64 fennel = ids.value(QStringLiteral("2-fennel-report.txt"));
    const qint64 at = project.articles().text(fennel).indexOf(QStringLiteral("reached 74.1"));
    SimilarClaimsFinder finder(project.database());
    QVERIFY(finder.find(fennel, at, at).claims.isEmpty());

    ClaimIndexer indexer(project.database());
    QList<qint64> progress;
    indexer.setProgress([&progress](qint64 done, qint64 total) { progress << done << total; });
    QVERIFY2(indexer.run(3), qPrintable(indexer.error()));
    QCOMPARE(indexer.indexed(), 4);
    QCOMPARE(progress, (QList<qint64> { 0, 4, 3, 4, 4, 4 }));
    QCOMPARE(project.claimIndex().staleCount(), 0);
    const SimilarClaims found = finder.find(fennel, at, at);
    QCOMPARE(describe(found, ids).mid(0, 2),
        (QStringList { QStringLiteral("3-northgate-wire.md: Heron, Marrow's most capable model so far, posted 71.4 on "
                                      "the Quill Reasoning Suite.: conflict"),
            QStringLiteral("1-lattice-post.txt: The lab's newest model, Heron, scored 71.4 on the Quill Reasoning "
                           "Suite, ahead of every open model the lab had tested.: conflict") }));
}

void TestClaimIndex::findRefusesBadQuestions()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("corpus"));
    QVERIFY(copyOutlets(folder));
    const QString db = test::newProjectLocation(folder + QStringLiteral("/.crossread"));
    QCOMPARE(ProjectImporter(db).run({ folder }).imported, 4);
    Project project;
    QVERIFY2(project.open(db), qPrintable(project.error()));
    SimilarClaimsFinder finder(project.database());
    QVERIFY(finder.find(999, 0, 10).error.contains(QStringLiteral("no article 999")));
    const qint64 id = project.articles().ids().first();
    const SimilarClaims beyond = finder.find(id, 100000, 100010);
    QVERIFY(beyond.claims.isEmpty());
    QVERIFY(beyond.error.contains(QStringLiteral("has no sentence")));
}

void TestClaimIndex::tokens_data()
{
    QTest::addColumn<std::vector<quint32>>("terms");
    QTest::addColumn<QString>("tokens");
    // Base 36 worked out by hand: 36 = "10", 1295 = 35 * 36 + 35 = "zz", 2^32 - 1 = "1z141z3".
    QTest::newRow("none") << std::vector<quint32> {} << QString();
    QTest::newRow("zero") << std::vector<quint32> { 0 } << QStringLiteral("t0");
    QTest::newRow("one digit each") << std::vector<quint32> { 9, 10, 35 } << QStringLiteral("t9 ta tz");
    QTest::newRow("two digits") << std::vector<quint32> { 36, 1295 } << QStringLiteral("t10 tzz");
    QTest::newRow("the largest hash") << std::vector<quint32> { 4294967295u } << QStringLiteral("t1z141z3");
}

// The FTS5 tokens of term hashes: what earlier versions wrote must still be what is written.
void TestClaimIndex::tokens()
{
    QFETCH(std::vector<quint32>, terms);
    QFETCH(QString, tokens);
    QCOMPARE(ClaimTerms::tokens(terms), tokens);
    for (qsizetype i = 0; i < qsizetype(terms.size()); ++i)
        QCOMPARE(ClaimTerms::token(terms[size_t(i)]), tokens.split(u' ').at(i));
}

QTEST_GUILESS_MAIN(TestClaimIndex)
#include "tst_claim_index.moc"
