// Extra suite (label "seeds"): the figures of the team's seed articles, written down by hand,
// and phrases there that are not figures. Skipped where the seeds folder is absent or empty; a
// seed missing from a folder that has the others fails, naming the file.
#include "FigureTestSupport.h"
#include "SeedSupport.h"

#include "domain/CodePoints.h"
#include "figures/FigureExtractor.h"
#include "store/ProjectFigures.h"

#include <QTest>

using namespace crossread;
using namespace crossread::test;

namespace {

void addFigureColumns()
{
    QTest::addColumn<QString>("figure");
    test::addFigureValueColumns();
}

} // namespace

class TestSeedsFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedFigures_data();
    void seedFigures();
    void seedFigureCounts_data();
    void seedFigureCounts();
    void seedNonFigures_data();
    void seedNonFigures();
    void sortedAndDisjoint();
    void claimSharesOneLabel();
};

void TestSeedsFigures::initTestCase()
{
    CROSSREAD_SKIP_WITHOUT_SEEDS();
}

void TestSeedsFigures::seedFigures_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QDate>("dateline");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<QString>("before"); // the text right before the figure
    addFigureColumns();
    const QDate none;
    const QDate jun14(2026, 6, 14);
    auto row = [](const char *name, const char *seed, const QDate &dateline, int occurrence, const char *before,
                   const char *figure, const char *kind, double value, const char *dateValue, const char *unit,
                   const char *qualifier, const char *label) {
        QTest::newRow(name) << QString::fromLatin1(seed) << dateline << occurrence << QString::fromUtf8(before)
                            << QString::fromUtf8(figure) << QString::fromLatin1(kind) << value
                            << QString::fromLatin1(dateValue) << QString::fromLatin1(unit)
                            << QString::fromLatin1(qualifier) << QString::fromUtf8(label);
    };
    // seed 000 (no dateline)
    row("000 invested over $14 billion in Scale AI", "000", none, 0, "Meta invested ", "over $14 billion", "money",
        14e9, "", "USD", "over", "investment in Scale AI");
    row("000 June 2025", "000", none, 0, "Scale AI in ", "June 2025", "date", 20250600.0, "2025-06", "", "exact", "");
    row("000 49% non-voting stake", "000", none, 0, "acquired a ", "49%", "percent", 49.0, "", "%", "exact",
        "non-voting stake");
    row("000 valuing Scale AI at $29 billion", "000", none, 0, "valuing Scale AI at ", "$29 billion", "money", 29e9, "",
        "USD", "exact", "valuation of Scale AI");
    row("000 March 2026", "000", none, 0, "release in ", "March 2026", "date", 20260300.0, "2026-03", "", "exact", "");
    row("000 investment amounted to more than $14 billion", "000", none, 0, "amounted to ", "more than $14 billion",
        "money", 14e9, "", "USD", "over", "investment in Scale AI");
    row("000 Scale AI was valued at $29 billion", "000", none, 1, "was valued at ", "$29 billion", "money", 29e9, "",
        "USD", "exact", "valuation of Scale AI");
    // seed 001
    row("001 stake for more than $14 billion", "001", none, 0, "stake for ", "more than $14 billion", "money", 14e9, "",
        "USD", "over", "acquisition of 49% non-voting stake");
    row("001 valued the company at $29 billion", "001", none, 0, "the company at ", "$29 billion", "money", 29e9, "",
        "USD", "exact", "valuation of the company");
    row("001 three people", "001", none, 0, "citing ", "three people", "count", 3.0, "", "people", "exact", "people");
    // seed 002, dateline Jun 14, 2026
    row("002 dateline", "002", jun14, 0, "", "Jun 14, 2026", "date", 20260614.0, "2026-06-14", "", "exact", "");
    row("002 April 8 takes the dateline year", "002", jun14, 0, "arrived on ", "April 8", "date", 20260408.0,
        "2026-04-08", "", "exact", "");
    row("002 in April", "002", jun14, 0, "reported in ", "April", "date", 20260400.0, "2026-04", "", "exact", "");
    row("002 May 14", "002", jun14, 0, "arXiv on ", "May 14", "date", 20260514.0, "2026-05-14", "", "exact", "");
    row("002 $14.3 billion investment in Scale AI", "002", jun14, 0, "reported ", "$14.3 billion", "money", 14.3e9, "",
        "USD", "exact", "investment in Scale AI");
    row("002 more than 1,000 physicians", "002", jun14, 0, "consultation with ", "more than 1,000 physicians", "count",
        1000.0, "", "physicians", "over", "physicians");
    row("002 141 views", "002", jun14, 0, "read \u00B7 ", "141 views", "count", 141.0, "", "views", "exact", "views");
    row("002 over 16 years", "002", jun14, 0, "has ", "over 16 years", "duration", 16.0, "", "years", "over",
        "experience");
    // seed 004
    row("004 1.2 billion downloads", "004", none, 0, "reaching ", "1.2 billion downloads", "count", 1.2e9, "",
        "downloads", "exact", "downloads");
    row("004 by early 2026", "004", none, 0, "downloads by ", "early 2026", "date", 20260000.0, "2026", "", "exact",
        "");
    row("004 April 8, 2026", "004", none, 0, "announcement on ", "April 8, 2026", "date", 20260408.0, "2026-04-08", "",
        "exact", "");
    row("004 invested $14.3 billion", "004", none, 0, "Meta invested ", "$14.3 billion", "money", 14.3e9, "", "USD",
        "exact", "Meta investment");
    row("004 nine months of work", "004", none, 0, "After ", "nine months", "duration", 9.0, "", "months", "exact",
        "work");
    row("004 scores 52 on the index", "004", none, 0, "It scores ", "52", "score", 52.0, "", "points", "exact",
        "Artificial Intelligence Index v4.0");
    row("004 fourth overall", "004", none, 0, "placing it ", "fourth overall", "rank", 4.0, "", "rank", "exact",
        "overall");
    row("004 benchmark named before the score", "004", none, 0, "it scores ", "42.8", "score", 42.8, "", "points",
        "exact", "HealthBench Hard");
    row("004 over 1,000 physicians", "004", none, 0, "collaborated with ", "over 1,000 physicians", "count", 1000.0, "",
        "physicians", "over", "physicians");
    row("004 three interaction modes", "004", none, 0, "offers ", "three interaction modes", "count", 3.0, "", "modes",
        "exact", "interaction modes");
    row("004 over three billion existing users", "004", none, 0, "deployment to ", "over three billion existing users",
        "count", 3e9, "", "users", "over", "existing users");
    row("004 stock rising more than 9%", "004", none, 0, "rising ", "more than 9%", "percent", 9.0, "", "%", "over",
        "stock rise");
}

