// Figure extraction: concrete figures of the story articles in tests/data, money/percent/score/count/rank/duration/
// date forms with their qualifiers and labels, numbers that name rather than measure, code point
// offsets, the --figure spec parser, the manual-over-extracted merge rule, and the generated
// benchmark corpus used as an oracle (every planted figure found, nothing else).
#include "FigureTestSupport.h"
#include "TestSupport.h"

#include "domain/CodePoints.h"
#include "figures/FigureBench.h"
#include "figures/FigureExtractor.h"
#include "figures/FigureSpec.h"

#include <QSet>
#include <QTest>

#include <cmath>

using namespace crossread;
using namespace crossread::test;

namespace {

void addFigureColumns()
{
    QTest::addColumn<QString>("figure");
    test::addFigureValueColumns();
}

Figure spanFigure(qint64 start, qint64 end, bool manual)
{
    Figure f;
    f.start = start;
    f.end = end;
    f.manual = manual;
    f.value = double(start);
    return f;
}

} // namespace

class TestFigures : public QObject
{
    Q_OBJECT

private slots:
    void storyFigures_data();
    void storyFigures();
    void storyFigureCounts_data();
    void storyFigureCounts();
    void storyNonFigures_data();
    void storyNonFigures();
    void forms_data();
    void forms();
    void notFigures_data();
    void notFigures();
    void offsetsAreCodePoints();
    void sortedAndDisjoint();
    void parseSpec_data();
    void parseSpec();
    void parseSpecErrors_data();
    void parseSpecErrors();
    void specRoundTrip_data();
    void specRoundTrip();
    void mergeWithManual_data();
    void mergeWithManual();
    void mergeKeepsManualFields();
    void generatedArticles_data();
    void generatedArticles();
    void generatorIsDeterministic();
    void extractGeneratedCorpus();
};

void TestFigures::storyFigures_data()
{
    QTest::addColumn<QString>("story");
    QTest::addColumn<QDate>("dateline");
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<QString>("before"); // the text right before the figure
    addFigureColumns();
    const QDate none;
    const QDate jun14(2026, 6, 14);
    const QDate apr9(2026, 4, 9);
    auto row = [](const char *name, const char *story, const QDate &dateline, int occurrence, const char *before,
                   const char *figure, const char *kind, double value, const char *dateValue, const char *unit,
                   const char *qualifier, const char *label) {
        QTest::newRow(name) << QString::fromLatin1(story) << dateline << occurrence << QString::fromUtf8(before)
                            << QString::fromUtf8(figure) << QString::fromLatin1(kind) << value
                            << QString::fromLatin1(dateValue) << QString::fromLatin1(unit)
                            << QString::fromLatin1(qualifier) << QString::fromUtf8(label);
    };
    // 01: hard-wrapped, no dateline
    row("01 June 2025", "01", none, 0, "Tidewater Data in ", "June 2025", "date", 20250600.0, "2025-06", "", "exact",
        "");
    row("01 38% non-voting stake", "01", none, 0, "Kestrel bought a ", "38%", "percent", 38.0, "", "%", "exact",
        "non-voting stake");
    row("01 stake for more than $9 billion", "01", none, 0, "stake for ", "more than $9 billion", "money", 9e9, "",
        "USD", "over", "acquisition of 38% non-voting stake");
    row("01 valued the labelling company at $24 billion", "01", none, 0, "company at ", "$24 billion", "money", 24e9,
        "", "USD", "exact", "valuation of the labelling company");
    row("01 three people", "01", none, 0, "citing ", "three people", "count", 3.0, "", "people", "exact", "people");
    row("01 shares rose 4%", "01", none, 0, "shares rose ", "4%", "percent", 4.0, "", "%", "exact",
        "Kestrel shares rise");
    // 03: dateline Jun 14, 2026
    row("03 dateline", "03", jun14, 0, "", "Jun 14, 2026", "date", 20260614.0, "2026-06-14", "", "exact", "");
    row("03 April 8 takes the dateline year", "03", jun14, 0, "arrived on ", "April 8", "date", 20260408.0,
        "2026-04-08", "", "exact", "");
    row("03 in April", "03", jun14, 0, "reported in ", "April", "date", 20260400.0, "2026-04", "", "exact", "");
    row("03 May 14", "03", jun14, 0, "arXiv on ", "May 14", "date", 20260514.0, "2026-05-14", "", "exact", "");
    row("03 more than 1,000 physicians", "03", jun14, 0, "consultation with ", "more than 1,000 physicians", "count",
        1000.0, "", "physicians", "over", "physicians");
    row("03 141 views", "03", jun14, 0, "read \u00B7 ", "141 views", "count", 141.0, "", "views", "exact", "views");
    row("03 ninety pages", "03", jun14, 0, "ran to ", "ninety pages", "count", 90.0, "", "pages", "exact", "pages");
    // 04: Markdown, dated April 9, 2026 in its desk line
    row("04 desk line date", "04", apr9, 0, "AI Desk | ", "April 9, 2026", "date", 20260409.0, "2026-04-09", "",
        "exact", "");
    row("04 by early 2026", "04", apr9, 0, "million by ", "early 2026", "date", 20260000.0, "2026", "", "exact", "");
    row("04 April 8, 2026", "04", apr9, 0, "announced Tern on ", "April 8, 2026", "date", 20260408.0, "2026-04-08", "",
        "exact", "");
    row("04 invested $9.4 billion", "04", apr9, 0, "Kestrel invested ", "$9.4 billion", "money", 9.4e9, "", "USD",
        "exact", "investment in Tidewater Data");
    row("04 seven months of work", "04", apr9, 0, "After ", "seven months", "duration", 7.0, "", "months", "exact",
        "work");
    row("04 scores 61.5 on the index", "04", apr9, 0, "Tern scores ", "61.5", "score", 61.5, "", "points", "exact",
        "Apex Reasoning Index");
    row("04 third overall", "04", apr9, 0, "placing it ", "third overall", "rank", 3.0, "", "rank", "exact", "overall");
    row("04 benchmark named before the score", "04", apr9, 0, "it scores ", "83.2", "score", 83.2, "", "points",
        "exact", "MedQA Pro");
    row("04 over 1,000 physicians", "04", apr9, 0, "answers with ", "over 1,000 physicians", "count", 1000.0, "",
        "physicians", "over", "physicians");
    row("04 two interaction modes", "04", apr9, 0, "offers ", "two interaction modes", "count", 2.0, "", "modes",
        "exact", "interaction modes");
    row("04 over two billion existing users", "04", apr9, 0, "out to ", "over two billion existing users", "count", 2e9,
        "", "users", "over", "existing users");
    row("04 stock rose more than 7%", "04", apr9, 0, "stock rose ", "more than 7%", "percent", 7.0, "", "%", "over",
        "stock rise");
}

