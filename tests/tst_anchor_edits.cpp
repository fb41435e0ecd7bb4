// Re-anchoring against realistic edits made by the edit generator (tests/editgen): the generator's
// own record of where each character went (TrackedText) and the oracle that judges by it, each
// kind of edit aimed at a span with its expected outcome written by hand, and a randomized
// property: over many generated articles and edits, no span is ever placed on the wrong text.
#include "TestSupport.h"

#include "AnchorOracle.h"
#include "ArticleGenerator.h"
#include "EditGenerator.h"
#include "SpanSampler.h"
#include "TrackedText.h"

#include "anchor/Reanchorer.h"
#include "domain/CodePoints.h"

#include <QTest>

using namespace crossread;
using namespace crossread::editgen;
using namespace crossread::test;

namespace {

TextRange rangeIn(const QString &text, const QString &phrase)
{
    const qsizetype at = text.indexOf(phrase);
    if (at < 0)
        return {};
    const CodePoints cp(text);
    return { cp.fromUtf16(at), cp.fromUtf16(at + phrase.size()) };
}

AnchorResult placedAt(TextRange range)
{
    AnchorResult r;
    r.method = AnchorResult::Exact;
    r.confidence = 1;
    r.range = range;
    return r;
}

QString describe(const QString &mode, const Edit &edit, const QString &quote, const AnchorResult &r,
    const AnchorOracle::Judgement &j)
{
    return QStringLiteral("%1, %2: '%3' -> %4 '%5' (%6, %7)")
        .arg(mode, edit.description, quote, AnchorResult::methodName(r.method), r.text, AnchorOracle::fateName(j.fate),
            AnchorOracle::verdictName(j.verdict));
}

} // namespace

Q_DECLARE_METATYPE(crossread::editgen::Edit::Kind)
Q_DECLARE_METATYPE(crossread::editgen::AnchorOracle::Fate)

class TestAnchorEdits : public QObject
{
    Q_OBJECT

private slots:
    void trackedText();
    void trackedMove();
    void oracle_data();
    void oracle();
    void targetedEdits_data();
    void targetedEdits();
    void wholeArticleSpan();
    void neverPlacedWrongly_data();
    void neverPlacedWrongly();
};

void TestAnchorEdits::trackedText()
{
    // "raised $14 billion.": r0 a1 i2 s3 e4 d5 _6 $7 1(8) 4(9) _10 b11 ... n17 .18
    TrackedText t(QStringLiteral("raised $14 billion."));
    t.replace(7, 18, QStringLiteral("$14.3 billion"));
    QCOMPARE(t.text(), QStringLiteral("raised $14.3 billion."));
    for (qint64 i = 0; i < 10; ++i) // "raised $14" kept where it was
        QVERIFY(t.provenance(i).kept && t.provenance(i).lo == i);
    for (qint64 i : { 10, 11 }) { // ".3" inserted after the old "4" (old position 10)
        QVERIFY(!t.provenance(i).kept);
        QCOMPARE(t.provenance(i).lo, 10);
        QCOMPARE(t.provenance(i).hi, 10);
    }
    QCOMPARE(t.provenance(12).lo, 10); // " billion." shifted by two
    QCOMPARE(t.provenance(20).lo, 18);
    const std::vector<qint32> kept = t.keptPositions();
    QCOMPARE(kept[9], 9);
    QCOMPARE(kept[10], 12);

    t.replace(0, 6, QStringLiteral("raked")); // a replaced letter stands for the old ones
    QCOMPARE(t.text(), QStringLiteral("raked $14.3 billion."));
    QVERIFY(t.provenance(0).kept && t.provenance(1).kept); // "ra" shared at the start
    QVERIFY(!t.provenance(2).kept); // "k" stands for "is"
    QCOMPARE(t.provenance(2).lo, 2);
    QCOMPARE(t.provenance(2).hi, 4);
    QVERIFY(t.provenance(3).kept); // "ed" shared at the end
    QCOMPARE(t.provenance(3).lo, 4);
    QCOMPARE(t.keptPositions()[2], -1);
    QCOMPARE(t.keptPositions()[5], 4);
}

