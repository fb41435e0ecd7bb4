// Analysis speed: compare_1mb_ms (with GNU wdiff and git word-diff on the same pair when
// installed), figures_10k_articles_s, export_pdf_100_articles_s.
#include "bench/Bench.h"

#include "compare/ComparisonBench.h"
#include "compare/ProseComparator.h"
#include "domain/CodePoints.h"
#include "export/PdfExporter.h"
#include "figures/FigureBench.h"
#include "store/ProjectFigures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace crossread::bench {

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

// Wall time of an external tool on the pair, or a negative value when it is missing.
double toolMs(const QString &program, const QStringList &args)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return -1;
    QList<double> times;
    for (int i = 0; i < 3; ++i) {
        QProcess p;
        p.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        if (!p.waitForFinished(120000))
            return -1;
        times << t.nsecsElapsed() / 1e6;
    }
    return median(times);
}

void compareOneMegabyte(QTextStream &out)
{
    const ComparisonBench::Pair generated = ComparisonBench::generate(1 << 20, 0.05, 2026);
    const QPair<QString, QString> pair { generated.a, generated.b };
    const ProseComparator comparator;
    comparator.compare(pair.first.left(20000), pair.second.left(20000)); // warm up
    QList<double> times;
    ComparisonResult r;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        r = comparator.compare(pair.first, pair.second);
        times << t.nsecsElapsed() / 1e6;
    }
    const double ours = median(times);
    printLine(out, QStringLiteral("compare_1mb_ms"), ours, QStringLiteral("ms"));
    // Moves: the sentences reported as moved against those of the one paragraph that moved.
    const CodePoints cp(generated.a);
    const qint64 movedStart = cp.fromUtf16(generated.movedStart);
    const qint64 movedEnd = cp.fromUtf16(generated.movedEnd);
    int paragraph = 0;
    for (const Sentence &s : std::as_const(r.sentencesA))
        paragraph += s.start >= movedStart && s.end <= movedEnd ? 1 : 0;
    int moved = 0;
    int movedInParagraph = 0;
    for (const Alignment &al : std::as_const(r.alignments)) {
        if (!al.moved)
            continue;
        moved += al.a.count;
        for (int s = al.a.first; s < al.a.end(); ++s)
            movedInParagraph += r.sentencesA[s].start >= movedStart && r.sentencesA[s].end <= movedEnd ? 1 : 0;
    }
    printLine(out, QStringLiteral("compare_1mb_moved_sentences"), moved, QStringLiteral("sentences"));
    printLine(out, QStringLiteral("compare_1mb_moved_paragraph_sentences"), paragraph, QStringLiteral("sentences"));
    printLine(
        out, QStringLiteral("compare_1mb_moved_found_in_paragraph"), movedInParagraph, QStringLiteral("sentences"));
    const QString dir = scratchRoot();
    const QString a = QDir(dir).filePath(QStringLiteral("pair-a.txt"));
    const QString b = QDir(dir).filePath(QStringLiteral("pair-b.txt"));
    for (const auto &[path, text] : { std::pair { a, pair.first }, std::pair { b, pair.second } }) {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(text.toUtf8());
    }
    const double git = toolMs(QStringLiteral("git"),
        { QStringLiteral("diff"), QStringLiteral("--no-index"), QStringLiteral("--word-diff"), a, b });
    if (git > 0) {
        printLine(out, QStringLiteral("git_word_diff_1mb_ms"), git, QStringLiteral("ms"));
        printLine(out, QStringLiteral("compare_1mb_vs_git_word_diff"), ours / git, QStringLiteral("x"));
    }
    const double wdiff = toolMs(QStringLiteral("wdiff"), { a, b });
    if (wdiff > 0) {
        printLine(out, QStringLiteral("wdiff_1mb_ms"), wdiff, QStringLiteral("ms"));
        printLine(out, QStringLiteral("compare_1mb_vs_wdiff"), ours / wdiff, QStringLiteral("x"));
    }
}

