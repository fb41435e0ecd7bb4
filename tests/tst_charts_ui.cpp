// What the Figures chart shows on screen: the source names on the category axis stay readable
// however many sources a claim has, and axis numbers and dates follow the window's locale.
#include "FigureChartTestSupport.h"
#include "TestSupport.h"

#include "figures/FigureChartBuilder.h"
#include "figures/FiguresView.h"
#include "Translations.h"
#include "models/FigureTableModel.h"
#include "store/Project.h"
#include "store/ProjectFigures.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace crossread;

namespace {

struct Source
{
    const char *outlet;
    const char *title;
    const char *file;
    QDate published;
    const char *text;
};

// Seven invented reports of one round; the last has neither outlet nor title, only a long file name.
const Source kSources[] = {
    { "Ledger", "Harbor Labs raises", "a.txt", QDate(2026, 3, 2), "Harbor Labs raised $1.2 billion in March 2026.\n" },
    { "Wire", "Harbor money", "b.txt", QDate(2026, 3, 3), "Harbor Labs raised more than $1 billion this week.\n" },
    { "Daily", "Harbor round", "c.txt", QDate(2026, 3, 4), "Harbor Labs raised about $1.3 billion from investors.\n" },
    { "Courier", "Harbor's round", "d.txt", QDate(2026, 3, 5), "Harbor Labs raised $1.25 billion.\n" },
    { "Gazette", "Harbor closes", "e.txt", QDate(2026, 3, 6), "Harbor Labs raised $1.2 billion, people said.\n" },
    { "Observer", "Harbor funding", "f.txt", QDate(2026, 3, 7), "Harbor Labs raised nearly $1.2 billion.\n" },
    { "", "", "harbor_labs_funding_round_coverage_from_a_newsletter_archive_2026_03_08.txt", QDate(2026, 3, 8),
        "Harbor Labs raised $1.2 billion in its latest round.\n" },
};

// Every piece of text the chart's scene draws (axis labels, title, value labels).
QStringList drawnTexts(QChartView &view)
{
    QStringList out;
    for (QGraphicsItem *item : view.scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            out << text->toPlainText();
        else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item); simple && simple->isVisible())
            out << simple->text();
    }
    return out;
}

} // namespace

class TestChartsUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Workspace m_workspace;
    Project &m_project = *m_workspace.project();

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_workspace.open(m_dir.filePath(QStringLiteral("project.db")), Project::OpenMode::CreateIfMissing),
            qPrintable(m_workspace.lastError()));
        int n = 0;
        for (const Source &s : kSources) {
            Article a;
            a.path = m_dir.filePath(QString::fromUtf8(s.file));
            a.contentHash = QByteArray::number(++n).toHex();
            a.title = QString::fromUtf8(s.title);
            a.outlet = QString::fromUtf8(s.outlet);
            a.published = s.published;
            a.text = QString::fromUtf8(s.text);
            QVERIFY(m_project.articles().insert(a, {}));
        }
    }

    void sourceNamesStayReadable_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("large") << QSize(1100, 700);
        QTest::newRow("short dock") << QSize(700, 260);
        QTest::newRow("narrow and short") << QSize(420, 240);
    }

    // Seven sources, one named by a long file name: every name is drawn (the long one shortened,
    // not all of them turned into "…"); a short dock scrolls instead of squeezing the rows.
    void sourceNamesStayReadable()
    {
        QFETCH(QSize, size);
        FiguresView view(&m_workspace);
        view.resize(size);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(test::waitLoaded(*view.model()));
        view.setChartKind(ChartKind::Money);
        view.refreshChart();
        QCOMPARE(view.builder()->categoryRows(), 7);
        QCoreApplication::processEvents();
        const QStringList texts = drawnTexts(*view.chartView());
        for (const char *outlet : { "Ledger", "Wire", "Daily", "Courier", "Gazette", "Observer" })
            QVERIFY2(texts.contains(QLatin1String(outlet)), qPrintable(texts.join(u'|')));
        const auto fileName = std::find_if(
            texts.cbegin(), texts.cend(), [](const QString &t) { return t.startsWith(QLatin1String("harbor_labs_")); });
        QVERIFY2(fileName != texts.cend(), qPrintable(texts.join(u'|')));
        QVERIFY(view.chartView()->height() >= view.builder()->minimumHeight(view.chartView()->fontMetrics()));
    }

    // In German the value axis writes "1,5", the bars "$1,25 Mrd." and the timeline "12. März";
    // in English "1.5", "$1.25 B" and "12 Mar".
    void numbersAndDatesFollowTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("axisNumber");
        QTest::addColumn<QString>("barLabel");
        QTest::addColumn<QString>("month");
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << "1,5"
                                << "$1,25 Mrd."
                                << "12. März";
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates) << "1.5"
                                 << "$1.25 B"
                                 << "12 Mar";
    }

    void numbersAndDatesFollowTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, axisNumber);
        QFETCH(QString, barLabel);
        QFETCH(QString, month);
        const QLocale before;
        QLocale::setDefault(locale);
        QTranslator translator;
        QVERIFY(translator.load(locale, QStringLiteral("crossread"), QStringLiteral("_"), Translations::directory())
            || locale.language() == QLocale::English);
        QCoreApplication::installTranslator(&translator);
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(before);
        });
        FiguresView view(&m_workspace);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(test::waitLoaded(*view.model()));
        view.setChartKind(ChartKind::Money);
        view.refreshChart();
        QCoreApplication::processEvents();
        QStringList texts = drawnTexts(*view.chartView());
        QVERIFY2(texts.contains(axisNumber), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(barLabel), qPrintable(texts.join(u'|')));
        view.setChartKind(ChartKind::Dates);
        view.refreshChart();
        QCoreApplication::processEvents();
        texts = drawnTexts(*view.chartView());
        // Day ticks name day and month; the year is the axis title.
        QVERIFY2(texts.contains(month), qPrintable(texts.join(u'|')));
        QVERIFY2(texts.contains(QLatin1String("2026")), qPrintable(texts.join(u'|')));
    }
};

QTEST_MAIN(TestChartsUi)
#include "tst_charts_ui.moc"
