// The figures table and its chart: rows and hand figures in FigureTableModel, the proxy's
// filters, the charts FigureChartBuilder draws (bars per source, scores by model, amounts over
// time, timeline), clicks that open the article at the figure, and PNG/SVG export.
#include "FigureChartTestSupport.h"
#include "TestSupport.h"

#include "domain/CodePoints.h"
#include "figures/ChartExporter.h"
#include "figures/FigureChartBuilder.h"
#include "figures/FigureContext.h"
#include "figures/FigureDialog.h"
#include "figures/FigureSpec.h"
#include "figures/FiguresView.h"
#include "models/FigureFilterProxy.h"
#include "Translations.h"
#include "models/FigureTableModel.h"
#include "store/Project.h"
#include "store/ProjectFigures.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace crossread;

namespace {

struct Source
{
    const char *outlet;
    const char *title;
    QDate published;
    const char *text;
};

// Three invented reports of one deal that disagree on the amount, plus a funding story.
const Source kSources[] = {
    { "Ledger", "Meta buys into Scale AI", QDate(2025, 6, 20),
        "Meta invested $14.3 billion in Scale AI in June 2025, taking a 49% stake.\n"
        "Orrery 3 scored 71.4 on ReasonBench Pro, while Gale 2 scored 68.7 on ReasonBench Pro.\n" },
    { "Wire", "Scale AI gets Meta money", QDate(2025, 6, 21),
        "Meta invested more than $14 billion in Scale AI.\n"
        "The deal gave Meta a 49% stake. Orrery 3 scored 74.1 on ReasonBench Pro.\n" },
    { "Daily", "The Scale AI deal", QDate(2025, 6, 22),
        "Meta invested about $15 billion in Scale AI on April 8, 2025.\n"
        "It raised $2.5 billion in funding last year.\n" },
};

struct ExpectedFigure
{
    int source;
    const char *text;
    FigureKind kind;
};

// The figures in kSources, read off the texts above by hand, in the table's order (article, then position).
const ExpectedFigure kFigures[] = {
    { 0, "$14.3 billion", FigureKind::Money },
    { 0, "June 2025", FigureKind::Date },
    { 0, "49%", FigureKind::Percent },
    { 0, "71.4", FigureKind::Score },
    { 0, "68.7", FigureKind::Score },
    { 1, "more than $14 billion", FigureKind::Money },
    { 1, "49%", FigureKind::Percent },
    { 1, "74.1", FigureKind::Score },
    { 2, "about $15 billion", FigureKind::Money },
    { 2, "April 8, 2025", FigureKind::Date },
    { 2, "$2.5 billion", FigureKind::Money },
};

template<typename T> T *firstSeries(QChart *chart)
{
    for (QAbstractSeries *s : chart->series()) {
        if (auto *t = qobject_cast<T *>(s))
            return t;
    }
    return nullptr;
}

} // namespace

class TestFiguresUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Workspace m_workspace;
    Project &m_project = *m_workspace.project();
    QList<qint64> m_ids; // one per kSources entry

    QString textOf(int source) const { return QString::fromUtf8(kSources[source].text); }

    FigureChartBuilder *newBuilder() { return test::chartBuilderFor(m_project, this); }

    // The figure of a source whose text is exactly `what`.
    Figure figureOf(int source, const QString &what)
    {
        for (const Figure &f : ProjectFigures::collect(m_project, { m_ids.at(source) })) {
            if (f.text == what)
                return f;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_workspace.open(m_dir.filePath(QStringLiteral("project.db")), Project::OpenMode::CreateIfMissing),
            qPrintable(m_workspace.lastError()));
        int n = 0;
        for (const Source &s : kSources) {
            Article a;
            a.path = m_dir.filePath(QStringLiteral("source%1.txt").arg(++n));
            a.contentHash = QByteArray::number(n).toHex();
            a.title = QString::fromUtf8(s.title);
            a.outlet = QString::fromUtf8(s.outlet);
            a.published = s.published;
            a.text = QString::fromUtf8(s.text);
            QVERIFY(m_project.articles().insert(a, {}));
            m_ids << a.id;
        }
    }

    void modelHasTheProjectsFigures()
    {
        FigureTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(&m_project);
        QVERIFY(test::waitLoaded(model));
        QCOMPARE(model.rowCount(), int(std::size(kFigures)));
        QCOMPARE(model.columnCount(), int(FigureTableModel::ColumnCount));
        for (int row = 0; row < model.rowCount(); ++row) {
            const ExpectedFigure &e = kFigures[row];
            const QString text = textOf(e.source);
            const QString figure = QString::fromUtf8(e.text);
            const qint64 start = CodePoints(text).fromUtf16(text.indexOf(figure));
            const QModelIndex cell = model.index(row, FigureTableModel::ArticleColumn);
            QCOMPARE(cell.data(FigureTableModel::ArticleIdRole).toLongLong(), m_ids.at(e.source));
            QCOMPARE(cell.data(FigureTableModel::StartRole).toLongLong(), start);
            QCOMPARE(cell.data(FigureTableModel::EndRole).toLongLong(), start + CodePoints::count(figure));
            QCOMPARE(cell.data(FigureTableModel::KindRole).toInt(), int(e.kind));
            QCOMPARE(model.index(row, FigureTableModel::TextColumn).data().toString(), figure);
            QCOMPARE(model.figure(cell.data(FigureTableModel::FigureRole).toInt()).text, figure);
            if (e.kind == FigureKind::Score)
                QCOMPARE(model.index(row, FigureTableModel::LabelColumn).data().toString(),
                    QStringLiteral("ReasonBench Pro"));
        }
        const int first = model.rowOf(m_ids.at(0), figureOf(0, QStringLiteral("$14.3 billion")).start,
            figureOf(0, QStringLiteral("$14.3 billion")).end);
        QVERIFY(first >= 0);
        QCOMPARE(model.index(first, FigureTableModel::ArticleColumn).data().toString(),
            QStringLiteral("Meta buys into Scale AI"));
        QCOMPARE(model.index(first, FigureTableModel::OutletColumn).data().toString(), QStringLiteral("Ledger"));
        QCOMPARE(model.index(first, FigureTableModel::OriginColumn).data().toString(), QStringLiteral("extracted"));
    }

    void valueColumn_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("qualifier");
        QTest::addColumn<QVariant>("sortValue");
        QTest::newRow("money in billions") << 0 << "$14.3 billion"
                                           << "$14.3 billion"
                                           << "" << QVariant(14.3e9);
        QTest::newRow("qualified money") << 1 << "more than $14 billion"
                                         << "$14 billion"
                                         << "over" << QVariant(14e9);
        QTest::newRow("about") << 2 << "about $15 billion"
                               << "$15 billion"
                               << "about" << QVariant(15e9);
        QTest::newRow("percent") << 0 << "49%"
                                 << "49%"
                                 << "" << QVariant(49.0);
        QTest::newRow("score") << 1 << "74.1"
                               << "74.1"
                               << "" << QVariant(74.1);
        QTest::newRow("date") << 2 << "April 8, 2025"
                              << "2025-04-08"
                              << "" << QVariant(QStringLiteral("2025-04-08"));
    }

    void valueColumn()
    {
        QFETCH(int, source);
        QFETCH(QString, text);
        FigureTableModel model;
        model.setProject(&m_project);
        QVERIFY(test::waitLoaded(model));
        const Figure f = figureOf(source, text);
        QVERIFY2(!f.text.isEmpty(), qPrintable(text));
        const int row = model.rowOf(m_ids.at(source), f.start, f.end);
        QVERIFY(row >= 0);
        QTEST(model.index(row, FigureTableModel::ValueColumn).data().toString(), "value");
        QTEST(model.index(row, FigureTableModel::QualifierColumn).data().toString(), "qualifier");
        QFETCH(QVariant, sortValue);
        const QVariant sort = model.index(row, FigureTableModel::ValueColumn).data(FigureTableModel::SortRole);
        if (sortValue.typeId() == QMetaType::Double)
            QCOMPARE(sort.toDouble(), sortValue.toDouble());
        else
            QCOMPARE(sort, sortValue);
    }

    void formattedValueReadsBack_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("money") << "money:$14.3 billion"
                               << "$14.3 billion";
        QTest::newRow("millions") << "money:650m"
                                  << "$650 million";
        QTest::newRow("euros") << "money:\u20AC2.5bn"
                               << "\u20AC2.5 billion";
        QTest::newRow("small money") << "money:$25,000"
                                     << "$25,000";
        QTest::newRow("percent") << "percent:49%"
                                 << "49%";
        QTest::newRow("score") << "score:71.4"
                               << "71.4";
        QTest::newRow("count") << "count:1.2 billion downloads"
                               << "1.2 billion downloads";
        QTest::newRow("rank") << "rank:2nd"
                              << "2nd";
        QTest::newRow("duration") << "duration:9 months"
                                  << "9 months";
        QTest::newRow("one century") << "duration:1 century"
                                     << "1 century";
        QTest::newRow("date") << "date:2026-04-08"
                              << "2026-04-08";
    }

    void formattedValueReadsBack()
    {
        QFETCH(QString, spec);
        Figure f;
        QString error;
        QVERIFY2(parseFigureSpec(spec, &f, &error), qPrintable(error));
        QTEST(FigureTableModel::formatValue(f), "formatted");
        // What the table shows is what the figure dialog reads back.
        Figure again;
        QVERIFY2(parseFigureSpec(figureKindName(f.kind) + u':' + FigureTableModel::formatValue(f), &again, &error),
            qPrintable(error));
        QCOMPARE(again.value, f.value);
        QCOMPARE(again.unit, f.unit);
        QCOMPARE(again.dateValue, f.dateValue);
    }

    // In German the table writes German numbers and words; the figure dialog keeps the form
    // it reads back (formattedValueReadsBack).
    void displayValueFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("german");
        QTest::addColumn<QString>("english");
        QTest::newRow("money, billions") << "money:$14.3 billion"
                                         << "$14,3 Mrd."
                                         << "$14.3 billion";
        QTest::newRow("money, thousands grouped") << "money:$25,000"
                                                  << "$25.000"
                                                  << "$25,000";
        QTest::newRow("percent") << "percent:49.5%"
                                 << "49,5 %"
                                 << "49.5%";
        QTest::newRow("count, millions") << "count:1.2 million downloads"
                                         << "1,2 Mio. downloads"
                                         << "1.2 million downloads";
        QTest::newRow("ordinal") << "rank:2nd"
                                 << "2."
                                 << "2nd";
        QTest::newRow("ordinal eleventh") << "rank:11th"
                                          << "11."
                                          << "11th";
        QTest::newRow("duration") << "duration:1.5 years"
                                  << "1,5 Jahre"
                                  << "1.5 years";
        QTest::newRow("duration in months") << "duration:9 months"
                                            << "9 Monate"
                                            << "9 months";
        QTest::newRow("one month") << "duration:1 month"
                                   << "1 Monat"
                                   << "1 month";
        QTest::newRow("one year") << "duration:1 year"
                                  << "1 Jahr"
                                  << "1 year";
    }

    void displayValueFollowsTheLocale()
    {
        QFETCH(QString, spec);
        Figure f;
        QString error;
        QVERIFY2(parseFigureSpec(spec, &f, &error), qPrintable(error));
        QTEST(FigureTableModel::displayValue(f, QLocale(QLocale::English, QLocale::UnitedStates)), "english");
        const QLocale german(QLocale::German, QLocale::Germany);
        QTranslator translator;
        QVERIFY(translator.load(german, QStringLiteral("crossread"), QStringLiteral("_"), Translations::directory()));
        QCoreApplication::installTranslator(&translator);
        const QString shown = FigureTableModel::displayValue(f, german);
        QCoreApplication::removeTranslator(&translator);
        QTEST(shown, "german");
    }

    void handFigureOverridesExtracted()
    {
        FigureTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(&m_project);
        QVERIFY(test::waitLoaded(model));
        const int rows = model.rowCount();
        const Figure extracted = figureOf(1, QStringLiteral("more than $14 billion"));
        QVERIFY(!extracted.manual);
        Figure corrected = extracted;
        corrected.value = 14.8e9;
        corrected.qualifier = Qualifier::Exact;
        corrected.label = QStringLiteral("investment in Scale AI");
        QVERIFY(m_workspace.setFigure(corrected).done());
        QCOMPARE(model.rowCount(), rows); // replaced, not added
        const int row = model.rowOf(extracted.articleId, extracted.start, extracted.end);
        QVERIFY(row >= 0);
        QVERIFY(model.figure(row).manual);
        QCOMPARE(model.figure(row).value, 14.8e9);
        QCOMPARE(model.index(row, FigureTableModel::OriginColumn).data().toString(), QStringLiteral("manual"));
        QCOMPARE(model.index(row, FigureTableModel::QualifierColumn).data().toString(), QString());
        m_workspace.undo();
        QCOMPARE(model.rowCount(), rows);
        QVERIFY(!model.figure(row).manual);
        QCOMPARE(model.figure(row).value, 14e9);
    }

    void proxyFilters_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("source"); // -1 = any
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QStringList>("expected"); // the figures shown, counted by hand from kSources
        QTest::newRow("no filter") << ""
                                   << "" << -1 << ""
                                   << QStringList { "$14.3 billion", "June 2025", "49%", "71.4", "68.7",
                                          "more than $14 billion", "49%", "74.1", "about $15 billion", "April 8, 2025",
                                          "$2.5 billion" };
        QTest::newRow("money") << "money"
                               << "" << -1 << ""
                               << QStringList { "$14.3 billion", "more than $14 billion", "about $15 billion",
                                      "$2.5 billion" };
        QTest::newRow("label words") << ""
                                     << "ReasonBench" << -1 << "" << QStringList { "71.4", "68.7", "74.1" };
        QTest::newRow("text words") << ""
                                    << "more than" << -1 << "" << QStringList { "more than $14 billion" };
        QTest::newRow("one article") << ""
                                     << "" << 2 << ""
                                     << QStringList { "about $15 billion", "April 8, 2025", "$2.5 billion" };
        QTest::newRow("one outlet, other case")
            << ""
            << "" << -1 << "wire" << QStringList { "more than $14 billion", "49%", "74.1" };
        QTest::newRow("money of an outlet") << "money"
                                            << "" << -1 << "Ledger" << QStringList { "$14.3 billion" };
        QTest::newRow("score labelled, one article") << "score"
                                                     << "reasonbench pro" << 0 << "" << QStringList { "71.4", "68.7" };
    }

    void proxyFilters()
    {
        QFETCH(QString, kind);
        QFETCH(QString, label);
        QFETCH(int, source);
        QFETCH(QString, outlet);
        FigureTableModel model;
        model.setProject(&m_project);
        QVERIFY(test::waitLoaded(model));
        FigureFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        FigureKind k = FigureKind::Money;
        if (!kind.isEmpty()) {
            QVERIFY(figureKindFromName(kind, &k));
            proxy.setKindFilter(k);
        }
        proxy.setLabelFilter(label);
        if (source >= 0)
            proxy.setArticleFilter(m_ids.at(source));
        if (!outlet.isEmpty())
            proxy.setOutletFilter(outlet);
        QFETCH(QStringList, expected);
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << proxy.index(row, FigureTableModel::TextColumn).data().toString();
        std::sort(shown.begin(), shown.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(shown, expected);
        QCOMPARE(proxy.acceptedFigures().size(), expected.size());
        proxy.clearFilters();
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }

    void labelCoverage_data()
    {
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("covers");
        QTest::newRow("same label, other case") << "Funding"
                                                << "funding " << true;
        QTest::newRow("general form counts") << "Northwind AI funding"
                                             << "funding" << true;
        QTest::newRow("other company does not") << "Northwind AI funding"
                                                << "Halcyon funding" << false;
        QTest::newRow("more specific does not") << "funding"
                                                << "Northwind AI funding" << false;
        QTest::newRow("word boundary") << "Northwind AI funding"
                                       << "AI funding" << true;
        QTest::newRow("not a word suffix") << "crowdfunding"
                                           << "funding" << false;
        QTest::newRow("empty") << ""
                               << "funding" << false;
    }

    void labelCoverage()
    {
        QFETCH(QString, wanted);
        QFETCH(QString, label);
        QTEST(FigureChartBuilder::labelCovers(wanted, label), "covers");
    }

    void labelsRankedBySources_data()
    {
        QTest::addColumn<QStringList>("labels"); // "article:label", one money figure each
        QTest::addColumn<QStringList>("ranked");
        // Three sources name the company, two only say "funding": the specific label reaches
        // all five and comes first; "funding" reaches its own two.
        QTest::newRow("company label wins a tie") << QStringList { "1:Northwind AI funding", "2:Northwind AI funding",
            "3:funding", "4:funding", "5:Northwind AI funding" }
                                                  << QStringList { "Northwind AI funding", "funding" };
        QTest::newRow("two companies share the general sources") << QStringList { "1:Northwind AI funding",
            "2:Halcyon funding", "3:funding" } << QStringList { "Northwind AI funding", "Halcyon funding", "funding" };
        QTest::newRow("unrelated labels by reach")
            << QStringList { "1:valuation", "2:valuation", "3:funding" } << QStringList { "valuation", "funding" };
    }

    void labelsRankedBySources()
    {
        QFETCH(QStringList, labels);
        QList<Figure> figures;
        for (const QString &entry : labels) {
            Figure f;
            f.kind = FigureKind::Money;
            f.articleId = entry.section(QLatin1Char(':'), 0, 0).toLongLong();
            f.label = entry.section(QLatin1Char(':'), 1);
            figures << f;
        }
        QTEST(FigureChartBuilder::labelsBySources(figures, FigureKind::Money), "ranked");
    }

    void barChartHasOneBarPerSource_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("expectedLabel");
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<QStringList>("valueLabels");
        QTest::newRow("label given") << "money"
                                     << "investment in Scale AI"
                                     << "investment in Scale AI" << QStringList { "Wire", "Ledger", "Daily" }
                                     << QStringList { "over $14 B", "$14.3 B", "~$15 B" };
        QTest::newRow("label most sources give")
            << "money"
            << ""
            << "investment in Scale AI" << QStringList { "Wire", "Ledger", "Daily" }
            << QStringList { "over $14 B", "$14.3 B", "~$15 B" };
        QTest::newRow("part of a label") << "money"
                                         << "funding"
                                         << "funding" << QStringList { "Daily" } << QStringList { "$2.5 B" };
        QTest::newRow("percent") << "percent"
                                 << ""
                                 << "stake" << QStringList { "Ledger", "Wire" } << QStringList { "49%", "49%" };
    }

    void barChartHasOneBarPerSource()
    {
        QFETCH(QString, kind);
        QFETCH(QString, label);
        QFETCH(QStringList, sources);
        ChartKind chartKind;
        QVERIFY(chartKindFromName(kind, &chartKind));
        FigureChartBuilder *builder = newBuilder();
        std::unique_ptr<QChart> chart(builder->build(chartKind, ProjectFigures::collect(m_project), label));
        QTEST(builder->chartLabel(), "expectedLabel");
        auto *series = firstSeries<QHorizontalBarSeries>(chart.get());
        QVERIFY(series);
        QCOMPARE(series->count(), 1);
        QCOMPARE(series->barSets().first()->count(), sources.size());
        auto *axis = qobject_cast<QBarCategoryAxis *>(series->attachedAxes().first());
        if (!axis)
            axis = qobject_cast<QBarCategoryAxis *>(series->attachedAxes().last());
        QVERIFY(axis);
        QCOMPARE(axis->categories(), sources); // ascending: the largest on top
        QTEST(builder->valueLabels(), "valueLabels");
        QCOMPARE(builder->plottedCount(), sources.size());
        // Hovering a bar shows its source and the sentence, the figure in bold.
        Figure first;
        QVERIFY(builder->figureForBar(series->barSets().first(), 0, &first));
        const QString tip = builder->toolTip(first);
        QVERIFY2(tip.contains(QStringLiteral("<b>%1</b>").arg(sources.first())), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("<b>%1</b>").arg(first.text.toHtmlEscaped())), qPrintable(tip));
        const QString sentence
            = FigureContext::sentence(m_project.articles().text(first.articleId), first.start, first.end);
        QVERIFY(sentence.contains(first.text));
        QVERIFY2(tip.contains(sentence.section(first.text, 0, 0).toHtmlEscaped()), qPrintable(tip));
    }

    void scoresAreGroupedByModel()
    {
        FigureChartBuilder *builder = newBuilder();
        std::unique_ptr<QChart> chart(
            builder->build(ChartKind::Score, ProjectFigures::collect(m_project), QStringLiteral("ReasonBench Pro")));
        auto *series = firstSeries<QBarSeries>(chart.get());
        QVERIFY(series);
        auto *axis = qobject_cast<QBarCategoryAxis *>(series->attachedAxes().first());
        QVERIFY(axis);
        QCOMPARE(axis->categories(), (QStringList { "Orrery 3", "Gale 2" })); // most sources first
        QCOMPARE(series->count(), 2); // Ledger and Wire give scores
        QHash<QString, QList<qreal>> values;
        for (QBarSet *set : series->barSets()) {
            for (int i = 0; i < set->count(); ++i)
                values[set->label()] << set->at(i);
        }
        QCOMPARE(values.value(QStringLiteral("Ledger")), (QList<qreal> { 71.4, 68.7 }));
        QCOMPARE(
            values.value(QStringLiteral("Wire")), (QList<qreal> { 74.1, 0 })); // no bar: Wire gives no Gale 2 score

        // Without a label: the benchmark most sources report.
        std::unique_ptr<QChart> automatic(builder->build(ChartKind::Score, ProjectFigures::collect(m_project)));
        QCOMPARE(builder->chartLabel(), QStringLiteral("ReasonBench Pro"));
        QCOMPARE(builder->plottedCount(), 3);
    }

    void modelNames_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QString>("model");
        QTest::newRow("before") << "Orrery 3 scored 74.1 on ReasonBench Pro."
                                << "74.1"
                                << "Orrery 3";
        QTest::newRow("nearest before") << "Gale 2 trails Orrery 3, which reached 71.4 on it."
                                        << "71.4"
                                        << "Orrery 3";
        QTest::newRow("hyphenated") << "Lumen-4 came in at 66.0 on the test."
                                    << "66.0"
                                    << "Lumen-4";
        QTest::newRow("decimal version") << "Kestrel 1.5 scored 70.8."
                                         << "70.8"
                                         << "Kestrel 1.5";
        QTest::newRow("date is no model") << "On March 4 the lab reported 74.1 for Orrery 3."
                                          << "74.1"
                                          << "Orrery 3";
        QTest::newRow("other sentence") << "Orrery 3 launched. It scored 74.1."
                                        << "74.1"
                                        << "";
    }

    void modelNames()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, figure);
        Figure f;
        const TextRange r = test::rangeOf(sentence, figure);
        f.start = r.start;
        f.end = r.end;
        f.text = figure;
        QTEST(FigureContext::modelName(sentence, f), "model");
    }

    void moneyOverTimeUsesSentenceDates()
    {
        FigureChartBuilder *builder = newBuilder();
        std::unique_ptr<QChart> chart(builder->build(
            ChartKind::MoneyOverTime, ProjectFigures::collect(m_project), QStringLiteral("investment in Scale AI")));
        auto *scatter = firstSeries<QScatterSeries>(chart.get());
        QVERIFY(scatter);
        QCOMPARE(scatter->count(), 3);
        QHash<qint64, QDate> when;
        for (const QPointF &p : scatter->points()) {
            Figure f;
            QVERIFY(builder->figureForPoint(scatter, p, &f));
            when.insert(f.articleId, QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date());
        }
        QCOMPARE(when.value(m_ids.at(0)), QDate(2025, 6, 15)); // "in June 2025", the middle of the month
        QCOMPARE(when.value(m_ids.at(1)), QDate(2025, 6, 21)); // no date in the sentence: the article's
        QCOMPARE(when.value(m_ids.at(2)), QDate(2025, 4, 8)); // "on April 8, 2025"
    }

    void emptyCharts_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("label");
        QTest::newRow("no counts") << "count"
                                   << "";
        QTest::newRow("unknown label") << "money"
                                       << "valuation of the moon";
        QTest::newRow("unknown benchmark") << "score"
                                           << "MathLadder";
    }

    void emptyCharts()
    {
        QFETCH(QString, kind);
        QFETCH(QString, label);
        ChartKind chartKind;
        QVERIFY(chartKindFromName(kind, &chartKind));
        FigureChartBuilder *builder = newBuilder();
        std::unique_ptr<QChart> chart(builder->build(chartKind, ProjectFigures::collect(m_project), label));
        QCOMPARE(builder->plottedCount(), 0);
        QVERIFY(!builder->emptyReason().isEmpty());
        QVERIFY(chart->series().isEmpty());
    }

    void clickingBarOpensArticle()
    {
        FiguresView view(&m_workspace);
        view.resize(1100, 600);
        view.show();
        QVERIFY(test::waitLoaded(*view.model()));
        view.setChartKind(ChartKind::Money);
        view.setChartLabel(QStringLiteral("investment in Scale AI"));
        view.refreshChart();
        auto *series = firstSeries<QHorizontalBarSeries>(view.chartView()->chart());
        QVERIFY(series);
        QSignalSpy opened(&view, &FiguresView::openArticleRequested);
        const Figure wire = figureOf(1, QStringLiteral("more than $14 billion"));
        QBarSet *set = series->barSets().first();
        emit set->clicked(0); // ascending by value: Wire's "more than $14 billion" is the first bar
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toLongLong(), m_ids.at(1));
        QCOMPARE(opened.at(0).at(1).toLongLong(), wire.start);
        QCOMPARE(opened.at(0).at(2).toLongLong(), wire.end);
        QCOMPARE(
            test::rangeOf(textOf(1), QStringLiteral("more than $14 billion")), (TextRange { wire.start, wire.end }));

        // A point of the timeline, and a double-clicked row, open their figure too.
        view.setChartKind(ChartKind::Dates);
        view.refreshChart();
        auto *scatter = firstSeries<QScatterSeries>(view.chartView()->chart());
        QVERIFY(scatter);
        Figure expected;
        QVERIFY(view.builder()->figureForPoint(scatter, scatter->at(0), &expected));
        emit scatter->clicked(scatter->at(0));
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened.at(1).at(1).toLongLong(), expected.start);
        QCOMPARE(opened.at(1).at(0).toLongLong(), expected.articleId);

        const QModelIndex row = view.proxy()->index(0, FigureTableModel::TextColumn);
        emit view.table()->doubleClicked(row);
        QCOMPARE(opened.size(), 3);
        QCOMPARE(opened.at(2).at(0).toLongLong(), row.data(FigureTableModel::ArticleIdRole).toLongLong());
        QCOMPARE(opened.at(2).at(1).toLongLong(), row.data(FigureTableModel::StartRole).toLongLong());
        QCOMPARE(opened.at(2).at(2).toLongLong(), row.data(FigureTableModel::EndRole).toLongLong());
    }

    void exportWritesFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("shown");
        QTest::newRow("png") << "chart.png" << true;
        QTest::newRow("svg") << "chart.svg" << true;
        QTest::newRow("png of a hidden view") << "hidden.PNG" << false;
        QTest::newRow("svg of a hidden view") << "hidden.svg" << false;
    }

    void exportWritesFiles()
    {
        QFETCH(QString, name);
        QFETCH(bool, shown);
        FiguresView view(&m_workspace);
        view.resize(1000, 500);
        if (shown)
            view.show();
        QVERIFY(test::waitLoaded(*view.model()));
        view.setChartKind(ChartKind::Score);
        const QString path = m_dir.filePath(name);
        QString error;
        QVERIFY2(view.exportChart(path, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 0);
        if (name.endsWith(QLatin1String("svg"))) {
            const QByteArray svg = test::readFile(path);
            QVERIFY(svg.contains("<svg"));
            QVERIFY(svg.contains("ReasonBench Pro"));
        } else {
            QImage image(path);
            QVERIFY(!image.isNull());
            QCOMPARE(image.size(), shown ? view.chartView()->chart()->size().toSize() : QSize(1200, 700));
        }
        QVERIFY(!view.exportChart(m_dir.filePath(QStringLiteral("chart.jpg")), &error));
    }

    void exporterLaysOutAtSize()
    {
        FigureChartBuilder *builder = newBuilder();
        QChart *chart = builder->build(ChartKind::Money, ProjectFigures::collect(m_project));
        const QString path = m_dir.filePath(QStringLiteral("cli.png"));
        QString error;
        QVERIFY2(ChartExporter::exportChart(chart, QSize(1200, 700), path, &error), qPrintable(error));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1200, 700));
        // Not a blank page: the bars have the theme's colour, not the background's.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY(colours.size() > 10);
    }

    void dialogReadsValue_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("qualifier");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("number");
        QTest::addColumn<int>("expectedQualifier");
        QTest::newRow("money") << int(FigureKind::Money) << "$14.3 billion" << int(Qualifier::Exact) << true << 14.3e9
                               << int(Qualifier::Exact);
        QTest::newRow("sign in value") << int(FigureKind::Money) << ">14bn" << int(Qualifier::Exact) << true << 14e9
                                       << int(Qualifier::Over);
        QTest::newRow("combo wins") << int(FigureKind::Money) << ">14bn" << int(Qualifier::About) << true << 14e9
                                    << int(Qualifier::About);
        QTest::newRow("percent") << int(FigureKind::Percent) << "49%" << int(Qualifier::Exact) << true << 49.0
                                 << int(Qualifier::Exact);
        QTest::newRow("not a number") << int(FigureKind::Score) << "high" << int(Qualifier::Exact) << false << 0.0
                                      << int(Qualifier::Exact);
        QTest::newRow("empty") << int(FigureKind::Money) << "" << int(Qualifier::Exact) << false << 0.0
                               << int(Qualifier::Exact);
    }

    void dialogReadsValue()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(int, qualifier);
        QFETCH(bool, ok);
        FigureDialog dialog;
        dialog.setKind(FigureKind(kind));
        dialog.setValueText(value);
        dialog.setQualifier(Qualifier(qualifier));
        dialog.setLabel(QStringLiteral("investment in Scale AI"));
        Figure f;
        QString error;
        QCOMPARE(dialog.readFigure(&f, &error), ok);
        QCOMPARE(error.isEmpty(), ok);
        if (!ok)
            return;
        QTEST(f.value, "number");
        QFETCH(int, expectedQualifier);
        QCOMPARE(int(f.qualifier), expectedQualifier);
        QCOMPARE(f.label, QStringLiteral("investment in Scale AI"));
    }

    void dialogSuggestsAndReplacesHandFigures()
    {
        const QString text = textOf(0);
        const TextRange span = test::rangeOf(text, QStringLiteral("invested $14.3 billion in Scale AI"));
        const Figure suggested = FigureDialog::suggestedFigure(
            &m_project, m_ids.at(0), span.start, span.end, QStringLiteral("invested $14.3 billion in Scale AI"));
        QCOMPARE(suggested.kind, FigureKind::Money);
        QCOMPARE(suggested.value, 14.3e9);
        QVERIFY(!suggested.manual);
        FigureDialog dialog;
        dialog.setFigure(suggested);
        QCOMPARE(dialog.valueText(), QStringLiteral("$14.3 billion"));

        Figure target;
        target.articleId = m_ids.at(0);
        target.start = span.start;
        target.end = span.end;
        target.text = QStringLiteral("invested $14.3 billion in Scale AI");
        const auto manualHere = [&] {
            QList<Figure> out;
            for (const Figure &f : m_project.figures().manualFigures(m_ids.at(0))) {
                if (f.start == span.start && f.end == span.end)
                    out << f;
            }
            return out;
        };
        target.kind = FigureKind::Money;
        target.value = 14.3e9;
        target.unit = QStringLiteral("USD");
        QVERIFY(FigureDialog::applyFigure(&m_workspace, target));
        target.value = 14.5e9;
        QVERIFY(FigureDialog::applyFigure(&m_workspace, target));
        QCOMPARE(manualHere().size(), 1); // the correction replaced the first hand figure
        QCOMPARE(manualHere().first().value, 14.5e9);
        const Figure again = FigureDialog::suggestedFigure(&m_project, m_ids.at(0), span.start, span.end, target.text);
        QVERIFY(again.manual);
        QCOMPARE(again.value, 14.5e9);
        m_workspace.undo();
        QCOMPARE(manualHere().size(), 1);
        QCOMPARE(manualHere().first().value, 14.3e9);
        m_workspace.undo();
        QVERIFY(manualHere().isEmpty());
    }
};

QTEST_MAIN(TestFiguresUi)
#include "tst_figures_ui.moc"
