// Figure extraction beyond single sentences: numeric cells of Markdown tables read with their
// column header and row, months counted from the dateline ("last April", "next January"), and
// money labels that name the company a sentence is about ("Brightmoss AI funding").
#include "FigureTestSupport.h"
#include "domain/CodePoints.h"
#include "figures/FigureExtractor.h"

#include <QTest>

#include <cmath>

using namespace crossread;
using namespace crossread::test;

namespace {

const QDate kMarch2026(2026, 3, 6);

// An invented leaderboard: a model and developer column, a benchmark column and the score.
const char *const kLeaderboard = "Intro line.\n"
                                 "\n"
                                 "| Model | Developer | Benchmark | Score |\n"
                                 "|---|---|---|---:|\n"
                                 "| Quill 2 | Tern Robotics | PuzzleBench | 64.5 |\n"
                                 "| Quill 2 | Tern Robotics | LogicYard Plus | 58.0 |\n"
                                 "| Sparrow 1.5 | Kelpwise Labs | PuzzleBench | 66.1 |\n"
                                 "\n"
                                 "Closing line.\n";

void addFigureColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("dateline");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<int>("occurrence");
    test::addFigureValueColumns();
}

void addRow(const char *name, const QString &text, const QDate &dateline, int total, const char *figure, int occurrence,
    const char *kind, double value, const char *dateValue, const char *unit, const char *qualifier, const char *label)
{
    QTest::newRow(name) << text << dateline << total << QString::fromUtf8(figure) << occurrence
                        << QString::fromLatin1(kind) << value << QString::fromLatin1(dateValue)
                        << QString::fromLatin1(unit) << QString::fromLatin1(qualifier) << QString::fromUtf8(label);
}

// Extracts, checks the total and ranges, and compares the chosen figure with the row.
void checkFigure()
{
    QFETCH(QString, text);
    QFETCH(QDate, dateline);
    QFETCH(int, total);
    QFETCH(QString, figure);
    QFETCH(int, occurrence);
    const QList<Figure> figures = FigureExtractor().extract(text, dateline);
    checkRanges(text, figures);
    QVERIFY2(figures.size() == total, qPrintable(describe(figures)));
    const Figure *f = findFigure(figures, figure, occurrence);
    QVERIFY2(f, qPrintable(describe(figures)));
    compareFigure(f);
}

QString table(const char *header, const char *rows)
{
    const QString head = QString::fromUtf8(header);
    QString separator = QStringLiteral("|");
    for (qsizetype k = 1; k < head.count(u'|'); ++k)
        separator += QStringLiteral("---|");
    return head + QLatin1Char('\n') + separator + QLatin1Char('\n') + QString::fromUtf8(rows);
}

} // namespace

class TestFigureLabels : public QObject
{
    Q_OBJECT

private slots:
    void tableCells_data();
    void tableCells() { checkFigure(); }
    void tableNonFigures_data();
    void tableNonFigures();
    void tableOffsets();
    void relativeMonths_data();
    void relativeMonths() { checkFigure(); }
    void companyMoneyLabels_data();
    void companyMoneyLabels() { checkFigure(); }
    void keyedLines_data();
    void keyedLines() { checkFigure(); }
};

