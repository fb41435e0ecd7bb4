// Extra suite (label "seeds"): the comparison engine on the team's seed articles, where 000
// rewrites 001. Skipped where the seeds folder is absent or empty; a seed missing from a folder
// that has the others fails, naming the file.
#include "CompareTestSupport.h"
#include "SeedSupport.h"

#include "compare/AlignmentGold.h"

#include <QTest>

using namespace crossread;
using namespace crossread::test;

class TestSeedsCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lossless_data();
    void lossless();
    void rewrappedTextIsUnchanged_data();
    void rewrappedTextIsUnchanged();
    void seedRewriteAligns_data();
    void seedRewriteAligns();
    void claimMatrixOnSeeds();
    void rewriteGold();
};

void TestSeedsCompare::initTestCase()
{
    CROSSREAD_SKIP_WITHOUT_SEEDS();
}

void TestSeedsCompare::lossless_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b"); // empty: compared with an empty text
    QTest::newRow("000-001") << "000"
                             << "001";
    QTest::newRow("001-002") << "001"
                             << "002";
    QTest::newRow("002-003") << "002"
                             << "003";
    QTest::newRow("003-004") << "003"
                             << "004";
    QTest::newRow("000 against empty") << "000"
                                       << "";
}

void TestSeedsCompare::lossless()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    CROSSREAD_SEED_TEXT(textA, a);
    QString textB;
    if (!b.isEmpty()) {
        textB = seedText(b);
        QVERIFY2(!textB.isEmpty(), missingSeed(b).constData());
    }
    const ComparisonResult r = ProseComparator().compare(textA, textB);
    checkLossless(r, textA, textB);
    QVERIFY(r.commonWords <= std::min(r.wordsA, r.wordsB));
}

void TestSeedsCompare::rewrappedTextIsUnchanged_data()
{
    QTest::addColumn<QString>("seed");
    for (const QString &name : seedNames())
        QTest::newRow(qPrintable(name)) << name.left(3);
}

void TestSeedsCompare::rewrappedTextIsUnchanged()
{
    QFETCH(QString, seed);
    CROSSREAD_SEED_TEXT(text, seed);
    checkRewrappedIsUnchanged(text);
}

void TestSeedsCompare::seedRewriteAligns_data()
{
    QTest::addColumn<QString>("fragmentA");
    QTest::addColumn<QString>("fragmentB");
    // 000 rewrites 001: each fragment of an 001 sentence must align with a 000 sentence holding
    // the other fragment, as a paraphrase or a change.
    QTest::newRow("stake") << "non-voting stake"
                           << "non-voting stake";
    QTest::newRow("license") << "license Gemini"
                             << "license Gemini";
    QTest::newRow("team") << "joined to head"
                          << "team focused on";
    QTest::newRow("founder") << "dropping out of MIT"
                             << "dropping out of MIT";
    QTest::newRow("features") << "consumer-facing features"
                              << "consumer-facing features";
    QTest::newRow("catch up") << "catch up to rivals"
                              << "catch up";
}

void TestSeedsCompare::seedRewriteAligns()
{
    QFETCH(QString, fragmentA);
    QFETCH(QString, fragmentB);
    CROSSREAD_SEED_TEXT(a, QStringLiteral("001"));
    CROSSREAD_SEED_TEXT(b, QStringLiteral("000"));
    checkRewriteAligns(a, b, fragmentA, fragmentB, 8);
}

void TestSeedsCompare::claimMatrixOnSeeds()
{
    QList<QString> texts;
    for (const QString &name : seedNames()) {
        CROSSREAD_SEED_TEXT(text, name.left(3));
        texts << text;
    }
    int shared = 0;
    checkClaimMatrix(texts, &shared);
    QVERIFY(shared >= 10); // 000 and 001 alone share more than ten claims
}

// 000 rewrites 001: precision and recall of the aligner against the hand-made gold of sentence
// indices in tests/data/alignment/seeds (indices only; the seed text stays outside the repository).
void TestSeedsCompare::rewriteGold()
{
    CROSSREAD_SEED_TEXT(a, QStringLiteral("001"));
    CROSSREAD_SEED_TEXT(b, QStringLiteral("000"));
    QString error;
    const AlignmentGold gold = AlignmentGold::read(dataPath(QStringLiteral("alignment/seeds/001-000.gold")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ComparisonResult r = ProseComparator().compare(a, b);
    QCOMPARE(r.sentencesA.size(), gold.sentencesA());
    QCOMPARE(r.sentencesB.size(), gold.sentencesB());
    const AlignmentScore s = gold.score(r.alignments);
    const QString described = QStringLiteral("precision %1 (%2 of %3 found), recall %4 (%2 of %5 gold)")
                                  .arg(s.precision(), 0, 'f', 3)
                                  .arg(s.correct)
                                  .arg(s.found)
                                  .arg(s.recall(), 0, 'f', 3)
                                  .arg(s.gold);
    qInfo("seed 001/000: %s", qPrintable(described));
    QVERIFY2(s.precision() >= 0.9, qPrintable(described));
    QVERIFY2(s.recall() >= 0.85, qPrintable(described));
}

QTEST_GUILESS_MAIN(TestSeedsCompare)
#include "tst_seeds_compare.moc"
