// Import and search speed: import_articles_per_s, search_10k_ms, who_else_10k_ms.
#include "bench/Bench.h"

#include "store/ClaimIndexer.h"
#include "store/Project.h"
#include "store/ProjectImporter.h"
#include "store/SimilarClaimsFinder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>

namespace crossread::bench {

static double importRate(int count)
{
    const QString folder = QDir(scratchRoot()).filePath(QStringLiteral("import-%1").arg(count));
    generateCorpus(folder, count);
    const QString db = Project::projectPathForFolder(folder);
    QElapsedTimer timer;
    timer.start();
    const ImportReport report = ProjectImporter(db).run({ folder });
    const double seconds = timer.nsecsElapsed() / 1e9;
    QDir(folder).removeRecursively();
    return report.imported / std::max(seconds, 1e-9);
}

// "Who else says this?" for the sentence at the middle of 25 articles spread over a 10,000
// article project: median and slowest, with the sentences verified on average.
static void whoElse(QTextStream &out)
{
    Project project;
    if (!project.open(generatedProject(10000, 0)))
        return;
    // A project kept from before the sentence index is brought up to date first, untimed.
    ClaimIndexer indexer(project.database());
    indexer.run();
    const QList<qint64> ids = project.articles().ids();
    if (ids.isEmpty())
        return;
    SimilarClaimsFinder finder(project.database());
    finder.find(ids.first(), 100, 100); // warms the page cache and the term weights
    QList<double> times;
    double found = 0;
    QRandomGenerator rng(10);
    for (int i = 0; i < 25; ++i) {
        const qint64 id = ids.at(rng.bounded(int(ids.size())));
        const qint64 at = project.articles().text(id).size() / 2;
        QElapsedTimer t;
        t.start();
        const SimilarClaims claims = finder.find(id, at, at);
        times << t.nsecsElapsed() / 1e6;
        found += claims.claims.size();
    }
    std::sort(times.begin(), times.end());
    printLine(out, QStringLiteral("who_else_10k_ms"), times.at(times.size() / 2), QStringLiteral("ms"));
    printLine(out, QStringLiteral("who_else_10k_slowest_ms"), times.last(), QStringLiteral("ms"));
    printLine(out, QStringLiteral("who_else_10k_found"), found / times.size(), QStringLiteral("sentences"));
}

QList<Measurement> importMeasurements()
{
    return {
        { QStringLiteral("import_articles_per_s"),
            QStringLiteral(">= 1000 articles/s (2,000 and 10,000 articles of ~5 KB)"),
            [](QTextStream &out) {
                printLine(
                    out, QStringLiteral("import_articles_per_s_2k"), importRate(2000), QStringLiteral("articles/s"));
                printLine(
                    out, QStringLiteral("import_articles_per_s_10k"), importRate(10000), QStringLiteral("articles/s"));
            } },
        { QStringLiteral("search_10k_ms"), QStringLiteral("<= 50 ms for a phrase query over 10,000 articles"),
            [](QTextStream &out) {
                Project project;
                project.open(generatedProject(10000, 0));
                QList<SearchHit> hits;
                QString error;
                // Warm the page cache once, then take the median of several runs.
                project.searchIndex().search(QStringLiteral("\"closed weights\""), 200, &hits, &error);
                QList<double> times;
                const QStringList queries = { QStringLiteral("\"closed weights\""), QStringLiteral("\"funding round\""),
                    QStringLiteral("\"ReasonBench Pro\""), QStringLiteral("\"safety researchers\""),
                    QStringLiteral("\"open source release\"") };
                for (const QString &q : queries) {
                    QElapsedTimer t;
                    t.start();
                    project.searchIndex().search(q, 200, &hits, &error);
                    times << t.nsecsElapsed() / 1e6;
                }
                std::sort(times.begin(), times.end());
                printLine(out, QStringLiteral("search_10k_ms"), times.at(times.size() / 2), QStringLiteral("ms"));
            } },
        { QStringLiteral("who_else_10k_ms"),
            QStringLiteral("<= 100 ms for \"who else says this?\" on a sentence, over 10,000 articles"), whoElse },
    };
}

} // namespace crossread::bench