void TestFigures::storyFigures()
{
    QFETCH(QString, story);
    QFETCH(QDate, dateline);
    QFETCH(int, occurrence);
    QFETCH(QString, figure);
    const QString text = test::storyText(story);
    QVERIFY2(!text.isEmpty(), test::missingStory(story));
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

void TestFigures::storyFigureCounts_data()
{
    QTest::addColumn<QString>("story");
    QTest::addColumn<QDate>("dateline");
    QTest::addColumn<int>("count");
    QTest::newRow("01 without dateline skips 'in March'") << "01" << QDate() << 6;
    QTest::newRow("01 with a dateline reads 'in March'") << "01" << QDate(2026, 4, 2) << 7;
    QTest::newRow("03") << "03" << QDate(2026, 6, 14) << 10;
    QTest::newRow("03 without dateline") << "03" << QDate() << 7;
    QTest::newRow("04") << "04" << QDate(2026, 4, 9) << 15;
}

void TestFigures::storyFigureCounts()
{
    QFETCH(QString, story);
    QFETCH(QDate, dateline);
    QFETCH(int, count);
    const QString text = test::storyText(story);
    QVERIFY2(!text.isEmpty(), test::missingStory(story));
    const QList<Figure> figures = FigureExtractor().extract(text, dateline);
    QVERIFY2(figures.size() == count, qPrintable(describe(figures)));
}

void TestFigures::storyNonFigures_data()
{
    QTest::addColumn<QString>("story");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("01 age") << "01"
                            << "at 20 to start";
    QTest::newRow("01 month without dateline") << "01"
                                               << "in March, citing";
    QTest::newRow("02 question number") << "02"
                                        << "Q1:";
    QTest::newRow("03 time") << "03"
                             << "9:24 AM";
    QTest::newRow("03 model version") << "03"
                                      << "Larkspur 4 remains";
    QTest::newRow("04 step one") << "04"
                                 << "Step one";
}

void TestFigures::storyNonFigures()
{
    QFETCH(QString, story);
    QFETCH(QString, phrase);
    const QString text = test::storyText(story);
    QVERIFY2(!text.isEmpty(), test::missingStory(story));
    const qsizetype at = text.indexOf(phrase);
    QVERIFY(at >= 0);
    const CodePoints cp(text);
    const qint64 start = cp.fromUtf16(at);
    const qint64 end = cp.fromUtf16(at + phrase.size());
    for (const Figure &f : FigureExtractor().extract(text))
        QVERIFY2(f.end <= start || f.start >= end, qPrintable(f.text));
}

void TestFigures::forms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("dateline");
    QTest::addColumn<int>("total");
    addFigureColumns();
    const QDate none;
    const QDate dl(2026, 6, 14);
    auto row = [](const char *name, const char *text, const QDate &date, int total, const char *figure,
                   const char *kind, double value, const char *dateValue, const char *unit, const char *qualifier,
                   const char *label) {
        QTest::newRow(name) << QString::fromUtf8(text) << date << total << QString::fromUtf8(figure)
                            << QString::fromLatin1(kind) << value << QString::fromLatin1(dateValue)
                            << QString::fromLatin1(unit) << QString::fromLatin1(qualifier) << QString::fromUtf8(label);
    };
    // money
    row("dollars and billion", "Meta invested $14.3 billion in Scale AI.", none, 1, "$14.3 billion", "money", 14.3e9,
        "", "USD", "exact", "investment in Scale AI");
    row("hard-wrapped line", "Meta will spend more than $14\nbillion on data centers.", none, 1,
        "more than $14\nbillion", "money", 14e9, "", "USD", "over", "spending on data centers");
    row("decimal is one figure", "It cost $14.3 to ship.", none, 1, "$14.3", "money", 14.3, "", "USD", "exact", "cost");
    row("bn suffix", "Microsoft plans to spend $300bn on data centers.", none, 1, "$300bn", "money", 3e11, "", "USD",
        "exact", "spending on data centers");
    row("euro million", "The startup raised \u20AC2 million from investors.", none, 1, "\u20AC2 million", "money", 2e6,
        "", "EUR", "exact", "funding");
    row("pound m suffix", "Revenue was \u00A35m.", none, 1, "\u00A35m", "money", 5e6, "", "GBP", "exact", "Revenue");
    row("US$ trillion", "Analysts put the market at US$1.2 trillion.", none, 1, "US$1.2 trillion", "money", 1.2e12, "",
        "USD", "exact", "");
    row("currency code", "The fund holds USD 250 million.", none, 1, "USD 250 million", "money", 2.5e8, "", "USD",
        "exact", "");
    row("written dollars", "Meta earned 14 billion dollars last quarter.", none, 1, "14 billion dollars", "money", 14e9,
        "", "USD", "exact", "Meta earnings");
    row("written euros", "They paid three million euros for Mistral.", none, 1, "three million euros", "money", 3e6, "",
        "EUR", "exact", "payment for Mistral");
    row("range is its midpoint", "OpenAI hopes to raise $10-12 billion.", none, 1, "$10-12 billion", "money", 11e9, "",
        "USD", "about", "OpenAI funding");
    row("from..to is a change, not a range", "Bids rose from $500 million to $1 billion.", none, 2, "$1 billion",
        "money", 1e9, "", "USD", "exact", "");
    row("to range takes both magnitudes", "Bids of $500 million to $1 billion came in.", none, 1,
        "$500 million to $1 billion", "money", 7.5e8, "", "USD", "about", "Bids");
    row("valuation passive", "Scale AI was valued at $29 billion.", none, 1, "$29 billion", "money", 29e9, "", "USD",
        "exact", "valuation of Scale AI");
    row("noun of", "It reported a valuation of $29 billion.", none, 1, "$29 billion", "money", 29e9, "", "USD", "exact",
        "valuation");
    row("revenue in", "The unit generated $5 billion in revenue.", none, 1, "$5 billion", "money", 5e9, "", "USD",
        "exact", "revenue");
    row("total of", "The firm has raised a total of $6.6 billion from investors.", none, 1, "$6.6 billion", "money",
        6.6e9, "", "USD", "exact", "funding");
    row("grouped dollars", "The chips cost $30,000 each.", none, 1, "$30,000", "money", 3e4, "", "USD", "exact",
        "cost");
    row("tn suffix and noun after", "Microsoft's $3.5tn valuation grew.", none, 1, "$3.5tn", "money", 3.5e12, "", "USD",
        "exact", "valuation");
    // percentages and scores
    row("percent sign", "It bought a 49% non-voting stake.", none, 1, "49%", "percent", 49, "", "%", "exact",
        "non-voting stake");
    row("per cent of a group", "About 9 per cent of users left.", none, 1, "About 9 per cent", "percent", 9, "", "%",
        "about", "users");
    row("percent word", "Shares fell 9 percent.", none, 1, "9 percent", "percent", 9, "", "%", "exact", "Shares fall");
    row("percentage points", "Margins rose 3 percentage points.", none, 1, "3 percentage points", "percent", 3, "",
        "percentage points", "exact", "Margins rise");
    row("negative percent", "Growth was -3.5% last year.", none, 1, "-3.5%", "percent", -3.5, "", "%", "exact",
        "Growth");
    row("adverb after percent", "Its revenue grew 25% year-over-year.", none, 1, "25%", "percent", 25, "", "%", "exact",
        "revenue growth");
    row("percent range", "Analysts see 5-10% growth.", none, 1, "5-10%", "percent", 7.5, "", "%", "about", "growth");
    row("percent on a benchmark is a score", "The model scored 85.1% on MMLU.", none, 1, "85.1%", "score", 85.1, "",
        "%", "exact", "MMLU");
    row("number on a benchmark", "It reached 42.8 on HealthBench Hard.", none, 1, "42.8", "score", 42.8, "", "points",
        "exact", "HealthBench Hard");
    row("versioned benchmark", "It scores 52 on the Artificial Intelligence Index v4.0.", none, 1, "52", "score", 52,
        "", "points", "exact", "Artificial Intelligence Index v4.0");
    row("benchmark before the score", "On the HealthBench Hard evaluation, it scores 42.8.", none, 1, "42.8", "score",
        42.8, "", "points", "exact", "HealthBench Hard");
    row("possessive benchmark", "It scored 18 on Humanity's Last Exam.", none, 1, "18", "score", 18, "", "points",
        "exact", "Humanity's Last Exam");
    row("score of", "An MMLU score of 88 was reported.", none, 1, "88", "score", 88, "", "points", "exact", "MMLU");
    // counts
    row("grouped digits", "It worked with more than 1,000 physicians.", none, 1, "more than 1,000 physicians", "count",
        1000, "", "physicians", "over", "physicians");
    row("scaled count", "Llama reached 1.2 billion downloads.", none, 1, "1.2 billion downloads", "count", 1.2e9, "",
        "downloads", "exact", "downloads");
    row("number words", "It reaches three billion users.", none, 1, "three billion users", "count", 3e9, "", "users",
        "exact", "users");
    row("hyphenated number words", "It hired twenty-five engineers.", none, 1, "twenty-five engineers", "count", 25, "",
        "engineers", "exact", "engineers");
    row("hundreds and", "It hired two hundred and fifty staff.", none, 1, "two hundred and fifty staff", "count", 250,
        "", "staff", "exact", "staff");
    row("a million", "It has a million users.", none, 1, "a million users", "count", 1e6, "", "users", "exact",
        "users");
    row("plus sign", "It hired 1,000+ physicians.", none, 1, "1,000+ physicians", "count", 1000, "", "physicians",
        "over", "physicians");
    row("or more", "It needs 5 or more people.", none, 1, "5 or more people", "count", 5, "", "people", "over",
        "people");
    row("hyphenated counted noun", "It backed 40 start-ups.", none, 1, "40 start-ups", "count", 40, "", "start-ups",
        "exact", "start-ups");
    row("counted noun of a name", "There were 1.2 billion downloads of Llama.", none, 1, "1.2 billion downloads",
        "count", 1.2e9, "", "downloads", "exact", "downloads of Llama");
    row("product code in counted noun", "Nvidia sold 3.5 million H100 chips.", none, 1, "3.5 million H100 chips",
        "count", 3.5e6, "", "chips", "exact", "H100 chips");
    // ranks
    row("ordinal word overall", "It placed fourth overall.", none, 1, "fourth overall", "rank", 4, "", "rank", "exact",
        "overall");
    row("ranked ordinal digits", "Meta was ranked 3rd on the GPQA Diamond leaderboard.", none, 1, "3rd", "rank", 3, "",
        "rank", "exact", "GPQA Diamond");
    row("first place", "It took first place among open models.", none, 1, "first place", "rank", 1, "", "rank", "exact",
        "open models");
    row("number sign", "It became the No. 1 app.", none, 1, "No. 1", "rank", 1, "", "rank", "exact", "app");
    // durations
    row("duration words", "After nine months of work it shipped.", none, 1, "nine months", "duration", 9, "", "months",
        "exact", "work");
    row("duration digits", "It took 18 months.", none, 1, "18 months", "duration", 18, "", "months", "exact", "");
    row("hyphenated duration", "It faced an 18-month delay.", none, 1, "18-month", "duration", 18, "", "months",
        "exact", "delay");
    row("nearly two years", "It lasted nearly two years.", none, 1, "nearly two years", "duration", 2, "", "years",
        "under", "");
    row("duration range in words", "It will take two to three years.", none, 1, "two to three years", "duration", 2.5,
        "", "years", "about", "");
    // dates
    row("month day year", "It launched on April 8, 2026.", none, 1, "April 8, 2026", "date", 20260408, "2026-04-08", "",
        "exact", "");
    row("day month year", "It launched on 8 April 2026.", none, 1, "8 April 2026", "date", 20260408, "2026-04-08", "",
        "exact", "");
    row("ordinal day of month", "It launched on the 8th of April 2026.", none, 1, "8th of April 2026", "date", 20260408,
        "2026-04-08", "", "exact", "");
    row("abbreviated month", "Posted Apr. 8, 2026 by staff.", none, 1, "Apr. 8, 2026", "date", 20260408, "2026-04-08",
        "", "exact", "");
    row("iso date", "Filed 2026-04-08 in Delaware.", none, 1, "2026-04-08", "date", 20260408, "2026-04-08", "", "exact",
        "");
    row("abbreviation with period", "Filed Sept. 30, 2025.", none, 1, "Sept. 30, 2025", "date", 20250930, "2025-09-30",
        "", "exact", "");
    row("day before abbreviation", "Filed 30 Sept 2025 in court.", none, 1, "30 Sept 2025", "date", 20250930,
        "2025-09-30", "", "exact", "");
    row("month year", "It closed in June 2025.", none, 1, "June 2025", "date", 20250600, "2025-06", "", "exact", "");
    row("month day takes dateline year", "It launched April 8.", dl, 1, "April 8", "date", 20260408, "2026-04-08", "",
        "exact", "");
    row("bare month takes dateline year", "Talks began in March.", dl, 1, "March", "date", 20260300, "2026-03", "",
        "exact", "");
    row("bare year after in", "In 2025, sales rose.", none, 1, "2025", "date", 20250000, "2025", "", "exact", "");
    row("bare year after since", "It has grown since 2019.", none, 1, "2019", "date", 20190000, "2019", "", "exact",
        "");
    row("early year", "It ships by early 2026.", none, 1, "early 2026", "date", 20260000, "2026", "", "exact", "");
    row("mid-year", "It ships by mid-2025.", none, 1, "mid-2025", "date", 20250000, "2025", "", "exact", "");
    // qualifiers
    row("nearly is under", "Nearly 500 employees left.", none, 1, "Nearly 500 employees", "count", 500, "", "employees",
        "under", "employees");
    row("almost", "It spent almost $3 billion.", none, 1, "almost $3 billion", "money", 3e9, "", "USD", "under",
        "spending");
    row("under", "It has under 40 staff.", none, 1, "under 40 staff", "count", 40, "", "staff", "under", "staff");
    row("less than", "It sold less than 5% of its stake.", none, 1, "less than 5%", "percent", 5, "", "%", "under",
        "stake");
    row("up to", "It could lose up to 40%.", none, 1, "up to 40%", "percent", 40, "", "%", "under", "");
    row("at least", "It raised at least $2 billion.", none, 1, "at least $2 billion", "money", 2e9, "", "USD", "over",
        "funding");
    row("above", "Margins stayed above 30%.", none, 1, "above 30%", "percent", 30, "", "%", "over", "");
    row("roughly", "It employs roughly 2,000 people.", none, 1, "roughly 2,000 people", "count", 2000, "", "people",
        "about", "people");
    row("approximately", "It took approximately six weeks.", none, 1, "approximately six weeks", "duration", 6, "",
        "weeks", "about", "");
    row("reportedly about", "It bought reportedly about 2,000 GPUs.", none, 1, "reportedly about 2,000 GPUs", "count",
        2000, "", "GPUs", "about", "GPUs");
    row("some", "Some 300 researchers signed.", none, 1, "Some 300 researchers", "count", 300, "", "researchers",
        "about", "researchers");
    row("an estimated", "It has an estimated 40 million users.", none, 1, "an estimated 40 million users", "count", 4e7,
        "", "users", "about", "users");
    row("between is a range", "Growth was between 10 and 12 percent.", none, 1, "between 10 and 12 percent", "percent",
        11, "", "%", "about", "Growth");
}

