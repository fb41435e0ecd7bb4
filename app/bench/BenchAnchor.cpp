// Re-anchoring: reanchor_1000_spans_ms (1,000 spans over a 100 KB article with 5% edits, old text
// known) and how well: the share of spans re-anchored correctly and the number placed wrongly,
// judged by the edit generator's own record of where each span's text went. The same spans are
// then anchored from their selectors alone (no old text), as an import would.
#include "bench/Bench.h"

#include "AnchorOracle.h"
#include "ArticleGenerator.h"
#include "EditGenerator.h"
#include "SpanSampler.h"
#include "TrackedText.h"

#include "anchor/Reanchorer.h"
#include "domain/CodePoints.h"

#include <QElapsedTimer>

#include <functional>

namespace crossread::bench {

namespace {

using namespace crossread::editgen;

struct Tally
{
    int correct = 0;
    int missed = 0;
    int wrong = 0;
    int orphans = 0;
    Tally &operator+=(const Tally &o)
    {
        correct += o.correct;
        missed += o.missed;
        wrong += o.wrong;
        orphans += o.orphans;
        return *this;
    }
};

// Judges every span. Each span placed wrongly is printed as a comment with the text around its
// old and its new place, to be looked into; CROSSREAD_BENCH_VERBOSE prints the missed ones too.
Tally judgeAll(QTextStream &out, const QString &mode, const AnchorOracle &oracle, const TrackedText &tracked,
    const QList<TextRange> &spans, const QList<AnchorResult> &results)
{
    const bool verbose = qEnvironmentVariableIsSet("CROSSREAD_BENCH_VERBOSE");
    const CodePoints oldCp(tracked.original());
    const QString now = tracked.text();
    const CodePoints newCp(now);
    // The span in [brackets], 40 code points of its text either side.
    auto around = [](const CodePoints &cp, const QString &text, qint64 start, qint64 end) {
        QString shown
            = cp.mid(text, start - 40, start) + u'[' + cp.mid(text, start, end) + u']' + cp.mid(text, end, end + 40);
        return shown.replace(QLatin1Char('\n'), QLatin1Char('|'));
    };
    Tally t;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const AnchorResult &r = results.at(i);
        const AnchorOracle::Judgement j = oracle.judge(spans.at(i), r);
        t.correct += j.verdict == AnchorOracle::Correct;
        t.missed += j.verdict == AnchorOracle::Missed;
        t.wrong += j.verdict == AnchorOracle::Wrong;
        t.orphans += !r.placed();
        if (j.verdict == AnchorOracle::Wrong || (verbose && j.verdict == AnchorOracle::Missed)) {
            out << "# " << mode << ' ' << AnchorOracle::verdictName(j.verdict) << " (" << AnchorOracle::fateName(j.fate)
                << ", " << AnchorResult::methodName(r.method) << ' ' << r.confidence
                << ")\n#   old: " << around(oldCp, tracked.original(), spans.at(i).start, spans.at(i).end) << "\n";
            if (r.range)
                out << "#   new: " << around(newCp, now, r.range->start, r.range->end) << "\n";
        }
    }
    return t;
}

void printTally(QTextStream &out, const QString &prefix, const Tally &t, qsizetype spans)
{
    printLine(out, prefix + QStringLiteral("_correct_percent"), 100.0 * t.correct / double(spans), QStringLiteral("%"));
    printLine(out, prefix + QStringLiteral("_wrong"), t.wrong, QStringLiteral("spans"));
    printLine(out, prefix + QStringLiteral("_orphan_percent"), 100.0 * t.orphans / double(spans), QStringLiteral("%"));
}

// One generated article, its spans and its edited version.
struct Trial
{
    explicit Trial(quint32 seed)
        : oldText(ArticleGenerator(seed).article(100 * 1024))
        , tracked(oldText)
    {
        spans = SpanSampler::sample(oldText, 1000, seed + 1);
        for (const TextRange &r : spans)
            selectors.append(SpanSelectors::describe(oldText, r.start, r.end));
        EditGenerator(seed + 2).applyRandom(&tracked, 0.05);
        newText = tracked.text();
    }
    QString oldText;
    TrackedText tracked;
    QString newText;
    QList<TextRange> spans;
    QList<SpanSelectors> selectors;
};

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        work();
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

void reanchorThousand(QTextStream &out)
{
    // Speed on one article; how well over several, so that one lucky article proves nothing.
    constexpr int kArticles = 10;
    const Trial first(2026);
    printLine(out, QStringLiteral("reanchor_1000_spans_ms"),
        medianMs(5,
            [&] {
                const Reanchorer reanchorer(first.oldText, first.newText);
                const QList<AnchorResult> results = reanchorer.anchorAll(first.selectors);
                Q_UNUSED(results);
            }),
        QStringLiteral("ms"));
    printLine(out, QStringLiteral("reanchor_selectors_only_1000_spans_ms"),
        medianMs(3,
            [&] {
                const QList<AnchorResult> results = Reanchorer(first.newText).anchorAll(first.selectors);
                Q_UNUSED(results);
            }),
        QStringLiteral("ms"));
    Tally aligned;
    Tally selectorsOnly;
    qsizetype spans = 0;
    for (int i = 0; i < kArticles; ++i) {
        const Trial trial(2026 + 17 * quint32(i));
        const AnchorOracle oracle(trial.tracked);
        aligned += judgeAll(out, QStringLiteral("aligned"), oracle, trial.tracked, trial.spans,
            Reanchorer(trial.oldText, trial.newText).anchorAll(trial.selectors));
        selectorsOnly += judgeAll(out, QStringLiteral("selectors"), oracle, trial.tracked, trial.spans,
            Reanchorer(trial.newText).anchorAll(trial.selectors));
        spans += trial.spans.size();
    }
    out << "# re-anchoring judged on " << spans << " spans over " << kArticles << " generated articles\n";
    printTally(out, QStringLiteral("reanchor"), aligned, spans);
    printTally(out, QStringLiteral("reanchor_selectors_only"), selectorsOnly, spans);
}

} // namespace

QList<Measurement> anchorMeasurements()
{
    return {
        { QStringLiteral("reanchor_1000_spans_ms"),
            QStringLiteral("<= 200 ms for 1,000 spans over a 100 KB article with 5% edits; none placed wrongly"),
            reanchorThousand },
    };
}

} // namespace crossread::bench