void figuresTenThousand(QTextStream &out)
{
    QList<qint64> ids;
    QHash<qint64, QPair<QString, QDate>> texts;
    for (int i = 0; i < 10000; ++i) {
        const FigureBench::Article a = FigureBench::generate(i, 11);
        ids << i + 1;
        texts.insert(i + 1, { a.text, a.dateline });
    }
    QElapsedTimer t;
    t.start();
    const QList<Figure> figures = ProjectFigures::extractAll(ids, texts);
    const double seconds = t.nsecsElapsed() / 1e9;
    printLine(out, QStringLiteral("figures_10k_articles_s"), seconds, QStringLiteral("s"));
    printLine(out, QStringLiteral("figures_10k_found"), figures.size(), QStringLiteral("figures"));
    // What the Figures view adds: one label for the figures of each claim.
    QList<Figure> labelled = figures;
    t.restart();
    ProjectFigures::unifyClaimLabels(&labelled, texts);
    printLine(out, QStringLiteral("figures_10k_claim_labels_s"), t.nsecsElapsed() / 1e9, QStringLiteral("s"));
}

void exportHundred(QTextStream &out)
{
    ExportBundle bundle;
    bundle.projectName = QStringLiteral("Benchmark");
    bundle.author = QStringLiteral("bench");
    for (int t = 1; t <= 8; ++t)
        bundle.tags << Tag { t, 0, QStringLiteral("Tag %1").arg(t), QColor::fromHsv(t * 40, 150, 230), QString(), t,
            {} };
    QRandomGenerator rng(5);
    qint64 spanId = 1;
    for (int i = 0; i < 100; ++i) {
        ExportArticle ea;
        ea.article.id = i + 1;
        ea.article.title = QStringLiteral("Generated article %1").arg(i + 1);
        ea.article.outlet = QStringLiteral("Bench Wire");
        ea.article.published = QDate(2026, 3, 1 + i % 28);
        ea.article.text = FigureBench::generateArticle(i, 3);
        ea.article.path = QStringLiteral("/bench/%1.txt").arg(i + 1);
        const qint64 length = ea.article.text.size();
        for (int s = 0; s < 50; ++s) {
            Span span;
            span.id = spanId++;
            span.articleId = ea.article.id;
            span.start = rng.bounded(length - 100);
            span.end = span.start + 10 + rng.bounded(80);
            span.text = ea.article.text.mid(span.start, span.end - span.start);
            span.note = s % 5 == 0 ? QStringLiteral("Check this figure against the other outlets.") : QString();
            span.author = QStringLiteral("bench");
            span.tagIds = { 1 + qint64(s % 8) };
            ea.spans << span;
        }
        std::sort(ea.spans.begin(), ea.spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
        bundle.articles << ea;
    }
    const QString path = QDir(scratchRoot()).filePath(QStringLiteral("bench-export.pdf"));
    QElapsedTimer t;
    t.start();
    const ExportResult r = PdfExporter().exportTo(bundle, path);
    const double seconds = t.nsecsElapsed() / 1e9;
    if (!r.ok)
        out << "# export failed: " << r.error << '\n';
    printLine(out, QStringLiteral("export_pdf_100_articles_s"), seconds, QStringLiteral("s"));
}

} // namespace

QList<Measurement> analysisMeasurements()
{
    return {
        { QStringLiteral("compare_1mb_ms"),
            QStringLiteral("within 3x git diff --word-diff, on 1 MB with 5% edits and a moved paragraph; the "
                           "sentences reported moved are the moved paragraph's (at most twice their number)"),
            compareOneMegabyte },
        { QStringLiteral("figures_10k_articles_s"), QStringLiteral("<= 5 s to extract figures from 10,000 articles"),
            figuresTenThousand },
        { QStringLiteral("export_pdf_100_articles_s"), QStringLiteral("<= 10 s for 100 articles with 5,000 spans"),
            exportHundred },
    };
}

} // namespace crossread::bench