void TestAnchorEdits::trackedMove()
{
    TrackedText t(QStringLiteral("One.\n\nTwo.\n\nThree."));
    t.move(0, 6, 12); // "One.\n\n" before "Three."
    QCOMPARE(t.text(), QStringLiteral("Two.\n\nOne.\n\nThree."));
    QCOMPARE(t.keptPositions()[0], 6); // "O" of One now at 6
    QCOMPARE(t.keptPositions()[6], 0); // "T" of Two now at 0
    t.useCrLf();
    QCOMPARE(t.text(), QStringLiteral("Two.\r\n\r\nOne.\r\n\r\nThree."));
    QCOMPARE(t.keptPositions()[0], 8);
    QVERIFY(!t.provenance(4).kept); // the inserted \r
}

void TestAnchorEdits::oracle_data()
{
    // Text after the edits is built with TrackedText from "Tern ships. Tern waits. Shares rose.",
    // the span is the first "Tern ships" (0-10), the placement is written by hand.
    QTest::addColumn<int>("edit"); // 0: none, 1: first sentence deleted, 2: "ships" -> "shipped", 3: sentences swapped
    QTest::addColumn<QString>("placedOn"); // text placed on, first occurrence; empty: orphan
    QTest::addColumn<int>("fate");
    QTest::addColumn<int>("verdict");
    using O = AnchorOracle;
    QTest::newRow("unchanged, placed on it") << 0 << "Tern ships" << int(O::Intact) << int(O::Correct);
    QTest::newRow("unchanged, orphaned") << 0 << "" << int(O::Intact) << int(O::Missed);
    QTest::newRow("unchanged, placed on part of it") << 0 << "Tern" << int(O::Intact) << int(O::Missed);
    QTest::newRow("deleted, orphaned") << 1 << "" << int(O::Gone) << int(O::Correct);
    QTest::newRow("deleted, placed on the other Tern") << 1 << "Tern" << int(O::Gone) << int(O::Wrong);
    QTest::newRow("changed, placed on the new words") << 2 << "Tern shipped" << int(O::Changed) << int(O::Correct);
    QTest::newRow("changed, orphaned") << 2 << "" << int(O::Changed) << int(O::Missed);
    QTest::newRow("changed, placed on other text") << 2 << "Tern waits" << int(O::Changed) << int(O::Wrong);
    QTest::newRow("moved, placed where it went") << 3 << "Tern ships" << int(O::Intact) << int(O::Correct);
}

void TestAnchorEdits::oracle()
{
    QFETCH(int, edit);
    QFETCH(QString, placedOn);
    TrackedText t(QStringLiteral("Tern ships. Tern waits. Shares rose."));
    if (edit == 1)
        t.replace(0, 12, QString());
    else if (edit == 2)
        t.replace(5, 10, QStringLiteral("shipped"));
    else if (edit == 3)
        t.move(0, 12, 24);
    const AnchorOracle oracle(t);
    const TextRange span { 0, 10 };
    const AnchorResult result = placedOn.isEmpty() ? AnchorResult() : placedAt(rangeIn(t.text(), placedOn));
    const AnchorOracle::Judgement j = oracle.judge(span, result);
    QTEST(int(j.fate), "fate");
    QTEST(int(j.verdict), "verdict");
}

