// Inter-coder agreement: Cohen's kappa, character-level agreement and Krippendorff's alpha-u,
// each checked against the worked examples published with its definition.
#include "agreement/AgreementReport.h"
#include "agreement/CodedRanges.h"
#include "agreement/CohenKappa.h"
#include "agreement/UnitizingAlpha.h"

#include <QTest>

#include <cmath>

using namespace crossread;

Q_DECLARE_METATYPE(QList<TextRange>)

namespace {

using Ranges = QList<TextRange>;
using Table = QList<QList<double>>;

// Krippendorff (1995), "On the reliability of unitizing continuous data", Sociological
// Methodology 25, p. 57: pairs of observers unitizing a continuum of 24 positions.
Ranges bertha()
{
    return { { 2, 10 }, { 14, 20 } };
}
Ranges bill()
{
    return { { 4, 8 }, { 15, 17 } };
}
Ranges john()
{
    return { { 0, 18 } };
}
Ranges jill()
{
    return { { 0, 2 }, { 2, 3 }, { 3, 4 }, { 4, 5 }, { 5, 6 }, { 6, 9 }, { 9, 10 } };
}
Ranges gerret()
{
    return { { 2, 8 }, { 10, 12 }, { 14, 18 }, { 20, 22 } };
}
Ranges gill()
{
    return { { 0, 2 }, { 4, 8 }, { 10, 14 }, { 16, 18 }, { 20, 22 } };
}

Ranges stretched(const Ranges &ranges, qint64 factor)
{
    Ranges out;
    for (const TextRange &r : ranges)
        out.append({ r.start * factor, r.end * factor });
    return out;
}

// Krippendorff (2004), Content Analysis, 2nd ed., p. 254: two coders, categories c and k, on
// the continuum [150, 450); moved here to start at 0.
Ranges shifted(const Ranges &ranges)
{
    Ranges out;
    for (const TextRange &r : ranges)
        out.append({ r.start - 150, r.end - 150 });
    return out;
}
Ranges coder1c()
{
    return shifted({ { 225, 295 }, { 370, 400 } });
}
Ranges coder2c()
{
    return shifted({ { 220, 300 }, { 355, 375 }, { 400, 420 } });
}
Ranges coder1k()
{
    return shifted({ { 180, 240 }, { 300, 350 } });
}
Ranges coder2k()
{
    return shifted({ { 180, 240 }, { 300, 350 } });
}

Span span(qint64 article, qint64 start, qint64 end, const QString &coder, QList<qint64> tags)
{
    Span s;
    s.articleId = article;
    s.start = start;
    s.end = end;
    s.author = coder;
    s.tagIds = tags;
    return s;
}

} // namespace

class TestAgreement : public QObject
{
    Q_OBJECT
private slots:
    void kappaOfTable_data();
    void kappaOfTable();
    void characterKappa_data();
    void characterKappa();
    void distance_data();
    void distance();
    void alphaWorkedExample2004();
    void observedWorkedExample1995_data();
    void observedWorkedExample1995();
    void normalizedRanges();
    void reportEdgeCases_data();
    void reportEdgeCases();
    void reportJoinsArticlesIntoOneContinuum();
    void reportSkipsOrphansAndOtherCoders();
    void reportThreeCoders();
    void reportPoolsTags();
};

void TestAgreement::kappaOfTable_data()
{
    QTest::addColumn<Table>("table");
    QTest::addColumn<double>("kappa");
    // Cohen (1960), "A coefficient of agreement for nominal scales", Educational and
    // Psychological Measurement 20, p. 45: 200 items in three categories, kappa = .492.
    QTest::newRow("Cohen 1960, p. 45") << Table { { 88, 14, 18 }, { 10, 40, 10 }, { 2, 6, 12 } } << 0.492;
    // Wikipedia, "Cohen's kappa", simple example: 50 proposals, yes/yes 20, yes/no 5, no/yes 10,
    // no/no 15: po = .7, pe = .5, kappa = .4.
    QTest::newRow("Wikipedia yes/no example") << Table { { 20, 5 }, { 10, 15 } } << 0.4;
    QTest::newRow("perfect agreement over two categories") << Table { { 7, 0 }, { 0, 3 } } << 1.0;
}

