// Re-anchoring from the selectors alone (an import: no old text, no alignment) among sentences
// cut from one pattern, the shapes that placed spans wrongly in crossread-bench: the span's
// sentence is deleted and a sibling holds its quote, or text much like it, with one side of the
// context the same. Each becomes an orphan; with the span's sentence still there (an edit
// elsewhere) the span is placed on it, so the rule is no blanket refusal.
#include "TestSupport.h"

#include "anchor/Reanchorer.h"
#include "domain/CodePoints.h"

#include <QTest>

using namespace crossread;

namespace {

SpanSelectors selectorsOf(const QString &text, const QString &quote)
{
    const qsizetype at = text.indexOf(quote);
    if (at < 0)
        return {};
    const CodePoints cp(text);
    return SpanSelectors::describe(text, cp.fromUtf16(at), cp.fromUtf16(at + quote.size()));
}

} // namespace

class TestAnchorSiblings : public QObject
{
    Q_OBJECT

private slots:
    void siblingIsNoPlace_data()
    {
        QTest::addColumn<QString>("span"); // the span's sentence, deleted in the new text
        QTest::addColumn<QString>("sibling"); // a sentence of the same pattern, kept
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("placedText"); // where the span is with its sentence kept

        // A few words found exactly (more than once), both sides of context 90% alike (a figure differs): Exact
        // before, on the sibling's words.
        QTest::newRow("short quote, context 90% alike")
            << QStringLiteral("Quillon said on Tuesday that it had raised $615 million in a round led by Ember Bay "
                              "Capital.")
            << QStringLiteral("Rookery AI said on Thursday that it had raised $248 million in a round led by Ember Bay "
                              "Capital.")
            << QStringLiteral("in a") << QStringLiteral("in a");
        // A few words found more than once, one side of context nearly the same: Relocated before.
        QTest::newRow("short quote, one side of context")
            << QStringLiteral("Orrery AI first showed Atlas Mini to 5 customers in Hobart in November 2025.")
            << QStringLiteral("Quillon first showed Atlas Mini to 3 customers in Hobart in November 2028.")
            << QStringLiteral("Mini to") << QStringLiteral("Mini to");
        // A longer quote found once, neither side of context like the span's: placed on its
        // distinctness alone before, which without the old text cannot be checked.
        QTest::newRow("quote found once, context unlike")
            << QStringLiteral("Customers in Hobart will get Marlin-70B before the wider launch in July 2025. The "
                              "Bilbao site will draw 800 megawatts.")
            << QStringLiteral("Customers in Quebec City will get Marlin-70B before the wider launch in July 2025. "
                              "Hollowell AI declined to say how much it paid.")
            << QStringLiteral("Marlin-70B before the wider launch in July 2025")
            << QStringLiteral("Marlin-70B before the wider launch in July 2025");
        // Changed words, one side of context the same: Fuzzy before, on the sibling.
        QTest::newRow("similar words, one side of context")
            << QStringLiteral("A spokesperson for Rookery AI said the $188.6 million figure did not include debt from "
                              "Copse Capital.")
            << QStringLiteral(
                   "A spokesperson for Quartzline said the $88 billion figure did not include debt from Copse "
                   "Capital.")
            << QStringLiteral("million figure did") << QStringLiteral("million figure did");
    }

    void siblingIsNoPlace()
    {
        QFETCH(QString, span);
        QFETCH(QString, sibling);
        QFETCH(QString, quote);
        QFETCH(QString, placedText);
        // The quotes that are a few words recur: "in a" and "Mini to" are found more than once.
        const QString filler = QStringLiteral(
            "Analysts at Tern Street expect more deals in a busy year; Hollowell will bring Atlas Mini to Lyon. ");
        const QString oldText = span + u' ' + filler + sibling + QStringLiteral(" The shares rose 4%.\n");
        const SpanSelectors selectors = selectorsOf(oldText, quote);
        QVERIFY(!selectors.quote.exact.isEmpty());

        const QString deleted = filler + sibling + QStringLiteral(" The shares rose 4%.\n");
        const AnchorResult r = Reanchorer(deleted).anchor(selectors);
        QVERIFY2(!r.placed(),
            qPrintable(QStringLiteral("placed (%1 %2) on '%3'")
                           .arg(AnchorResult::methodName(r.method))
                           .arg(r.confidence)
                           .arg(r.text)));

        // The span's sentence kept, the text edited elsewhere: placed on it, not on the sibling.
        const QString kept = span + u' ' + filler + sibling + QStringLiteral(" The shares rose 4.5% by noon.\n");
        const AnchorResult k = Reanchorer(kept).anchor(selectors);
        QVERIFY(k.placed());
        QCOMPARE(k.text, placedText);
        const CodePoints cp(kept);
        QCOMPARE(k.range->start, cp.fromUtf16(kept.indexOf(quote)));
    }

    // Changed words with both sides of context the same are still found (a figure corrected
    // inside the span), and so is a long quote in a new place.
    void spanItselfEditedIsFound()
    {
        const QString oldText = QStringLiteral("A spokesperson for Rookery AI said the $188.6 million figure did not "
                                               "include debt from Copse Capital. The shares rose 4%.\n");
        const QString newText = QStringLiteral("A spokesperson for Rookery AI said the $188.6 billion figure did not "
                                               "include debt from Copse Capital. The shares rose 4%.\n");
        const AnchorResult r = Reanchorer(newText).anchor(selectorsOf(oldText, QStringLiteral("million figure did")));
        QCOMPARE(r.method, AnchorResult::Fuzzy);
        QCOMPARE(r.text, QStringLiteral("billion figure did"));

        const QString quote = QStringLiteral("the Kestrel 3 model now runs on about 40,000 rented GPUs in three "
                                             "data centres near Oslo");
        const QString before = QStringLiteral("Lumen Labs said that ") + quote + QStringLiteral(", up from 9,600.\n");
        const QString after = QStringLiteral("In a letter to investors, Lumen Labs wrote that ") + quote
            + QStringLiteral(". It gave no cost.\n");
        const AnchorResult moved = Reanchorer(after).anchor(selectorsOf(before, quote));
        QVERIFY(moved.placed());
        QCOMPARE(moved.text, quote);
    }
};

QTEST_GUILESS_MAIN(TestAnchorSiblings)
#include "tst_anchor_siblings.moc"