void TestFigures::forms()
{
    QFETCH(QString, text);
    QFETCH(QDate, dateline);
    QFETCH(int, total);
    QFETCH(QString, figure);
    const QList<Figure> figures = FigureExtractor().extract(text, dateline);
    checkRanges(text, figures);
    QVERIFY2(figures.size() == total, qPrintable(describe(figures)));
    const Figure *f = findFigure(figures, figure);
    QVERIFY2(f, qPrintable(describe(figures)));
    compareFigure(f);
}

void TestFigures::notFigures_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Llama 4") << "The Llama 4 family underperformed.";
    QTest::newRow("v4.0") << "The v4.0 release of the index.";
    QTest::newRow("GPT-5") << "GPT-5 launched with fanfare.";
    QTest::newRow("GPT-4o") << "GPT-4o users were upgraded.";
    QTest::newRow("Claude 3.5") << "Claude 3.5 Sonnet users cheered.";
    QTest::newRow("Gemini 2.5 Pro") << "Gemini 2.5 Pro models power it.";
    QTest::newRow("Ray-Ban Meta Gen 2") << "The Ray-Ban Meta Gen 2 glasses sold out.";
    QTest::newRow("Windows 11") << "It runs on Windows 11 PCs.";
    QTest::newRow("iPhone 16") << "Most iPhone 16 owners upgraded.";
    QTest::newRow("COVID-19") << "COVID-19 cases fell.";
    QTest::newRow("24/7") << "Support is open 24/7 for customers.";
    QTest::newRow("phone with dashes") << "Call 555-123-4567 today.";
    QTest::newRow("international phone") << "Call +44 20 7946 0958 today.";
    QTest::newRow("phone with area code") << "Call (555) 123-4567 today.";
    QTest::newRow("URL with numbers") << "See https://example.com/2025/04/08/story-42 for details.";
    QTest::newRow("www URL") << "See www.example.com/7/items for details.";
    QTest::newRow("path without scheme") << "See example.com/2025/04 for more.";
    QTest::newRow("e-mail address") << "Write to jobs2025@example.com today.";
    QTest::newRow("time") << "The call starts at 9:30 AM.";
    QTest::newRow("version word") << "The version 2 users complained.";
    QTest::newRow("quarter code") << "The Q1 results beat forecasts.";
    QTest::newRow("decade") << "Back in the 1990s computers were slow.";
    QTest::newRow("parameter count") << "A 70B model was released.";
    QTest::newRow("5G") << "It needs 5G networks.";
    QTest::newRow("bare number") << "He founded it at 19.";
    QTest::newRow("year without preposition") << "The class of 2025 graduated.";
    QTest::newRow("year range") << "Results for the 2025-26 season.";
    QTest::newRow("one of") << "One of the users complained.";
    QTest::newRow("Formula One") << "Formula One teams use it.";
    QTest::newRow("in the first place") << "Why build it in the first place?";
    QTest::newRow("first without rank word") << "Its first model was slow.";
    QTest::newRow("step one") << "The rebuild was step one.";
    QTest::newRow("yearless date without dateline") << "It launched on April 8 and again in March.";
    QTest::newRow("triple version") << "The 4.0.1 update shipped.";
    QTest::newRow("hash number") << "It became the #1 app.";
    QTest::newRow("age") << "A 19-year-old founder started it.";
    QTest::newRow("one day") << "One day it may work.";
    QTest::newRow("score result") << "They won 3-2 at home.";
    QTest::newRow("plural without number") << "Billions of users and dozens of models.";
}