void TestFigureLabels::tableCells_data()
{
    addFigureColumns();
    const QDate none;
    const QString board = QString::fromUtf8(kLeaderboard);
    addRow("score labelled with the benchmark cell", board, none, 3, "64.5", 0, "score", 64.5, "", "points", "exact",
        "PuzzleBench");
    addRow("second benchmark of the same model", board, none, 3, "58.0", 0, "score", 58.0, "", "points", "exact",
        "LogicYard Plus");
    addRow("another model's row", board, none, 3, "66.1", 0, "score", 66.1, "", "points", "exact", "PuzzleBench");
    addRow("benchmarks as column headers",
        table("| Model | PuzzleBench | LogicYard |", "| Quill 2 | 64.5 | 71 |\n| Sparrow 1.5 | 60.2 | 69 |\n"), none, 4,
        "71", 0, "score", 71, "", "points", "exact", "LogicYard");
    addRow("accuracy header gives a percent score", table("| Model | TrailMath accuracy (%) |", "| Quill 2 | 81.3 |\n"),
        none, 1, "81.3", 0, "score", 81.3, "", "%", "exact", "TrailMath");
    addRow("percent sign in a benchmark table",
        table("| Model | Benchmark | Result |", "| Quill 2 | PuzzleBench | 77.2% |\n"), none, 1, "77.2%", 0, "score",
        77.2, "", "%", "exact", "PuzzleBench");
    addRow("money header with a magnitude",
        table("| Company | Raised ($bn) | Valuation ($bn) |", "| Brightmoss AI | 1.5 | 12 |\n"), none, 2, "1.5", 0,
        "money", 1.5e9, "", "USD", "exact", "Brightmoss AI funding");
    addRow("second money column keeps its own label",
        table("| Company | Raised ($bn) | Valuation ($bn) |", "| Brightmoss AI | 1.5 | 12 |\n"), none, 2, "12", 0,
        "money", 12e9, "", "USD", "exact", "Brightmoss AI valuation");
    addRow("currency in the cell, label from the row",
        table("| Item | Amount |", "| Series B round | \u20AC300m |\n| Headcount | 85 |\n"), none, 1, "\u20AC300m", 0,
        "money", 3e8, "", "EUR", "exact", "Series B round");
    addRow("percent header", table("| Region | Share (%) |", "| Europe | 27.5 |\n| Asia | 31 |\n"), none, 2, "27.5", 0,
        "percent", 27.5, "", "%", "exact", "Share");
    addRow("plural header counts", table("| Company | Employees |", "| Brightmoss AI | 1,250 |\n"), none, 1, "1,250", 0,
        "count", 1250, "", "employees", "exact", "Employees");
    addRow("sign in the cell qualifies", table("| Company | Customers |", "| Kelpwise Labs | ~400 |\n"), none, 1,
        "~400", 0, "count", 400, "", "customers", "about", "Customers");
    addRow("rank column", table("| Rank | Model | Score |", "| 1 | Quill 2 | 64.5 |\n"), none, 2, "1", 0, "rank", 1, "",
        "rank", "exact", "");
    addRow("year column is a date", table("| Model | Released |", "| Quill 2 | 2025 |\n"), none, 1, "2025", 0, "date",
        20250000, "2025", "", "exact", "");
    addRow("emphasis and padding stay outside the range", table("| Model | Score |", "|  Quill 2  |  **64.5**  |\n"),
        none, 1, "64.5", 0, "score", 64.5, "", "points", "exact", "");
    addRow("prose around the table still counts",
        board + QStringLiteral("Sparrow 1.5 later scored 65.8 on PuzzleBench."), none, 4, "65.8", 0, "score", 65.8, "",
        "points", "exact", "PuzzleBench");
}

void TestFigureLabels::tableNonFigures_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("names and versions") << table(
        "| Model | Version |", "| Quill 2 | v2.1 |\n| Sparrow 1.5 | 3.0.1 |\n");
    QTest::newRow("no separator row") << QStringLiteral("| Model | Score |\n| Quill 2 | 64.5 |\n");
    QTest::newRow("header says nothing") << table("| Region | Code |", "| Europe | 44 |\n");
    QTest::newRow("pipes in prose") << QStringLiteral("The menu read Home | 42 | About.\n");
}

void TestFigureLabels::tableNonFigures()
{
    QFETCH(QString, text);
    const QList<Figure> figures = FigureExtractor().extract(text);
    QVERIFY2(figures.isEmpty(), qPrintable(describe(figures)));
}

void TestFigureLabels::tableOffsets()
{
    // Each emoji is one code point but two UTF-16 units; "64.5" starts at code point 44
    // (UTF-16 index 46).
    const QString text = table("| Model \U0001F680 | Score |", "| Quill \U0001F4C8 2 | 64.5 |\n");
    const QList<Figure> figures = FigureExtractor().extract(text);
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures[0].text, QStringLiteral("64.5"));
    QCOMPARE(figures[0].start, qint64(44));
    QCOMPARE(figures[0].end, qint64(48));
    checkRanges(text, figures);
}

void TestFigureLabels::relativeMonths_data()
{
    addFigureColumns();
    const QDate none;
    auto row = [](const char *name, const char *text, const QDate &dateline, int total, const char *figure,
                   double value, const char *dateValue) {
        addRow(name, QString::fromUtf8(text), dateline, total, figure, 0, "date", value, dateValue, "", "exact", "");
    };
    row("last April before a March dateline", "The chip shipped last April.", kMarch2026, 1, "last April", 20250400,
        "2025-04");
    row("next January after a March dateline", "Shipments resume next January.", kMarch2026, 1, "next January",
        20270100, "2027-01");
    row("plain in April keeps the dateline year", "Talks began in April.", kMarch2026, 1, "April", 20260400, "2026-04");
    row("last January earlier in the same year", "The lab opened last January.", kMarch2026, 1, "last January",
        20260100, "2026-01");
    row("next May later in the same year", "A beta arrives next May.", kMarch2026, 1, "next May", 20260500, "2026-05");
    row("last March in March is a year back", "It was first shown last March.", kMarch2026, 1, "last March", 20250300,
        "2025-03");
    row("next March in March is a year ahead", "The sequel lands next March.", kMarch2026, 1, "next March", 20270300,
        "2027-03");
    row("capitalised at a sentence start", "Last April the startup doubled its staff.", kMarch2026, 1, "Last April",
        20250400, "2025-04");
    row("day and month take the dateline year", "It was demoed on 9 April.", kMarch2026, 1, "9 April", 20260409,
        "2026-04-09");
    row("month day range with a comma year", "The summit ran April 8-10, 2025.", none, 1, "April 8-10, 2025", 20250408,
        "2025-04-08");
    row("month, year", "It closed in April, 2024.", none, 1, "April, 2024", 20240400, "2024-04");
}

