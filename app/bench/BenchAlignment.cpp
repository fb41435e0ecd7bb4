// Alignment quality: align_f1 (with precision and recall) of the n:m aligner on the hand-made
// gold pairs in tests/data/alignment, what each similarity ingredient adds (the same score with
// it switched off), and the seed pair 001/000 where the seed articles are beside the checkout.
#include "bench/Bench.h"

#include "compare/AlignmentGold.h"
#include "compare/DocumentFrequencies.h"
#include "compare/ProseComparator.h"
#include "import/ArticleImporter.h"

#include <QDir>
#include <QFileInfo>

namespace crossread::bench {

namespace {

QString goldFolder()
{
    return QDir(QStringLiteral(CROSSREAD_SOURCE_DIR)).filePath(QStringLiteral("tests/data/alignment"));
}

AlignmentScore scoreAll(
    const QList<GoldPair> &pairs, const SimilarityOptions &similarity, const DocumentFrequencies *frequencies)
{
    ProseComparator comparator({}, similarity);
    comparator.setDocumentFrequencies(frequencies);
    AlignmentScore total;
    for (const GoldPair &p : pairs)
        total += p.gold.score(comparator.compare(p.textA, p.textB).alignments);
    return total;
}

void printScore(QTextStream &out, const QString &prefix, const AlignmentScore &s)
{
    printLine(out, prefix + QStringLiteral("_f1"), 100 * s.f1(), QStringLiteral("%"));
    printLine(out, prefix + QStringLiteral("_precision"), 100 * s.precision(), QStringLiteral("%"));
    printLine(out, prefix + QStringLiteral("_recall"), 100 * s.recall(), QStringLiteral("%"));
}

// The score with all ingredients (IDF over the pair's sentences, as when no project is open),
// then with each switched off, and with the term statistics of a project (`texts`) added.
void scoreWithAblation(
    QTextStream &out, const QString &prefix, const QList<GoldPair> &pairs, const QList<QString> &texts)
{
    const SimilarityOptions all;
    printScore(out, prefix, scoreAll(pairs, all, nullptr));
    const auto without = [&](auto change) {
        SimilarityOptions o = all;
        change(o);
        return o;
    };
    const std::pair<const char *, SimilarityOptions> variants[] = {
        { "without_idf", without([](SimilarityOptions &o) { o.idf = false; }) },
        { "without_snowball", without([](SimilarityOptions &o) { o.snowballStems = false; }) },
        { "without_synonyms", without([](SimilarityOptions &o) { o.synonyms = false; }) },
        { "without_entities", without([](SimilarityOptions &o) { o.entities = false; }) },
        { "without_figure_values", without([](SimilarityOptions &o) { o.figureValues = false; }) },
        { "plain_words",
            without([](SimilarityOptions &o) { o.snowballStems = o.synonyms = o.entities = o.figureValues = false; }) },
    };
    for (const auto &[name, options] : variants)
        printLine(out, QStringLiteral("%1_f1_%2").arg(prefix, QLatin1String(name)),
            100 * scoreAll(pairs, options, nullptr).f1(), QStringLiteral("%"));
    const DocumentFrequencies project = DocumentFrequencies::fromTexts(texts);
    printLine(out, QStringLiteral("%1_f1_with_project_idf").arg(prefix), 100 * scoreAll(pairs, all, &project).f1(),
        QStringLiteral("%"));
}

void alignQuality(QTextStream &out)
{
    QString error;
    const QList<GoldPair> pairs = AlignmentGold::readFolder(goldFolder(), &error);
    if (pairs.isEmpty()) {
        out << "# align_f1: no gold data: " << error << '\n';
        return;
    }
    // The project: every gold article, the demo corpus and the seeds where they are.
    QList<QString> texts;
    for (const GoldPair &p : pairs)
        texts << p.textA << p.textB;
    const QDir samples(QDir(QStringLiteral(CROSSREAD_SOURCE_DIR)).filePath(QStringLiteral("resources/samples")));
    for (const QString &name : samples.entryList(QDir::Files, QDir::Name))
        if (const ImportFileResult r = ArticleImporter::importFile(samples.filePath(name));
            r.outcome == ImportOutcome::Imported)
            texts << r.document.text;
    const QDir seeds(qEnvironmentVariable("CROSSREAD_SEEDS_DIR", QStringLiteral(CROSSREAD_SEEDS)));
    for (const QString &name : seeds.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name))
        if (const ImportFileResult r = ArticleImporter::importFile(seeds.filePath(name));
            r.outcome == ImportOutcome::Imported)
            texts << r.document.text;
    out << "# align: " << pairs.size() << " gold pairs, a project of " << texts.size() << " articles\n";
    scoreWithAblation(out, QStringLiteral("align"), pairs, texts);

    // The seed rewrite pair, where the seed articles are beside the checkout.
    const QStringList a = seeds.entryList({ QStringLiteral("001_*.txt") });
    const QStringList b = seeds.entryList({ QStringLiteral("000_*.txt") });
    if (a.isEmpty() || b.isEmpty())
        return;
    GoldPair seed;
    seed.gold = AlignmentGold::read(QDir(goldFolder()).filePath(QStringLiteral("seeds/001-000.gold")), &error);
    for (const auto &[name, text] : { std::pair { a.first(), &seed.textA }, std::pair { b.first(), &seed.textB } }) {
        QFile f(seeds.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            *text = QString::fromUtf8(f.readAll());
    }
    scoreWithAblation(out, QStringLiteral("align_seed_001_000"), { seed }, texts);
}

} // namespace

QList<Measurement> alignmentMeasurements()
{
    return { { QStringLiteral("align_f1"),
        QStringLiteral("n:m aligner on the hand-made gold pairs: precision >= 0.9, recall >= 0.85; and what each "
                       "similarity ingredient adds"),
        alignQuality } };
}

} // namespace crossread::bench