void TestFigures::notFigures()
{
    QFETCH(QString, text);
    const QList<Figure> figures = FigureExtractor().extract(text);
    QVERIFY2(figures.isEmpty(), qPrintable(describe(figures)));
}

void TestFigures::offsetsAreCodePoints()
{
    // Each emoji is one code point but two UTF-16 units.
    const QString text
        = QStringLiteral("\U0001F680\U0001F680 Meta invested $5 billion in \U0001F4C8 on April 8, 2026.");
    const QList<Figure> figures = FigureExtractor().extract(text);
    QCOMPARE(figures.size(), 2);
    QCOMPARE(figures[0].text, QStringLiteral("$5 billion"));
    QCOMPARE(figures[0].start, qint64(17));
    QCOMPARE(figures[0].end, qint64(27));
    QCOMPARE(figures[1].text, QStringLiteral("April 8, 2026"));
    QCOMPARE(figures[1].start, qint64(36));
    QCOMPARE(figures[1].end, qint64(49));
    checkRanges(text, figures);
}

void TestFigures::sortedAndDisjoint()
{
    const QStringList story = test::storyFiles();
    QVERIFY2(story.size() == 5, qPrintable(test::storyDir()));
    for (const QString &path : story) {
        const QString text = QString::fromUtf8(test::readFile(path));
        const QList<Figure> figures = FigureExtractor().extract(text, QDate(2026, 6, 14));
        for (qsizetype k = 1; k < figures.size(); ++k)
            QVERIFY2(figures[k - 1].end <= figures[k].start, qPrintable(path));
    }
}