void TestAnchorEdits::targetedEdits_data()
{
    // An edit of each kind aimed at a span of an article written for the project, with what must
    // come of the span, by hand: its fate, how it is found, and that it is found correctly.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<Edit::Kind>("kind");
    QTest::addColumn<AnchorOracle::Fate>("fate"); // Changed also admits Gone (a rewrite may leave little)
    QTest::addColumn<QString>("methods"); // the methods allowed, space separated
    const QString story = QStringLiteral("story/03-gradient-gazette-dateline.txt");
    const QString versions = QStringLiteral("versions/kestrel-round-v1.txt");
    QTest::newRow("typo fixed inside the span: changed text, found fuzzily")
        << story << "Larkspur gave universities, startups and hobbyists a capable model" << Edit::TypoFix
        << AnchorOracle::Changed << "fuzzy";
    QTest::newRow("figure corrected inside the span: changed text, found fuzzily")
        << story << "more than 1,000 physicians" << Edit::FigureCorrected << AnchorOracle::Changed << "fuzzy";
    QTest::newRow("money corrected inside the span") << versions << "raised $14 billion from a group of investors"
                                                     << Edit::FigureCorrected << AnchorOracle::Changed << "fuzzy";
    QTest::newRow("sentence inserted before the span's sentence: kept, its context changed")
        << story << "The Harbor Ledger reported in April" << Edit::SentenceInserted << AnchorOracle::Intact
        << "relocated";
    QTest::newRow("paragraph moved, span inside it: moved with it")
        << story << "described the safety tests in detail" << Edit::ParagraphMoved << AnchorOracle::Intact << "exact";
    QTest::newRow("paragraph moved, span at its start: moved with it")
        << story << "A technical report posted to arXiv on May 14" << Edit::ParagraphMoved << AnchorOracle::Intact
        << "relocated";
    QTest::newRow("paragraph moved, span is the paragraph: moved with it")
        << story
        << "Investors appear unbothered. The shares have climbed since the launch, and analysts expect the "
           "hosted service to bring in subscription revenue by the end of the year."
        << Edit::ParagraphMoved << AnchorOracle::Intact << "relocated";
    QTest::newRow("span's sentence rewritten: changed or orphaned, never misplaced")
        << story << "Marlowe said the company would publish its criteria later this year." << Edit::SentenceRewritten
        << AnchorOracle::Changed << "fuzzy orphan";
    QTest::newRow("span's paragraph deleted: orphaned")
        << story << "Larkspur 4 remains available" << Edit::ParagraphDeleted << AnchorOracle::Gone << "orphan";
    QTest::newRow("a phrase that recurs, its paragraph deleted: orphaned")
        << versions << "the company said" << Edit::ParagraphDeleted << AnchorOracle::Gone << "orphan";
    QTest::newRow("span's paragraph re-wrapped: unchanged")
        << story << "For years, Kestrel used open weights to level the field against richer rivals." << Edit::Reflowed
        << AnchorOracle::Intact << "exact";
}

void TestAnchorEdits::targetedEdits()
{
    QFETCH(QString, file);
    QFETCH(QString, quote);
    QFETCH(Edit::Kind, kind);
    QFETCH(AnchorOracle::Fate, fate);
    QFETCH(QString, methods);
    const QString original = QString::fromUtf8(readFile(dataPath(file)));
    const TextRange span = rangeIn(original, quote);
    QVERIFY2(span.length() > 0, qPrintable(QStringLiteral("'%1' is not in %2").arg(quote, file)));
    const SpanSelectors selectors = SpanSelectors::describe(original, span.start, span.end);
    for (quint32 seed = 1; seed <= 12; ++seed) {
        TrackedText tracked(original);
        const std::optional<Edit> edit = EditGenerator(seed).targeted(kind, tracked, span);
        QVERIFY2(edit, qPrintable(QStringLiteral("no %1 for '%2'").arg(Edit::kindName(kind), quote)));
        edit->apply(&tracked);
        const QString edited = tracked.text();
        const AnchorOracle oracle(tracked);
        const AnchorOracle::Fate actualFate = oracle.fate(span);
        const bool fateOk = actualFate == fate || (fate == AnchorOracle::Changed && actualFate == AnchorOracle::Gone);
        QVERIFY2(fateOk, qPrintable(edit->description + QStringLiteral(": ") + AnchorOracle::fateName(actualFate)));
        for (const bool withOld : { true, false }) {
            const AnchorResult r
                = withOld ? Reanchorer(original, edited).anchor(selectors) : Reanchorer(edited).anchor(selectors);
            const AnchorOracle::Judgement j = oracle.judge(span, r);
            const QString what = describe(
                withOld ? QStringLiteral("with the old text") : QStringLiteral("selectors only"), *edit, quote, r, j);
            QVERIFY2(j.verdict != AnchorOracle::Wrong, qPrintable(what));
            QVERIFY2(methods.split(QLatin1Char(' ')).contains(AnchorResult::methodName(r.method)), qPrintable(what));
            // Where the span is still there, it is found exactly there; where it is gone, it is an orphan.
            if (actualFate != AnchorOracle::Changed || r.placed())
                QVERIFY2(j.verdict == AnchorOracle::Correct, qPrintable(what));
            if (actualFate == AnchorOracle::Intact && kind == Edit::Reflowed)
                QCOMPARE(r.confidence, 1.0);
        }
    }
}

