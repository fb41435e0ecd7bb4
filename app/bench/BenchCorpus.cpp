// Generated corpora for the benchmark: news-like articles of about 5 KB.
#include "bench/Bench.h"

#include "store/Project.h"
#include "store/ProjectImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace crossread::bench {

namespace {

const char *const kWords[] = {
    "model",
    "launch",
    "company",
    "investors",
    "benchmark",
    "reported",
    "according",
    "people",
    "familiar",
    "with",
    "the",
    "plans",
    "said",
    "on",
    "Tuesday",
    "that",
    "its",
    "new",
    "system",
    "would",
    "compete",
    "against",
    "rivals",
    "in",
    "coding",
    "reasoning",
    "and",
    "writing",
    "tasks",
    "while",
    "analysts",
    "noted",
    "a",
    "shift",
    "toward",
    "closed",
    "weights",
    "after",
    "months",
    "of",
    "internal",
    "testing",
    "safety",
    "researchers",
    "startup",
    "funding",
    "round",
    "valuation",
    "revenue",
    "growth",
    "customers",
    "cloud",
    "chips",
    "data",
    "centers",
    "training",
    "costs",
    "open",
    "source",
    "release",
    "strategy",
    "executive",
    "officer",
    "announced",
    "partnership",
    "deal",
    "billion",
    "users",
    "downloads",
    "score",
    "leaderboard",
};
const char *const kOutlets[] = { "The Circuit Ledger", "Frontier Daily", "Bytewire", "Signal & Noise", "Model Watch" };
const char *const kMonths[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

QString sentence(QRandomGenerator &rng)
{
    const int n = 10 + int(rng.bounded(14));
    QString s;
    for (int i = 0; i < n; ++i) {
        if (i)
            s += u' ';
        s += QLatin1String(kWords[rng.bounded(int(std::size(kWords)))]);
    }
    s[0] = s[0].toUpper();
    switch (rng.bounded(6)) {
    case 0:
        s += QStringLiteral(" worth $%1.%2 billion").arg(rng.bounded(1, 300)).arg(rng.bounded(10));
        break;
    case 1:
        s += QStringLiteral(" by %1%").arg(rng.bounded(1, 99));
        break;
    case 2:
        s += QStringLiteral(" with a score of %1.%2 on ReasonBench Pro").arg(rng.bounded(40, 95)).arg(rng.bounded(10));
        break;
    default:
        break;
    }
    return s + u'.';
}

} // namespace

QString scratchRoot()
{
    QString root = qEnvironmentVariable("CROSSREAD_BENCH_DIR");
    if (root.isEmpty())
        root = QDir::temp().filePath(QStringLiteral("crossread-bench-%1").arg(QCoreApplication::applicationPid()));
    QDir().mkpath(root);
    return root;
}

QString generateCorpus(const QString &folder, int count)
{
    QDir().mkpath(folder);
    QRandomGenerator rng(20261124u + quint32(count));
    for (int i = 0; i < count; ++i) {
        QString text;
        text += QStringLiteral("%1 %2, 2026 · 9:%3 AM\n")
                    .arg(QLatin1String(kMonths[i % 12]))
                    .arg(1 + i % 28)
                    .arg(10 + i % 50);
        text += QStringLiteral("Generated report %1 on %2\n").arg(i).arg(QLatin1String(kWords[i % std::size(kWords)]));
        text += QStringLiteral("By %1\n\n").arg(QLatin1String(kOutlets[i % std::size(kOutlets)]));
        while (text.size() < 5000) {
            QString para;
            for (int k = 0; k < 4; ++k)
                para += sentence(rng) + u' ';
            text += para.trimmed() + QStringLiteral("\n\n");
            if (rng.bounded(8) == 0)
                text += QStringLiteral("Advertisement\n\n");
        }
        QFile f(QDir(folder).filePath(QStringLiteral("article-%1.txt").arg(i, 5, 10, QChar(u'0'))));
        if (f.open(QIODevice::WriteOnly))
            f.write(text.toUtf8());
    }
    return folder;
}

QString generatedProject(int articles, int spans)
{
    const QString folder = QDir(scratchRoot()).filePath(QStringLiteral("project-%1-%2").arg(articles).arg(spans));
    const QString db = Project::projectPathForFolder(folder);
    if (QFile::exists(db))
        return db;
    generateCorpus(folder, articles);
    ProjectImporter(db).run({ folder });
    Project project;
    if (!project.open(db))
        return db;
    // Tags and spans spread over the articles, written in large transactions.
    QList<qint64> tagIds;
    for (int t = 0; t < 12; ++t) {
        Tag tag;
        tag.name = QStringLiteral("Tag %1").arg(t);
        tag.color = QColor::fromHsv(t * 30, 140, 220);
        tag.position = t;
        project.addTag(tag);
        tagIds << tag.id;
    }
    const QList<qint64> ids = project.articles().ids();
    QRandomGenerator rng(7);
    QList<Span> batch;
    for (int i = 0; i < spans && !ids.isEmpty(); ++i) {
        Span s;
        s.articleId = ids.at(i % ids.size());
        s.start = rng.bounded(4500);
        s.end = s.start + 5 + rng.bounded(60);
        s.text = QStringLiteral("generated");
        s.tagIds = { tagIds.at(i % tagIds.size()) };
        batch << s;
        if (batch.size() == 5000) {
            project.addSpans(batch);
            batch.clear();
        }
    }
    if (!batch.isEmpty())
        project.addSpans(batch);
    return db;
}

void printLine(QTextStream &out, const QString &name, double value, const QString &unit)
{
    out << name << ' ' << QString::number(value, 'f', value < 10 ? 2 : 1) << ' ' << unit << '\n';
}

} // namespace crossread::bench