void TestFigures::parseSpec_data()
{
    QTest::addColumn<QString>("spec");
    addFigureColumns();
    auto row = [](const char *spec, const char *kind, double value, const char *dateValue, const char *unit,
                   const char *qualifier, const char *label) {
        QTest::newRow(spec) << QString::fromUtf8(spec) << QString() << QString::fromLatin1(kind) << value
                            << QString::fromLatin1(dateValue) << QString::fromLatin1(unit)
                            << QString::fromLatin1(qualifier) << QString::fromUtf8(label);
    };
    row("money:14.3e9:investment in Scale AI", "money", 14.3e9, "", "USD", "exact", "investment in Scale AI");
    row("money:$14.3 billion", "money", 14.3e9, "", "USD", "exact", "");
    row("money:14.3bn", "money", 14.3e9, "", "USD", "exact", "");
    row("money:\u20AC2m:seed round", "money", 2e6, "", "EUR", "exact", "seed round");
    row("money:>14bn:Scale AI: the deal", "money", 14e9, "", "USD", "over", "Scale AI: the deal");
    row("money:~1,250,000", "money", 1.25e6, "", "USD", "about", "");
    row("money:14 billion dollars", "money", 14e9, "", "USD", "exact", "");
    row("money:GBP 5 million", "money", 5e6, "", "GBP", "exact", "");
    row("MONEY:5", "money", 5, "", "USD", "exact", "");
    row("percent:49%:non-voting stake", "percent", 49, "", "%", "exact", "non-voting stake");
    row("percent:<9 percent", "percent", 9, "", "%", "under", "");
    row("score:42.8:HealthBench Hard", "score", 42.8, "", "points", "exact", "HealthBench Hard");
    row("score:85.1%:MMLU", "score", 85.1, "", "%", "exact", "MMLU");
    row("count:1.2 billion downloads", "count", 1.2e9, "", "downloads", "exact", "downloads");
    row("count:1,000 physicians:doctors consulted", "count", 1000, "", "physicians", "exact", "doctors consulted");
    row("rank:4th:overall", "rank", 4, "", "rank", "exact", "overall");
    row("duration:9 months:rebuild", "duration", 9, "", "months", "exact", "rebuild");
    row("duration:2 year", "duration", 2, "", "years", "exact", "");
    row("date:2026-04-08", "date", 20260408, "2026-04-08", "", "exact", "");
    row("date:2025-06:closing", "date", 20250600, "2025-06", "", "exact", "closing");
    row("date:2025", "date", 20250000, "2025", "", "exact", "");
    row("date:April 8, 2026:launch", "date", 20260408, "2026-04-08", "", "exact", "launch");
    row("date:June 2025", "date", 20250600, "2025-06", "", "exact", "");
}

