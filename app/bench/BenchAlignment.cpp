// Alignment quality: align_f1 (with precision and recall) of the n:m aligner on the hand-made
// gold pairs in tests/data/alignment, what each similarity ingredient adds (the same score with
// it switched off), and the seed pair 001/000 where the seed articles are beside the checkout.
#include "bench/Bench.h"

#include "compare/AlignmentGold.h"
#include "compare/DocumentFrequencies.h"
#include "compare/ProseComparator.h"

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

void alignQuality(QTextStream &out)
{
    QString error;
    const QList<GoldPair> pairs = AlignmentGold::readFolder(goldFolder(), &error);
    if (pairs.isEmpty()) {
        out << "# align_f1: no gold data: " << error << '\n';
        return;
    }
    // The gold articles are the "project" whose term statistics weigh the terms.
    QList<QString> texts;
    for (const GoldPair &p : pairs)
        texts << p.textA << p.textB;
    const DocumentFrequencies project = DocumentFrequencies::fromTexts(texts);
    const SimilarityOptions all;
    printScore(out, QStringLiteral("align"), scoreAll(pairs, all, &project));

    struct Variant
    {
        const char *name;
        SimilarityOptions options;
        bool pairIdf;
    };
    const auto without = [&](auto change) {
        SimilarityOptions o = all;
        change(o);
        return o;
    };
    const Variant variants[] = {
        { "idf_from_pair", all, true },
        { "without_idf", without([](SimilarityOptions &o) { o.idf = false; }), false },
        { "without_snowball", without([](SimilarityOptions &o) { o.snowballStems = false; }), false },
        { "without_synonyms", without([](SimilarityOptions &o) { o.synonyms = false; }), false },
        { "without_entities", without([](SimilarityOptions &o) { o.entities = false; }), false },
        { "without_figure_values", without([](SimilarityOptions &o) { o.figureValues = false; }), false },
        { "plain_words",
            without([](SimilarityOptions &o) { o.snowballStems = o.synonyms = o.entities = o.figureValues = false; }),
            true },
    };
    for (const Variant &v : variants) {
        const DocumentFrequencies variantProject = DocumentFrequencies::fromTexts(texts, v.options);
        const AlignmentScore s = scoreAll(pairs, v.options, v.pairIdf ? nullptr : &variantProject);
        printLine(out, QStringLiteral("align_f1_%1").arg(QLatin1String(v.name)), 100 * s.f1(), QStringLiteral("%"));
    }

    // The seed rewrite pair, where the seed articles are beside the checkout.
    const QDir seeds(qEnvironmentVariable("CROSSREAD_SEEDS_DIR", QStringLiteral(CROSSREAD_SEEDS)));
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
    printScore(out, QStringLiteral("align_seed_001_000"), scoreAll({ seed }, all, nullptr));
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