void TestAnchorEdits::wholeArticleSpan()
{
    // A span over a whole 100 KB article, 5% of it edited: too long for the bit-parallel search, it
    // is found through the word diff, as changed text over the whole new article.
    const QString original = ArticleGenerator(3).article(100 * 1024);
    TrackedText tracked(original);
    EditGenerator(4).applyRandom(&tracked, 0.05);
    const QString edited = tracked.text();
    const SpanSelectors span = SpanSelectors::describe(original, 0, CodePoints::count(original));
    const AnchorOracle oracle(tracked);
    for (const bool withOld : { true, false }) {
        const AnchorResult r = withOld ? Reanchorer(original, edited).anchor(span) : Reanchorer(edited).anchor(span);
        QCOMPARE(r.method, AnchorResult::Fuzzy);
        QCOMPARE(r.text, edited.trimmed());
        QCOMPARE(oracle.judge({ 0, CodePoints::count(original) }, r).verdict, AnchorOracle::Correct);
    }
}

void TestAnchorEdits::neverPlacedWrongly_data()
{
    QTest::addColumn<int>("wrapAt"); // 0: one line per paragraph
    QTest::addColumn<double>("share"); // of the text touched by edits
    QTest::newRow("paragraphs on one line, 5% edited") << 0 << 0.05;
    QTest::newRow("hard-wrapped at 72 columns, 5% edited") << 72 << 0.05;
    QTest::newRow("paragraphs on one line, 15% edited") << 0 << 0.15;
}

void TestAnchorEdits::neverPlacedWrongly()
{
    // Generated articles of about 20 KB with 150 spans each, edited at random by every kind of
    // edit; each span anchored with the old text and from its selectors alone, and judged by the
    // generator's record of where its text went. None may land on the wrong text, and most must
    // land exactly where their text went.
    QFETCH(int, wrapAt);
    QFETCH(double, share);
    int spans = 0;
    int correct[2] = { 0, 0 };
    for (quint32 seed = 1; seed <= 12; ++seed) {
        const QString original = ArticleGenerator(seed).article(20 * 1024, wrapAt);
        const QList<TextRange> ranges = SpanSampler::sample(original, 150, seed * 7);
        TrackedText tracked(original);
        const QList<Edit> edits = EditGenerator(seed * 13).applyRandom(&tracked, share);
        const QString edited = tracked.text();
        const AnchorOracle oracle(tracked);
        const Reanchorer withOld(original, edited);
        const Reanchorer selectorsOnly(edited);
        for (const TextRange &range : ranges) {
            const SpanSelectors selectors = SpanSelectors::describe(original, range.start, range.end);
            for (int mode = 0; mode < 2; ++mode) {
                const AnchorResult r = (mode == 0 ? withOld : selectorsOnly).anchor(selectors);
                const AnchorOracle::Judgement j = oracle.judge(range, r);
                QVERIFY2(j.verdict != AnchorOracle::Wrong,
                    qPrintable(
                        QStringLiteral("seed %1, %2: '%3' -> %4 '%5' (%6)")
                            .arg(seed)
                            .arg(mode == 0 ? QStringLiteral("with the old text") : QStringLiteral("selectors only"),
                                selectors.quote.exact, AnchorResult::methodName(r.method), r.text,
                                AnchorOracle::fateName(j.fate))));
                correct[mode] += j.verdict == AnchorOracle::Correct;
            }
            ++spans;
        }
        QVERIFY(!edits.isEmpty());
    }
    qInfo("%d spans: %.1f%% correct with the old text, %.1f%% from selectors alone", spans, 100.0 * correct[0] / spans,
        100.0 * correct[1] / spans);
    QVERIFY(correct[0] >= 0.95 * spans);
    QVERIFY(correct[1] >= 0.93 * spans);
}

QTEST_GUILESS_MAIN(TestAnchorEdits)
#include "tst_anchor_edits.moc"