void TestFigures::parseSpec()
{
    QFETCH(QString, spec);
    Figure f;
    QString error;
    QVERIFY2(parseFigureSpec(spec, &f, &error), qPrintable(error));
    QFETCH(QString, kind);
    QFETCH(double, value);
    QFETCH(QString, dateValue);
    QFETCH(QString, unit);
    QFETCH(QString, qualifier);
    QFETCH(QString, label);
    QCOMPARE(figureKindName(f.kind), kind);
    QVERIFY2(sameValue(f.value, value), qPrintable(QString::number(f.value, 'g', 15)));
    QCOMPARE(f.dateValue, dateValue);
    QCOMPARE(f.unit, unit);
    QCOMPARE(qualifierName(f.qualifier), qualifier);
    QCOMPARE(f.label, label);
    QVERIFY(f.manual);
    QVERIFY(!f.text.isEmpty());
}

void TestFigures::parseSpecErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("empty") << "";
    QTest::newRow("no colon") << "money";
    QTest::newRow("unknown kind") << "cash:5";
    QTest::newRow("missing value") << "money:";
    QTest::newRow("not a number") << "money:abc";
    QTest::newRow("two decimal points") << "money:1.2.3";
    QTest::newRow("currency on a percent") << "percent:$5";
    QTest::newRow("money with a unit") << "money:5 apples";
    QTest::newRow("duration without unit") << "duration:9";
    QTest::newRow("rank with a unit") << "rank:5 apples";
    QTest::newRow("ordinal for a count") << "count:4th";
    QTest::newRow("invalid month") << "date:2026-13-01";
    QTest::newRow("not a date") << "date:someday";
}