void TestSeedsFigures::seedFigures()
{
    QFETCH(QString, seed);
    QFETCH(QDate, dateline);
    QFETCH(int, occurrence);
    QFETCH(QString, figure);
    CROSSREAD_SEED_TEXT(text, seed);
    const QList<Figure> figures = FigureExtractor().extract(text, dateline);
    checkRanges(text, figures);
    const Figure *f = findFigure(figures, figure, occurrence);
    QVERIFY2(f, qPrintable(describe(figures)));
    compareFigure(f);
    QFETCH(QString, before);
    const qsizetype at = CodePoints(text).toUtf16(f->start);
    QCOMPARE(text.mid(at - before.size(), before.size()), before);
    if (before.isEmpty())
        QCOMPARE(at, 0);
}

void TestSeedsFigures::seedFigureCounts_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QDate>("dateline");
    QTest::addColumn<int>("count");
    QTest::newRow("000") << "000" << QDate() << 12;
    QTest::newRow("001 without dateline skips 'in March'") << "001" << QDate() << 6;
    QTest::newRow("001 with a dateline reads 'in March'") << "001" << QDate(2026, 4, 2) << 7;
    QTest::newRow("002") << "002" << QDate(2026, 6, 14) << 10;
    QTest::newRow("002 without dateline") << "002" << QDate() << 7;
    QTest::newRow("003 has no figures") << "003" << QDate() << 0;
    QTest::newRow("004") << "004" << QDate() << 13;
}