void TestAgreement::kappaOfTable()
{
    QFETCH(Table, table);
    QFETCH(double, kappa);
    QVERIFY2(std::abs(cohenKappa(table) - kappa) < 0.0005, qPrintable(QString::number(cohenKappa(table))));
}

void TestAgreement::characterKappa_data()
{
    QTest::addColumn<Ranges>("first");
    QTest::addColumn<Ranges>("second");
    QTest::addColumn<double>("percent");
    QTest::addColumn<double>("kappa");
    // Krippendorff (1995, p. 57 and table 1) digitizes his examples into 24 positions coded or
    // not and reports Cohen's kappa of .385 (A, B) and .314 (C) for them. The percentages are
    // the agreeing positions counted by hand: A 16 of 24, B 16 of 24, C 16 of 24.
    QTest::newRow("Krippendorff 1995 A (Bertha, Bill)") << bertha() << bill() << 100.0 * 16 / 24 << 0.385;
    QTest::newRow("Krippendorff 1995 B (John, Jill)") << john() << jill() << 100.0 * 16 / 24 << 0.385;
    QTest::newRow("Krippendorff 1995 C (Gerret, Gill)") << gerret() << gill() << 100.0 * 16 / 24 << 0.314;
}

void TestAgreement::characterKappa()
{
    QFETCH(Ranges, first);
    QFETCH(Ranges, second);
    QFETCH(double, percent);
    QFETCH(double, kappa);
    const CharacterAgreement a
        = CharacterAgreement::of(CodedRanges::normalized(first, 24), CodedRanges::normalized(second, 24), 24);
    QCOMPARE(a.both + a.firstOnly + a.secondOnly + a.neither, 24);
    QVERIFY2(std::abs(a.percent() - percent) < 1e-9, qPrintable(QString::number(a.percent())));
    QVERIFY2(std::abs(a.kappa() - kappa) < 0.0005, qPrintable(QString::number(a.kappa())));
}

void TestAgreement::distance_data()
{
    QTest::addColumn<QList<qint64>>("a"); // begin, length, unit
    QTest::addColumn<QList<qint64>>("b");
    QTest::addColumn<double>("distance");
    // Krippendorff (2004), p. 253-254: the distances of the worked example's sections.
    QTest::newRow("two overlapping units, 225+70 and 220+80")
        << QList<qint64> { 225, 70, 1 } << QList<qint64> { 220, 80, 1 } << 50.0;
    QTest::newRow("two overlapping units, 370+30 and 355+20")
        << QList<qint64> { 370, 30, 1 } << QList<qint64> { 355, 20, 1 } << 850.0;
    QTest::newRow("a unit inside a gap, 400+20 in 400+50")
        << QList<qint64> { 400, 50, 0 } << QList<qint64> { 400, 20, 1 } << 400.0;
    QTest::newRow("two gaps") << QList<qint64> { 0, 10, 0 } << QList<qint64> { 5, 10, 0 } << 0.0;
    QTest::newRow("a unit sticking out of a gap") << QList<qint64> { 0, 10, 0 } << QList<qint64> { 5, 10, 1 } << 0.0;
    QTest::newRow("identical units") << QList<qint64> { 5, 6, 1 } << QList<qint64> { 5, 6, 1 } << 0.0;
}

void TestAgreement::distance()
{
    QFETCH(QList<qint64>, a);
    QFETCH(QList<qint64>, b);
    QFETCH(double, distance);
    QCOMPARE(UnitizingAlpha::distance(a[0], a[1], a[2] != 0, b[0], b[1], b[2] != 0), distance);
    QCOMPARE(UnitizingAlpha::distance(b[0], b[1], b[2] != 0, a[0], a[1], a[2] != 0), distance);
}

