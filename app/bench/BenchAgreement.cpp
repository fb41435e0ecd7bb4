// Inter-coder agreement: agreement_10k_spans_ms (two coders, 10,000 spans over 200 articles and
// ten tags; percent, kappa and alpha-u per tag and overall) and the disagreements between them.
#include "bench/Bench.h"

#include "agreement/AgreementReport.h"
#include "agreement/Disagreements.h"
#include "store/Project.h"
#include "workspace/AgreementData.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>

namespace crossread::bench {

namespace {

// Two coders coding the same 200 articles of 5,000 code points: the second mostly follows the
// first with shifted boundaries, now and then misses a span or adds one of its own.
AgreementInput twoCoders()
{
    AgreementInput in;
    in.coders = { QStringLiteral("ana"), QStringLiteral("ben") };
    for (qint64 a = 1; a <= 200; ++a)
        in.articles.append({ a, 5000 });
    for (qint64 t = 1; t <= 10; ++t)
        in.tags.append({ t, QStringLiteral("Tag %1").arg(t) });
    QRandomGenerator rng(12);
    for (int i = 0; i < 5000; ++i) {
        Span s;
        s.articleId = 1 + rng.bounded(200);
        s.start = rng.bounded(4800);
        s.end = s.start + 10 + rng.bounded(180);
        s.tagIds = { 1 + qint64(rng.bounded(10)) };
        s.author = QStringLiteral("ana");
        in.spans.append(s);
        Span other = s;
        other.author = QStringLiteral("ben");
        if (rng.bounded(10) == 0) {
            other.start = rng.bounded(4800); // a span of ben's own
            other.end = other.start + 10 + rng.bounded(180);
        } else {
            other.start = std::max<qint64>(0, s.start + rng.bounded(-8, 9));
            other.end = std::min<qint64>(5000, std::max(other.start + 1, s.end + rng.bounded(-8, 9)));
        }
        in.spans.append(other);
    }
    return in;
}

double medianMs(const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// The same coding in a project of its own (200 articles of 5,000 code points, ten tags), so
// that the measurement includes reading the spans and lengths as the command does.
QString twoCoderProject(const AgreementInput &in)
{
    const QString folder = QDir(scratchRoot()).filePath(QStringLiteral("agreement-two-coders"));
    const QString db = QDir(folder).filePath(QStringLiteral("project.db"));
    if (QFile::exists(db))
        return db;
    QDir().mkpath(folder);
    Project project;
    if (!project.open(db, Project::OpenMode::CreateIfMissing))
        return db;
    project.beginEdit();
    const QString text = QStringLiteral("Generated words for the agreement benchmark. ").repeated(109).left(5000);
    for (const auto &article : in.articles) {
        Article a;
        a.path = QDir(folder).filePath(QStringLiteral("article-%1.txt").arg(article.first));
        a.contentHash = a.path.toUtf8().toHex();
        a.text = text;
        project.articles().insert(a, {});
    }
    for (const auto &t : in.tags) {
        Tag tag;
        tag.name = t.second;
        tag.color = QColor::fromHsv(int(t.first) * 30, 140, 220);
        tag.position = -1;
        project.addTag(tag);
    }
    QList<Span> spans = in.spans;
    for (Span &s : spans)
        s.text = text.mid(s.start, s.end - s.start);
    project.addSpans(spans);
    project.commitEdit();
    return db;
}

} // namespace

QList<Measurement> agreementMeasurements()
{
    return {
        { QStringLiteral("agreement_10k_spans_ms"),
            QStringLiteral("<= 200 ms for two coders over 10,000 spans (200 articles, 10 tags)"),
            [](QTextStream &out) {
                const AgreementInput in = twoCoders();
                double alpha = 0;
                const double ms = medianMs([&] { alpha = computeAgreement(in).overall.alphaU; });
                printLine(out, QStringLiteral("agreement_10k_spans_ms"), ms, QStringLiteral("ms"));
                printLine(out, QStringLiteral("agreement_10k_spans_alpha_u"), alpha, QString());
            } },
        { QStringLiteral("agreement_10k_spans_project_ms"),
            QStringLiteral("the same read from a project, as crossread agreement does after opening it"),
            [](QTextStream &out) {
                const QString db = twoCoderProject(twoCoders());
                Project project;
                if (!project.open(db)) {
                    out << "# agreement_10k_spans_project_ms: " << project.error() << "\n";
                    return;
                }
                qint64 spans = 0;
                const double ms = medianMs([&] {
                    const AgreementInput input = agreementInput(
                        project, AgreementRequest { { QStringLiteral("ana"), QStringLiteral("ben") }, {}, {} });
                    spans = input.spans.size();
                    computeAgreement(input);
                });
                printLine(out, QStringLiteral("agreement_10k_spans_project_ms"), ms, QStringLiteral("ms"));
                printLine(out, QStringLiteral("agreement_10k_spans_project_spans"), double(spans), QString());
            } },
        { QStringLiteral("disagreements_10k_spans_ms"),
            QStringLiteral("the Agreement view's list of disagreements for the same spans"),
            [](QTextStream &out) {
                const AgreementInput in = twoCoders();
                qsizetype found = 0;
                const double ms = medianMs(
                    [&] { found = findDisagreements(in.spans, QStringLiteral("ana"), QStringLiteral("ben")).size(); });
                printLine(out, QStringLiteral("disagreements_10k_spans_ms"), ms, QStringLiteral("ms"));
                printLine(out, QStringLiteral("disagreements_10k_spans_count"), double(found), QString());
            } },
    };
}

} // namespace crossread::bench