void TestFigureLabels::companyMoneyLabels_data()
{
    addFigureColumns();
    auto row = [](const char *text, const char *figure, const char *label) {
        double value = 0;
        QString unit = QStringLiteral("USD");
        const QString f = QString::fromUtf8(figure);
        if (f.contains(QLatin1String("billion")))
            value = f.section(u'$', 1).section(u' ', 0, 0).toDouble() * 1e9;
        else
            value = f.section(u'$', 1).section(u' ', 0, 0).toDouble() * 1e6;
        const char *qualifier = f.startsWith(QLatin1String("more than")) ? "over" : "exact";
        addRow(text, QString::fromUtf8(text), QDate(), 1, figure, 0, "money", value, "", "USD", qualifier, label);
    };
    row("Brightmoss AI has raised more than $2 billion in fresh capital.", "more than $2 billion",
        "Brightmoss AI funding");
    row("Tern Robotics raised $450 million from its backers.", "$450 million", "Tern Robotics funding");
    row("Kelpwise Labs will spend $90 million.", "$90 million", "Kelpwise Labs spending");
    row("Brightmoss AI, which raised $2 billion, hired staff.", "$2 billion", "Brightmoss AI funding");
    row("Tern Robotics plans to raise $300 million.", "$300 million", "Tern Robotics funding");
    row("OpenVale recently raised $75 million.", "$75 million", "OpenVale funding");
    row("Brightmoss AI earned $12 million.", "$12 million", "Brightmoss AI earnings");
    row("The startup raised $40 million.", "$40 million", "funding");
    row("It raised $2 billion.", "$2 billion", "funding");
    row("Investors paid $5 million.", "$5 million", "payment");
    row("Brightmoss AI invested $30 million in Tern Robotics.", "$30 million", "investment in Tern Robotics");
    // A conjunction after the amount is no label: the copula's subject is.
    row("The final amount was $2 million once a late fund joined.", "$2 million", "final amount");
}

void TestFigureLabels::keyedLines_data()
{
    addFigureColumns();
    addRow("list item", QStringLiteral("- Round size: $2.4 billion (Series D)\n"), QDate(), 1, "$2.4 billion", 0,
        "money", 2.4e9, "", "USD", "exact", "round size");
    addRow("bold key", QStringLiteral("**Post-money valuation:** $18 billion\n"), QDate(), 1, "$18 billion", 0, "money",
        18e9, "", "USD", "exact", "post-money valuation");
    addRow("numbered, with a qualifier", QStringLiteral("2. Annual revenue: about $410 million\n"), QDate(), 1,
        "about $410 million", 0, "money", 410e6, "", "USD", "about", "annual revenue");
    addRow("acronym keeps its capitals", QStringLiteral("AI spend: $7 million\n"), QDate(), 1, "$7 million", 0, "money",
        7e6, "", "USD", "exact", "AI spend");
    addRow("second line of a list", QStringLiteral("Intro line.\n* Cash on hand: $90 million\n"), QDate(), 1,
        "$90 million", 0, "money", 90e6, "", "USD", "exact", "cash on hand");
    addRow("speech is no key", QStringLiteral("He said: $5 million.\n"), QDate(), 1, "$5 million", 0, "money", 5e6, "",
        "USD", "exact", "");
    addRow("key far before the figure",
        QStringLiteral("Note: the company has never disclosed what it paid, $5 million.\n"), QDate(), 1, "$5 million",
        0, "money", 5e6, "", "USD", "exact", "");
    addRow("a label from the sentence wins", QStringLiteral("Update: Tern Robotics raised $450 million.\n"), QDate(), 1,
        "$450 million", 0, "money", 450e6, "", "USD", "exact", "Tern Robotics funding");
}

QTEST_GUILESS_MAIN(TestFigureLabels)
#include "tst_figure_labels.moc"