void TestFigures::parseSpecErrors()
{
    QFETCH(QString, spec);
    Figure f;
    f.value = 123;
    QString error;
    QVERIFY(!parseFigureSpec(spec, &f, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(f.value, 123.0); // untouched on failure
}

// A figure typed as a spec against the row: the value columns, and marked as entered by hand.
static void compareSpecFigure(const Figure &f)
{
    QFETCH(QString, kind);
    QFETCH(double, value);
    QFETCH(QString, dateValue);
    QFETCH(QString, unit);
    QFETCH(QString, qualifier);
    QFETCH(QString, label);
    QCOMPARE(figureKindName(f.kind), kind);
    QVERIFY2(sameValue(f.value, value), qPrintable(QString::number(f.value, 'g', 15)));
    QCOMPARE(f.dateValue, dateValue);
    QCOMPARE(f.unit, unit);
    QCOMPARE(qualifierName(f.qualifier), qualifier);
    QCOMPARE(f.label, label);
    QVERIFY(f.manual);
}

void TestFigures::specRoundTrip_data()
{
    // What each spec means, and the spec written back, worked out by hand.
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("written");
    addFigureValueColumns();
    QTest::newRow("money") << "money:>$14.3 billion:investment in Scale AI"
                           << "money:>USD 14300000000:investment in Scale AI"
                           << "money" << 14.3e9 << ""
                           << "USD"
                           << "over"
                           << "investment in Scale AI";
    QTest::newRow("euro") << "money:~\u20AC2m"
                          << "money:~EUR 2000000"
                          << "money" << 2e6 << ""
                          << "EUR"
                          << "about"
                          << "";
    QTest::newRow("percent") << "percent:49%:non-voting stake"
                             << "percent:49%:non-voting stake"
                             << "percent" << 49.0 << ""
                             << "%"
                             << "exact"
                             << "non-voting stake";
    QTest::newRow("score") << "score:85.1%:MMLU"
                           << "score:85.1%:MMLU"
                           << "score" << 85.1 << ""
                           << "%"
                           << "exact"
                           << "MMLU";
    QTest::newRow("count") << "count:<1.2 billion downloads:downloads"
                           << "count:<1200000000 downloads:downloads"
                           << "count" << 1.2e9 << ""
                           << "downloads"
                           << "under"
                           << "downloads";
    QTest::newRow("duration") << "duration:9 months:work"
                              << "duration:9 months:work"
                              << "duration" << 9.0 << ""
                              << "months"
                              << "exact"
                              << "work";
    QTest::newRow("rank") << "rank:4:overall"
                          << "rank:4:overall"
                          << "rank" << 4.0 << ""
                          << "rank"
                          << "exact"
                          << "overall";
    QTest::newRow("date") << "date:2025-06:closing"
                          << "date:2025-06:closing"
                          << "date" << 20250600.0 << "2025-06"
                          << ""
                          << "exact"
                          << "closing";
}

void TestFigures::specRoundTrip()
{
    QFETCH(QString, spec);
    QFETCH(QString, written);
    QString error;
    Figure first;
    QVERIFY2(parseFigureSpec(spec, &first, &error), qPrintable(error));
    compareSpecFigure(first);
    QCOMPARE(figureSpec(first), written);
    Figure second;
    QVERIFY2(parseFigureSpec(written, &second, &error), qPrintable(written + QLatin1String(": ") + error));
    compareSpecFigure(second);
}

void TestFigures::mergeWithManual_data()
{
    // Extracted figures sit at [0,10), [20,30), [40,50). Ranges are "start-end", manual ones marked M.
    QTest::addColumn<QString>("manual");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no manual figures") << ""
                                       << "0-10 20-30 40-50";
    QTest::newRow("same range replaces") << "20-30"
                                         << "0-10 M20-30 40-50";
    QTest::newRow("inside replaces") << "22-28"
                                     << "0-10 M22-28 40-50";
    QTest::newRow("straddling two replaces both") << "25-45"
                                                  << "0-10 M25-45";
    QTest::newRow("touching is not overlapping") << "10-20"
                                                 << "0-10 M10-20 20-30 40-50";
    QTest::newRow("empty range inside a figure") << "25-25"
                                                 << "0-10 M25-25 40-50";
    QTest::newRow("empty range at a boundary") << "30-30"
                                               << "0-10 20-30 M30-30 40-50";
    QTest::newRow("manual elsewhere is added") << "60-70"
                                               << "0-10 20-30 40-50 M60-70";
    QTest::newRow("several manual") << "0-5 45-48"
                                    << "M0-5 20-30 M45-48";
}

void TestFigures::mergeWithManual()
{
    QFETCH(QString, manual);
    QFETCH(QString, expected);
    const QList<Figure> extracted = { spanFigure(0, 10, false), spanFigure(20, 30, false), spanFigure(40, 50, false) };
    QList<Figure> hand;
    for (const QString &range : manual.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        // given with manual = false: merging marks them
        hand << spanFigure(range.section(QLatin1Char('-'), 0, 0).toLongLong(),
            range.section(QLatin1Char('-'), 1, 1).toLongLong(), false);
    }
    QStringList got;
    for (const Figure &f : FigureExtractor::mergeWithManual(extracted, hand))
        got << QStringLiteral("%1%2-%3").arg(f.manual ? QStringLiteral("M") : QString()).arg(f.start).arg(f.end);
    QCOMPARE(got.join(QLatin1Char(' ')), expected);
}

void TestFigures::mergeKeepsManualFields()
{
    const QString text = QStringLiteral("Meta invested over $14 billion in Scale AI in June 2025.");
    const QList<Figure> extracted = FigureExtractor().extract(text);
    QCOMPARE(extracted.size(), 2);
    Figure hand;
    QVERIFY(parseFigureSpec(QStringLiteral("money:14.3e9:Scale AI stake"), &hand, nullptr));
    hand.start = extracted[0].start + 5;
    hand.end = extracted[0].end;
    hand.spanId = 7;
    const QList<Figure> merged = FigureExtractor::mergeWithManual(extracted, { hand });
    QCOMPARE(merged.size(), 2);
    QCOMPARE(merged[0].label, QStringLiteral("Scale AI stake"));
    QCOMPARE(merged[0].value, 14.3e9);
    QCOMPARE(merged[0].spanId, qint64(7));
    QVERIFY(merged[0].manual);
    QCOMPARE(merged[1].dateValue, QStringLiteral("2025-06"));
    QVERIFY(!merged[1].manual);
}

void TestFigures::generatedArticles_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<quint32>("seed");
    for (int index = 0; index < 40; ++index)
        QTest::addRow("seed 42 article %d", index) << index << 42u;
    for (quint32 seed : { 1u, 7u, 2026u, 0xDEADBEEFu })
        QTest::addRow("seed %u article 3", seed) << 3 << seed;
}

void TestFigures::generatedArticles()
{
    QFETCH(int, index);
    QFETCH(quint32, seed);
    const FigureBench::Article article = FigureBench::generate(index, seed);
    const QList<Figure> figures = FigureExtractor().extract(article.text, article.dateline);
    checkRanges(article.text, figures);
    QVERIFY(!article.planted.isEmpty());
    for (const Figure &p : article.planted) {
        const Figure *f = nullptr;
        for (const Figure &g : figures) {
            if (g.start == p.start && g.end == p.end)
                f = &g;
        }
        QVERIFY2(f, qPrintable(QStringLiteral("missed \"%1\"").arg(p.text)));
        QCOMPARE(f->text, p.text);
        QCOMPARE(figureKindName(f->kind), figureKindName(p.kind));
        QVERIFY2(sameValue(f->value, p.value), qPrintable(p.text));
        QCOMPARE(f->dateValue, p.dateValue);
        QCOMPARE(f->unit, p.unit);
        QCOMPARE(qualifierName(f->qualifier), qualifierName(p.qualifier));
        QCOMPARE(f->label, p.label);
    }
    QVERIFY2(figures.size() == article.planted.size(), qPrintable(describe(figures)));
    for (const TextRange &decoy : article.decoys) {
        for (const Figure &f : figures)
            QVERIFY2(f.end <= decoy.start || f.start >= decoy.end, qPrintable(f.text));
    }
}

void TestFigures::generatorIsDeterministic()
{
    const FigureBench::Article a = FigureBench::generate(11, 42);
    QCOMPARE(FigureBench::generateArticle(11, 42), a.text);
    QVERIFY(FigureBench::generateArticle(12, 42) != a.text);
    QVERIFY(FigureBench::generateArticle(11, 43) != a.text);
    QSet<int> kinds;
    QSet<int> qualifiers;
    int decoys = 0;
    for (int index = 0; index < 20; ++index) {
        const FigureBench::Article article = FigureBench::generate(index, 42);
        QVERIFY(article.text.size() >= 5000);
        QVERIFY(article.text.size() < 6500);
        QVERIFY(article.dateline.isValid());
        for (const Figure &f : article.planted) {
            kinds.insert(int(f.kind));
            qualifiers.insert(int(f.qualifier));
        }
        decoys += article.decoys.size();
    }
    QCOMPARE(kinds.size(), 7);
    QCOMPARE(qualifiers.size(), 4);
    QVERIFY(decoys > 20);
}

void TestFigures::extractGeneratedCorpus()
{
    QList<FigureBench::Article> articles;
    for (int index = 0; index < 200; ++index)
        articles << FigureBench::generate(index, 42);
    const FigureExtractor extractor;
    qsizetype found = 0;
    QBENCHMARK
    {
        found = 0;
        for (const FigureBench::Article &a : articles)
            found += extractor.extract(a.text, a.dateline).size();
    }
    qsizetype planted = 0;
    for (const FigureBench::Article &a : articles)
        planted += a.planted.size();
    QCOMPARE(found, planted);
}

QTEST_GUILESS_MAIN(TestFigures)
#include "tst_figures.moc"
