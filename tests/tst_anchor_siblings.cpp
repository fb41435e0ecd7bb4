// Re-anchoring from the selectors alone (an import: no old text, no alignment) among sentences
// cut from one pattern, the shapes that placed spans wrongly in crossread-bench: the span's
// sentence is deleted and a sibling holds its quote, or text much like it, with one side of the
// context the same. Each becomes an orphan; with the span's sentence still there (an edit
// elsewhere) the span is placed on it, so the rule is no blanket refusal. With the old text, a
// sibling that shares a stretch of the span's sentence as long as its context is no place either.
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

    // With the old text: the span's sentence rewritten, a sentence of the same pattern added
    // elsewhere that holds the quote with one side of the span's context, word for word over a
    // stretch as long as the context. The rest of that sentence is not the rest of the span's, so
    // it is no place (relocated 0.95 before); the span's paragraph moved, it is.
    void siblingWithOldTextIsNoPlace_data()
    {
        QTest::addColumn<QString>("span"); // the span's sentence
        QTest::addColumn<QString>("rewritten"); // what it became
        QTest::addColumn<QString>("sibling"); // a sentence of the same pattern, added elsewhere
        QTest::addColumn<QString>("quote");

        QTest::newRow("quote at a pattern's slot, suffix alike")
            << QStringLiteral("Stonechat Networks lost €402 billion last year as it spent heavily on fraud detection "
                              "in Perth.")
            << QStringLiteral("Stonechat Networks narrowed its loss last year, helped by fraud detection sales.")
            << QStringLiteral("Lanternfish AI lost $426.3 billion last year as it spent heavily on agent platforms "
                              "in Osaka.")
            << QStringLiteral("billion");
        QTest::newRow("quote in a pattern's middle, prefix alike")
            << QStringLiteral("Wyvern Semiconductor lost $7 million last year as it spent heavily on chip design "
                              "tools in Tallinn.")
            << QStringLiteral("Wyvern Semiconductor cut its spending on design software last year.")
            << QStringLiteral("Thornbury Labs lost $2 million last year as it spent heavily on chip design tools in "
                              "Sapporo.")
            << QStringLiteral("on chip design");
    }

    void siblingWithOldTextIsNoPlace()
    {
        QFETCH(QString, span);
        QFETCH(QString, rewritten);
        QFETCH(QString, sibling);
        QFETCH(QString, quote);
        const QString first = QStringLiteral("Kestrel Labs opened a second office in Bergen this spring. Its staff "
                                             "grew to 140 people.\n\n");
        const QString third = QStringLiteral("Analysts expect the market for inference hardware to consolidate. "
                                             "Two suppliers already hold most of it.");
        const QString oldText
            = first + span + QStringLiteral(" The company did not comment.\n\n") + third + QStringLiteral("\n");
        const SpanSelectors selectors = selectorsOf(oldText, quote);
        QVERIFY(!selectors.quote.exact.isEmpty());

        const QString newText = first + rewritten + QStringLiteral(" The company did not comment.\n\n") + third + u' '
            + sibling + QStringLiteral("\n");
        QCOMPARE(newText.count(quote), 1);
        const AnchorResult r = Reanchorer(oldText, newText).anchor(selectors);
        QVERIFY2(!r.placed(),
            qPrintable(QStringLiteral("placed (%1 %2) on '%3'")
                           .arg(AnchorResult::methodName(r.method))
                           .arg(r.confidence)
                           .arg(r.text)));

        // The span's paragraph moved to the end, unchanged: placed on it.
        const QString moved
            = first + third + QStringLiteral("\n\n") + span + QStringLiteral(" The company did not comment.\n");
        const AnchorResult m = Reanchorer(oldText, moved).anchor(selectors);
        QVERIFY(m.placed());
        QCOMPARE(m.text, quote);
        const CodePoints cp(moved);
        QCOMPARE(m.range->start, cp.fromUtf16(moved.indexOf(quote)));
    }

    // From the selectors alone: the span's sentence deleted, a sentence of the same pattern far
    // from the span's old offset holding a whole clause of the quote (found once, 60 characters)
    // with neither side of its context. Its length alone placed it (relocated 0.75) before; a
    // long quote (a paragraph of its own, moved) is still placed on its length.
    void farSiblingIsNoPlace()
    {
        const QString span = QStringLiteral("The Pellucid deal, worth €200 million over 6 years, is the largest "
                                            "Ashgrove Partners has backed.\n\nA filing in Tallinn shows Pellucid "
                                            "owes Windrush Growth $30 million.");
        const QString sibling = QStringLiteral("The Orrery AI deal, worth €468.9 million over 3 years, is the "
                                               "largest Ashgrove Partners has backed.\n\nA filing in Tucson shows "
                                               "Orrery AI owes Halliard Ventures $12 million.");
        const QString quote = QStringLiteral("years, is the largest Ashgrove Partners has backed.\n\nA filing");
        // Prose between them, longer than the distance an offset may drift by other edits.
        const QString between = QStringLiteral(
            "Regulators in three countries have asked for more detail on how the chips will be shared between "
            "the partners, and two of them want the answers before the summer. The companies say they will "
            "answer in writing.\n\nMost of the money goes to power and cooling rather than to the chips "
            "themselves, according to people who have seen the plans. The first site is due to open late next "
            "year, the second a year later.\n\nNone of the partners would say what the venture is worth. An "
            "earlier round, led by a pension fund, valued it at a fraction of the sums now discussed, and several "
            "early investors have since sold part of their stakes to newer ones.\n\nThe venture's chief "
            "executive said in an interview that hiring, not money, was the harder problem, and that most new "
            "engineers would work from the two existing offices.\n\n");
        const QString oldText = span + QStringLiteral("\n\n") + between + sibling + QStringLiteral("\n");
        const SpanSelectors selectors = selectorsOf(oldText, quote);
        QVERIFY(!selectors.quote.exact.isEmpty());

        const QString deleted = between + sibling + QStringLiteral("\n");
        const AnchorResult r = Reanchorer(deleted).anchor(selectors);
        QVERIFY2(!r.placed(),
            qPrintable(QStringLiteral("placed (%1 %2) on '%3'")
                           .arg(AnchorResult::methodName(r.method))
                           .arg(r.confidence)
                           .arg(r.text)));

        // The span's sentence kept, the text edited elsewhere: placed on it.
        const QString kept = span + QStringLiteral("\n\n") + between + sibling + QStringLiteral(" It was signed.\n");
        const AnchorResult k = Reanchorer(kept).anchor(selectors);
        QVERIFY(k.placed());
        QCOMPARE(k.range->start, CodePoints(kept).fromUtf16(kept.indexOf(quote)));

        // A paragraph of its own moved far, both contexts new: a quote this long is placed on itself.
        const QString paragraph = QStringLiteral("Most of the money goes to power and cooling rather than to the "
                                                 "chips themselves, according to people who have seen the plans.");
        const QString shuffled = span + QStringLiteral("\n\n") + sibling + QStringLiteral("\n\n") + between;
        const AnchorResult p = Reanchorer(shuffled).anchor(selectorsOf(oldText, paragraph));
        QVERIFY(p.placed());
        QCOMPARE(p.text, paragraph);
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