void TestSeedsFigures::seedFigureCounts()
{
    QFETCH(QString, seed);
    QFETCH(QDate, dateline);
    QFETCH(int, count);
    CROSSREAD_SEED_TEXT(text, seed);
    const QList<Figure> figures = FigureExtractor().extract(text, dateline);
    QVERIFY2(figures.size() == count, qPrintable(describe(figures)));
}

void TestSeedsFigures::seedNonFigures_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("000 Llama 4") << "000"
                                 << "Llama 4 family";
    QTest::newRow("000 Q1") << "000"
                            << "Q1:";
    QTest::newRow("000 A4") << "000"
                            << "A4:";
    QTest::newRow("000 age") << "000"
                             << "at 19 after";
    QTest::newRow("001 month without dateline") << "001"
                                                << "in March reported";
    QTest::newRow("002 time") << "002"
                              << "9:24 AM";
    QTest::newRow("004 Llama 4 variant") << "004"
                                         << "Llama 4 variant";
    QTest::newRow("004 step one") << "004"
                                  << "step one";
    QTest::newRow("004 Ray-Ban") << "004"
                                 << "Ray-Ban smart glasses";
}

void TestSeedsFigures::seedNonFigures()
{
    QFETCH(QString, seed);
    QFETCH(QString, phrase);
    CROSSREAD_SEED_TEXT(text, seed);
    const qsizetype at = text.indexOf(phrase);
    QVERIFY(at >= 0);
    const CodePoints cp(text);
    const qint64 start = cp.fromUtf16(at);
    const qint64 end = cp.fromUtf16(at + phrase.size());
    for (const Figure &f : FigureExtractor().extract(text))
        QVERIFY2(f.end <= start || f.start >= end, qPrintable(f.text));
}

void TestSeedsFigures::sortedAndDisjoint()
{
    for (const QString &name : seedNames()) {
        CROSSREAD_SEED_TEXT(text, name.left(3));
        const QList<Figure> figures = FigureExtractor().extract(text, QDate(2026, 6, 14));
        for (qsizetype k = 1; k < figures.size(); ++k)
            QVERIFY2(figures[k - 1].end <= figures[k].start, qPrintable(name));
    }
}

// The Scale AI investment, reported by four seeds as "over $14 billion", "more than $14 billion"
// and "$14.3 billion" and labelled by the extractor in two ways, is one label across the project.
void TestSeedsFigures::claimSharesOneLabel()
{
    QList<qint64> ids;
    QHash<qint64, QPair<QString, QDate>> texts;
    for (const char *prefix : { "000", "001", "002", "004" }) {
        CROSSREAD_SEED_TEXT(text, QLatin1String(prefix));
        ids << QString::fromLatin1(prefix).toLongLong() + 1;
        texts.insert(ids.last(), { text, QDate(2026, 6, 14) });
    }
    QSet<QString> labels;
    QSet<qint64> articles;
    for (const Figure &f : ProjectFigures::extractWithClaimLabels(ids, texts)) {
        if (f.kind != FigureKind::Money || f.value < 14e9 || f.value > 14.5e9)
            continue;
        labels << f.label;
        articles << f.articleId;
    }
    QCOMPARE(articles.size(), 4);
    QCOMPARE(labels, QSet<QString> { QStringLiteral("investment in Scale AI") });
}

QTEST_GUILESS_MAIN(TestSeedsFigures)
#include "tst_seeds_figures.moc"
