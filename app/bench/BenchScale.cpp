// Scale: search_100k_ms (the first page of a phrase search whose words are common, over
// 100,000 articles) and figures_100k_peak_mb (peak memory of `crossread figures` over them,
// measured on a child process).
#include "bench/Bench.h"

#include "store/Project.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

namespace crossread::bench {

namespace {

constexpr int kArticles = 100000;

void searchHundredThousand(QTextStream &out)
{
    Project project;
    if (!project.open(generatedProject(kArticles, 0))) {
        out << "search_100k_ms failed: " << project.error() << '\n';
        return;
    }
    // Phrases of the corpus's most frequent words: each matches tens of thousands of articles.
    const QStringList queries = { QStringLiteral("\"ReasonBench Pro\""), QStringLiteral("\"the model\""),
        QStringLiteral("\"funding round\""), QStringLiteral("\"closed weights\""), QStringLiteral("\"with a score\"") };
    QList<SearchHit> hits;
    QString error;
    for (const QString &q : queries) // warm the page cache
        project.searchIndex().search(q, 200, &hits, &error);
    QList<double> times;
    qsizetype shown = 0;
    for (int round = 0; round < 3; ++round) {
        for (const QString &q : queries) {
            QElapsedTimer t;
            t.start();
            project.searchIndex().search(q, 200, &hits, &error);
            times << t.nsecsElapsed() / 1e6;
            shown = std::max(shown, hits.size());
        }
    }
    std::sort(times.begin(), times.end());
    printLine(out, QStringLiteral("search_100k_ms"), times.at(times.size() / 2), QStringLiteral("ms"));
    printLine(out, QStringLiteral("search_100k_max_ms"), times.last(), QStringLiteral("ms"));
    printLine(out, QStringLiteral("search_100k_page_hits"), double(shown), QStringLiteral("hits"));
}

// Runs crossread with ARGS (output to /dev/null) and returns its peak resident set in MB, or -1.
double peakMegabytes(const QStringList &args)
{
    const QByteArray program = QFile::encodeName(QCoreApplication::applicationDirPath() + QStringLiteral("/crossread"));
    QList<QByteArray> storage { program };
    for (const QString &a : args)
        storage << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, program.constData(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        return -1;
    int status = 0;
    struct rusage usage
    {
    };
    // wait4 reports this child's own peak (ru_maxrss, in KB), unlike RUSAGE_CHILDREN.
    if (::wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return usage.ru_maxrss / 1024.0;
}

void figuresHundredThousand(QTextStream &out)
{
    const QString db = generatedProject(kArticles, 0);
    QElapsedTimer t;
    t.start();
    const double json
        = peakMegabytes({ QStringLiteral("figures"), QStringLiteral("-p"), db, QStringLiteral("--json") });
    const double seconds = t.nsecsElapsed() / 1e9;
    printLine(out, QStringLiteral("figures_100k_peak_mb"), json, QStringLiteral("MB"));
    printLine(out, QStringLiteral("figures_100k_s"), seconds, QStringLiteral("s"));
    printLine(out, QStringLiteral("list_100k_peak_mb"),
        peakMegabytes({ QStringLiteral("list"), QStringLiteral("-p"), db, QStringLiteral("--json") }),
        QStringLiteral("MB"));
}

} // namespace

QList<Measurement> scaleMeasurements()
{
    return {
        { QStringLiteral("search_100k_ms"),
            QStringLiteral("<= 50 ms for the first page (200 hits) of a phrase search of common words over 100,000 "
                           "articles"),
            searchHundredThousand },
        { QStringLiteral("figures_100k_peak_mb"),
            QStringLiteral("< 1,024 MB peak memory for `crossread figures --json` over 100,000 articles"),
            figuresHundredThousand },
    };
}

} // namespace crossread::bench
