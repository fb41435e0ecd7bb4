#pragma once
// The comparison of two texts: sentences of each, their n:m alignment (identical, paraphrase,
// split/merge, partial, changed; moved), how much of each text the other supports, word diffs
// inside alignments and over the whole texts, and the figures of aligned sentences compared.
// Pure: no store, no widgets; safe to run in a worker thread.
#include "compare/CompareTypes.h"
#include "compare/SentenceAligner.h"
#include "compare/SimilarityOptions.h"

namespace crossread {

class DocumentFrequencies;
struct ProseDocument;

class ProseComparator
{
public:
    ProseComparator() = default;
    explicit ProseComparator(const SentenceAligner::Options &options, const SimilarityOptions &similarity = {})
        : m_options(options)
        , m_similarity(similarity)
    { }

    // IDF weights from a project's articles (kept by the caller, may be null): without them the
    // sentences of the two texts are the collection.
    void setDocumentFrequencies(const DocumentFrequencies *frequencies) { m_frequencies = frequencies; }

    ComparisonResult compare(const QString &a, const QString &b) const;

private:
    static constexpr qsizetype kParallelSize = 100000; // characters of both texts; below, threads cost more
    static void detail(const ProseDocument &da, const ProseDocument &db, Alignment *alignments, int from, int to,
        QList<FigureComparison> *figures);

    SentenceAligner::Options m_options;
    SimilarityOptions m_similarity;
    const DocumentFrequencies *m_frequencies = nullptr;
};

} // namespace crossread