void TestAgreement::alphaWorkedExample2004()
{
    // Krippendorff (2004), p. 254: for c, uDo = .0144, uDe = .0532, alpha-u(c) = .7286; for k
    // (identical units) alpha-u = 1 with uDe = .0490; over both categories alpha-u = .8591,
    // which the book works out from the rounded .0144 / (.0532 + .0490): unrounded it is .8587.
    const UnitizingAlpha c({ coder1c(), coder2c() }, 300);
    QVERIFY2(std::abs(c.observed() - 0.0144) < 0.00005, qPrintable(QString::number(c.observed())));
    QVERIFY2(std::abs(c.expected() - 0.0532) < 0.00005, qPrintable(QString::number(c.expected())));
    QVERIFY2(std::abs(c.alpha() - 0.7286) < 0.00005, qPrintable(QString::number(c.alpha())));
    const UnitizingAlpha k({ coder1k(), coder2k() }, 300);
    QCOMPARE(k.observed(), 0.0);
    QVERIFY2(std::abs(k.expected() - 0.0490) < 0.00005, qPrintable(QString::number(k.expected())));
    QCOMPARE(k.alpha(), 1.0);
    const double overall = UnitizingAlpha::pooled({ c, k });
    QVERIFY2(std::abs(overall - 0.8591) < 0.0005, qPrintable(QString::number(overall)));
}

void TestAgreement::observedWorkedExample1995_data()
{
    QTest::addColumn<Ranges>("first");
    QTest::addColumn<Ranges>("second");
    QTest::addColumn<double>("observed");
    // Krippendorff (1995), p. 57: the observed disagreements uDo of his four examples, as
    // DKPro Statistics' Krippendorff1995Test reproduces them (B and D check units that touch;
    // B by hand: John's one unit against Jill's seven, 1306 / 24^2). His alpha-u values of 1995
    // rest on an expected disagreement he corrected in 2004 (see alphaWorkedExample2004).
    QTest::newRow("A (Bertha, Bill)") << bertha() << bill() << 0.03125;
    QTest::newRow("B (John, Jill)") << john() << jill() << 1306.0 / 576;
    QTest::newRow("C (Gerret, Gill)") << gerret() << gill() << 0.02777;
    QTest::newRow("D (Heather, Hill)") << Ranges { { 0, 2 }, { 2, 10 }, { 10, 14 }, { 14, 20 }, { 20, 24 } }
                                       << Ranges { { 0, 4 }, { 4, 8 }, { 8, 15 }, { 15, 17 }, { 17, 24 } } << 0.38715;
}

void TestAgreement::observedWorkedExample1995()
{
    QFETCH(Ranges, first);
    QFETCH(Ranges, second);
    QFETCH(double, observed);
    // The observed disagreement does not change when the continuum is stretched.
    for (qint64 stretch : { 1, 1000 }) {
        const UnitizingAlpha a({ CodedRanges::normalized(stretched(first, stretch), 24 * stretch),
                                   CodedRanges::normalized(stretched(second, stretch), 24 * stretch) },
            24 * stretch);
        QVERIFY2(std::abs(a.observed() - observed) < 0.00001, qPrintable(QString::number(a.observed())));
    }
}

void TestAgreement::normalizedRanges()
{
    const Ranges got
        = CodedRanges::normalized({ { 8, 12 }, { -3, 2 }, { 10, 15 }, { 15, 18 }, { 30, 40 }, { 5, 5 } }, 35);
    const Ranges want { { 0, 2 }, { 8, 15 }, { 15, 18 }, { 30, 35 } };
    QCOMPARE(got, want);
    QCOMPARE(CodedRanges::coveredLength(got), 17);
    QCOMPARE(CodedRanges::overlapLength(got, Ranges { { 1, 9 }, { 14, 31 } }), 1 + 1 + 1 + 3 + 1);
}

void TestAgreement::reportEdgeCases_data()
{
    QTest::addColumn<Ranges>("first");
    QTest::addColumn<Ranges>("second");
    QTest::addColumn<double>("percent");
    QTest::addColumn<double>("kappa");
    QTest::addColumn<double>("alpha");
    const double nan = std::nan("");
    // All by hand over 100 code points. Nobody coded: agreement is complete but kappa and
    // alpha-u have no variation to judge (undefined).
    QTest::newRow("no coding") << Ranges {} << Ranges {} << 100.0 << nan << nan;
    QTest::newRow("identical coding") << Ranges { { 10, 20 }, { 50, 70 } } << Ranges { { 10, 20 }, { 50, 70 } } << 100.0
                                      << 1.0 << 1.0;
    // One coder only, [0,10): po = .9 = pe, kappa 0. uDo = 2*10^2/(2*100^2) = .01; uDe =
    // (2/100)*10^2*((90-9)+(100-9)) / (200*199 - 10*9) = 344/39710; alpha = 1 - .01/uDe.
    QTest::newRow("one coder only") << Ranges { { 0, 10 } } << Ranges {} << 90.0 << 0.0 << 1 - 0.01 / (344.0 / 39710);
    // Disjoint [0,10) and [20,30): po = .8, pe = .82, kappa = -.02/.18. uDo = 2*(100+100)/(2*100^2)
    // = .02. uDe: each of the N = 2 units of 10 adds (N-1)(2*1000 - 300 + 10)/3 = 570 and
    // 10^2*((90-9) + (20-9) + (70-9)) = 15300; (2/100)*2*15870 / (200*199 - 2*90) = 634.8/39620.
    QTest::newRow("disjoint coding") << Ranges { { 0, 10 } } << Ranges { { 20, 30 } } << 80.0 << -0.02 / 0.18
                                     << 1 - 0.02 / (634.8 / 39620);
}

