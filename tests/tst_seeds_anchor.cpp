// Extra suite (label "seeds"): re-anchoring on the team's seed articles, real prose rather than
// generated, edited by the edit generator (tests/editgen). No span may land on other text than
// its own, with the old text or from its selectors alone. The seeds repeat text word for word (a
// headline as a heading, a sentence in a summary, "advertisement" on two lines), and deleting or
// moving lines between such copies can leave a copy where the original was: which copy the span
// was on is known to the edit generator, not to the texts. A span may land on a copy of (most of)
// its quote; these are counted. Skipped where the seeds folder is absent or empty; a seed missing
// from a folder that has the others fails, naming the file.
#include "SeedSupport.h"

#include "AnchorOracle.h"
#include "EditGenerator.h"
#include "SpanSampler.h"
#include "TrackedText.h"

#include "anchor/FoldedText.h"
#include "anchor/Reanchorer.h"
#include "domain/CodePoints.h"

#include <QTest>

using namespace crossread;
using namespace crossread::editgen;
using namespace crossread::test;

namespace {

// The longest stretch of characters (whitespace folded) that two texts share word for word.
QString longestCommon(const QString &x, const QString &y)
{
    const QString a = FoldedText::fold(x);
    const QString b = FoldedText::fold(y);
    std::vector<int> previous(size_t(b.size() + 1), 0);
    int longest = 0;
    qsizetype end = 0;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        std::vector<int> row(previous.size(), 0);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            if (a.at(i - 1) == b.at(j - 1))
                row[size_t(j)] = previous[size_t(j - 1)] + 1;
            if (row[size_t(j)] > longest) {
                longest = row[size_t(j)];
                end = i;
            }
        }
        previous = row;
    }
    return a.mid(end - longest, longest).trimmed();
}

// A placement that holds most of the quote (70% of its characters) word for word: a copy of its
// text, which the texts may not tell from the original once one of them is deleted or moved.
bool onCopy(const QString &placed, const QString &quote)
{
    const QString shared = longestCommon(placed, quote);
    return !shared.isEmpty() && shared.size() >= 0.7 * double(FoldedText::fold(quote).trimmed().size());
}

} // namespace

class TestSeedsAnchor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void neverPlacedWrongly_data();
    void neverPlacedWrongly();
};

void TestSeedsAnchor::initTestCase()
{
    CROSSREAD_SKIP_WITHOUT_SEEDS();
}

void TestSeedsAnchor::neverPlacedWrongly_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<double>("share"); // of the text touched by edits
    for (const QString &name : seedNames()) {
        const QString prefix = name.left(3);
        QTest::newRow(qPrintable(prefix + QStringLiteral(", 5% edited"))) << prefix << 0.05;
        QTest::newRow(qPrintable(prefix + QStringLiteral(", 20% edited"))) << prefix << 0.20;
    }
}

void TestSeedsAnchor::neverPlacedWrongly()
{
    QFETCH(QString, seed);
    QFETCH(double, share);
    CROSSREAD_SEED_TEXT(original, seed);
    const CodePoints cp(original);
    int spans = 0;
    int correct = 0;
    int onCopies = 0;
    for (quint32 round = 1; round <= 20; ++round) {
        const QList<TextRange> ranges = SpanSampler::sample(original, 40, round);
        TrackedText tracked(original);
        EditGenerator(round * 31).applyRandom(&tracked, share);
        const QString edited = tracked.text();
        const AnchorOracle oracle(tracked);
        const Reanchorer withOld(original, edited);
        const Reanchorer selectorsOnly(edited);
        for (const TextRange &range : ranges) {
            const SpanSelectors selectors = SpanSelectors::describe(original, cp, range.start, range.end);
            for (const Reanchorer *reanchorer : { &withOld, &selectorsOnly }) {
                const AnchorResult r = reanchorer->anchor(selectors);
                const AnchorOracle::Judgement j = oracle.judge(range, r);
                const bool copy = j.verdict == AnchorOracle::Wrong && onCopy(r.text, selectors.quote.exact);
                onCopies += copy;
                QVERIFY2(j.verdict != AnchorOracle::Wrong || copy,
                    qPrintable(QStringLiteral("round %1, %2: '%3' -> %4 '%5' (%6)")
                                   .arg(round)
                                   .arg(reanchorer == &withOld ? QStringLiteral("with the old text")
                                                               : QStringLiteral("selectors only"),
                                       selectors.quote.exact, AnchorResult::methodName(r.method), r.text,
                                       AnchorOracle::fateName(j.fate))));
                correct += j.verdict == AnchorOracle::Correct;
                ++spans;
            }
        }
    }
    qInfo("%d placements: %.1f%% correct, %d on a copy of the quote", spans, 100.0 * correct / spans, onCopies);
    QVERIFY(correct >= 0.9 * spans);
}

QTEST_GUILESS_MAIN(TestSeedsAnchor)
#include "tst_seeds_anchor.moc"
