// Figures that state one claim share one label across articles (ClaimFigureLabels, applied by
// ProjectFigures): the four outlets of tests/data/claims label their figures of the deal in
// different words; the chart of each claim must show all of them.
#include "TestSupport.h"

#include "compare/ClaimFigureLabels.h"
#include "figures/FigureExtractor.h"
#include "store/ProjectFigures.h"

#include <QtTest>

using namespace crossread;

class TestClaimFigureLabels : public QObject
{
    Q_OBJECT

    QList<qint64> m_ids;
    QHash<qint64, QPair<QString, QDate>> m_texts;

    // The label of the figure of `article` whose text is `text`.
    static QString labelOf(const QList<Figure> &figures, qint64 article, const QString &text)
    {
        for (const Figure &f : figures)
            if (f.articleId == article && f.text == text)
                return f.label;
        return QStringLiteral("(no figure %1 in article %2)").arg(text).arg(article);
    }

private slots:
    void initTestCase();
    void claimsShareOneLabel_data();
    void claimsShareOneLabel();
    void oneArticleKeepsItsLabels();
};

void TestClaimFigureLabels::initTestCase()
{
    qint64 id = 0;
    for (const char *name :
        { "1-lattice-post.txt", "2-fennel-report.txt", "3-northgate-wire.md", "4-harrow-dispatch.txt" }) {
        const QString text
            = QString::fromUtf8(test::readFile(test::dataPath(QStringLiteral("claims/") + QLatin1String(name))));
        QVERIFY2(!text.isEmpty(), name);
        m_ids << ++id;
        m_texts.insert(id, { text, QDate(2025, 10, 2) });
    }
}

void TestClaimFigureLabels::claimsShareOneLabel_data()
{
    QTest::addColumn<QStringList>("figures"); // "article:text" of the figures of one claim
    QTest::addColumn<QString>("label");
    QTest::newRow("the investment, more than / over $6 billion and $6.2 billion")
        << QStringList { "1:more than $6 billion", "2:$6.2 billion", "3:$6.2 billion", "4:over $6 billion" }
        << QStringLiteral("investment in Marrow Labs");
    QTest::newRow("the valuation, $20 billion and about $20 billion") << QStringList { "1:$20 billion", "2:$20 billion",
        "3:$20 billion", "4:about $20 billion" } << QStringLiteral("valuation of the research lab");
    QTest::newRow("the benchmark score, in conflict")
        << QStringList { "1:71.4", "2:74.1", "3:71.4" } << QStringLiteral("Quill Reasoning Suite");
    QTest::newRow("the preview's companies")
        << QStringList { "1:about 300 companies", "2:roughly 300 companies" } << QStringLiteral("companies");
}

void TestClaimFigureLabels::claimsShareOneLabel()
{
    QFETCH(QStringList, figures);
    QFETCH(QString, label);
    const QList<Figure> all = ProjectFigures::extractWithClaimLabels(m_ids, m_texts);
    for (const QString &f : figures) {
        const qsizetype colon = f.indexOf(u':');
        QCOMPARE(labelOf(all, f.left(colon).toLongLong(), f.mid(colon + 1)), label);
    }
}

void TestClaimFigureLabels::oneArticleKeepsItsLabels()
{
    // Alone, an article's figures keep the labels the extractor gave them.
    const QList<Figure> alone = ProjectFigures::extractWithClaimLabels({ 4 }, m_texts);
    QList<Figure> extracted = FigureExtractor().extract(m_texts[4].first, m_texts[4].second);
    QCOMPARE(alone.size(), extracted.size());
    for (qsizetype i = 0; i < alone.size(); ++i)
        QCOMPARE(alone[i].label, extracted[i].label);
    QVERIFY(!labelOf(alone, 4, QStringLiteral("over $6 billion")).isEmpty());
}

QTEST_GUILESS_MAIN(TestClaimFigureLabels)
#include "tst_claim_figure_labels.moc"