void TestAgreement::reportEdgeCases()
{
    QFETCH(Ranges, first);
    QFETCH(Ranges, second);
    QFETCH(double, percent);
    QFETCH(double, kappa);
    QFETCH(double, alpha);
    AgreementInput in;
    in.coders = { QStringLiteral("ana"), QStringLiteral("ben") };
    in.articles = { { 1, 100 } };
    in.tags = { { 7, QStringLiteral("Funding") } };
    for (const TextRange &r : first)
        in.spans.append(span(1, r.start, r.end, QStringLiteral("ana"), { 7 }));
    for (const TextRange &r : second)
        in.spans.append(span(1, r.start, r.end, QStringLiteral("ben"), { 7 }));
    const AgreementReport report = computeAgreement(in);
    QCOMPARE(report.tags.size(), 1);
    const AgreementRow &row = report.tags.first();
    QCOMPARE(row.tag, QStringLiteral("Funding"));
    QCOMPARE(row.characters, 100);
    auto same
        = [](double got, double want) { return (std::isnan(got) && std::isnan(want)) || std::abs(got - want) < 1e-9; };
    QVERIFY2(same(row.percent, percent), qPrintable(QString::number(row.percent)));
    QVERIFY2(same(row.kappa, kappa), qPrintable(QString::number(row.kappa)));
    QVERIFY2(same(row.alphaU, alpha), qPrintable(QString::number(row.alphaU)));
}

void TestAgreement::reportJoinsArticlesIntoOneContinuum()
{
    // Krippendorff's example A split over two articles of 10 and 14 code points: Bertha codes
    // [2,10) of the first and [4,10) of the second (14..20 on the continuum), Bill [4,8) and [5,7).
    AgreementInput in;
    in.coders = { QStringLiteral("bertha"), QStringLiteral("bill") };
    in.articles = { { 5, 10 }, { 9, 14 } };
    in.tags = { { 1, QStringLiteral("A") } };
    in.spans = { span(5, 2, 10, QStringLiteral("bertha"), { 1 }), span(9, 4, 10, QStringLiteral("bertha"), { 1 }),
        span(5, 4, 8, QStringLiteral("bill"), { 1 }), span(9, 5, 7, QStringLiteral("bill"), { 1 }) };
    const AgreementReport report = computeAgreement(in);
    QCOMPARE(report.articleIds, (QList<qint64> { 5, 9 }));
    QCOMPARE(report.tags.first().characters, 24);
    QCOMPARE(report.tags.first().coded, (QList<qint64> { 14, 6 }));
    QVERIFY(std::abs(report.tags.first().kappa - 0.385) < 0.0005);
}

void TestAgreement::reportSkipsOrphansAndOtherCoders()
{
    AgreementInput in;
    in.coders = { QStringLiteral("ana"), QStringLiteral("ben") };
    in.articles = { { 1, 50 } };
    in.tags = { { 7, QStringLiteral("Funding") } };
    in.spans = { span(1, 10, 20, QStringLiteral("ana"), { 7 }), span(1, 10, 20, QStringLiteral("ben"), { 7 }),
        span(1, 0, 0, QStringLiteral("ben"), { 7 }), // an orphan: its text is gone
        span(1, 30, 25, QStringLiteral("ben"), { 7 }), span(1, 40, 60, QStringLiteral("ben"), { 7 }),
        span(2, 0, 10, QStringLiteral("ben"), { 7 }), // an article outside the selection
        span(1, 30, 40, QStringLiteral("cleo"), { 7 }), span(1, 30, 40, QStringLiteral("ana"), { 8 }) };
    const AgreementReport report = computeAgreement(in);
    QCOMPARE(report.tags.first().coded, (QList<qint64> { 10, 10 }));
    QCOMPARE(report.tags.first().kappa, 1.0);
    QCOMPARE(report.tags.first().alphaU, 1.0);
}

void TestAgreement::reportThreeCoders()
{
    // Three coders: alpha-u over all three; percent and kappa are means over the three pairs.
    // ana and ben agree fully ([0,10) of 20): pair kappa 1, 100%. cleo coded nothing: against
    // each of them po = pe = .5, kappa 0, 50%.
    AgreementInput in;
    in.coders = { QStringLiteral("ana"), QStringLiteral("ben"), QStringLiteral("cleo") };
    in.articles = { { 1, 20 } };
    in.tags = { { 7, QStringLiteral("Funding") } };
    in.spans = { span(1, 0, 10, QStringLiteral("ana"), { 7 }), span(1, 0, 10, QStringLiteral("ben"), { 7 }) };
    const AgreementReport report = computeAgreement(in);
    const AgreementRow &row = report.tags.first();
    QVERIFY(std::abs(row.percent - (100.0 + 50 + 50) / 3) < 1e-9);
    QVERIFY(std::abs(row.kappa - 1.0 / 3) < 1e-9);
    // uDo: pairs (ana,cleo) and (ben,cleo) each see a unit of 10 inside a gap of 20: 100 each;
    // 2*200/(3*2*400) = 1/6. uDe: N = 2 units of 10, gaps 10, 10, 20: per unit
    // (1*(2000-300+10)/3) + 100*((10-9)+(10-9)+(20-9)) = 570 + 1300; (2/20)*2*1870 / (60*59 - 180).
    const double expected = (2.0 / 20) * 2 * 1870 / (60.0 * 59 - 180);
    QVERIFY2(std::abs(row.alphaU - (1 - (1.0 / 6) / expected)) < 1e-9, qPrintable(QString::number(row.alphaU)));
}

void TestAgreement::reportPoolsTags()
{
    // Krippendorff's 2004 example as two tags of one article: overall alpha-u = .8591 (from
    // rounded intermediates, see alphaWorkedExample2004).
    AgreementInput in;
    in.coders = { QStringLiteral("one"), QStringLiteral("two") };
    in.articles = { { 1, 300 } };
    in.tags = { { 1, QStringLiteral("c") }, { 2, QStringLiteral("k") } };
    for (const TextRange &r : coder1c())
        in.spans.append(span(1, r.start, r.end, QStringLiteral("one"), { 1 }));
    for (const TextRange &r : coder2c())
        in.spans.append(span(1, r.start, r.end, QStringLiteral("two"), { 1 }));
    for (const TextRange &r : coder1k())
        in.spans.append(span(1, r.start, r.end, QStringLiteral("one"), { 2 }));
    for (const TextRange &r : coder2k())
        in.spans.append(span(1, r.start, r.end, QStringLiteral("two"), { 2 }));
    const AgreementReport report = computeAgreement(in);
    QCOMPARE(report.tags.size(), 2);
    QVERIFY(std::abs(report.tags[0].alphaU - 0.7286) < 0.00005);
    QCOMPARE(report.tags[1].alphaU, 1.0);
    QVERIFY2(std::abs(report.overall.alphaU - 0.8591) < 0.0005, qPrintable(QString::number(report.overall.alphaU)));
    // The two-by-two tables of both tags pooled, counted by hand: c is coded 100 by one, 120 by
    // two, 70 + 5 = 75 by both; k 110 by both alike. Over 600 code point decisions: both 185,
    // one only 25, two only 45, neither 345.
    const double po = (185.0 + 345) / 600;
    const double pe = (210.0 / 600) * (230.0 / 600) + (390.0 / 600) * (370.0 / 600);
    QVERIFY(std::abs(report.overall.percent - 100 * po) < 1e-9);
    QVERIFY(std::abs(report.overall.kappa - (po - pe) / (1 - pe)) < 1e-9);
    QCOMPARE(report.overall.characters, 300);
}

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
