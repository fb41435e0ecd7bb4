#pragma once
// What the aligner compares sentences by: each sentence as a set of weighted terms (ProseTerms:
// stems, figures by value, names, with IDF weights from a project's articles or else from the
// sentences compared) and the WordNet senses of its words, plus an exact-token fingerprint for
// identical sentences. match() measures how much of one run of sentences the other run supports.
#include "compare/CompareTypes.h"
#include "compare/ProseTerms.h"
#include "compare/SimilarityOptions.h"

#include <QList>

#include <cstdint>
#include <memory>
#include <vector>

namespace crossread {

class DocumentFrequencies;
class ProseCorpus;

struct SentenceVector
{
    std::vector<std::pair<int, float>> terms; // term -> weight (IDF), sorted by term, unique
    std::vector<uint32_t> senses; // WordNet synset keys of its words, sorted, unique; see sensesReady
    bool sensesReady = false; // built on first need: identical sentences never need them
    float total = 0; // sum of the term weights
    bool question = false; // ends in a question mark: asks, states no claim
    // Ends without a sentence end (a headline, a masthead, a caption line, a subheading): names
    // a topic on a line of its own, so it is never glued to the sentences around it.
    bool heading = false;
    bool pairsOnlyOneToOne() const { return question || heading; }
    uint64_t fingerprint = 0; // hash of the exact token id sequence
};

// How two runs of sentences meet.
struct RunMatch
{
    double supportA = 0; // share of the A run's weight found in the B run (synonyms count partly)
    double supportB = 0;
    double similarity = 0; // F-measure of the two supports
    double weakestA = 1; // lowest support of one sentence of a multi-sentence A run; 1 for one sentence
    double weakestB = 1;
    int sharedTerms = 0; // exact terms in common
    bool sharedFigure = false;
};

class SentenceFeatures
{
public:
    // IDF from `frequencies` (a project's articles) where given and not empty, else from the
    // sentences of `documents`.
    SentenceFeatures(const ProseCorpus &corpus, const QList<int> &documents, const SimilarityOptions &options = {},
        const DocumentFrequencies *frequencies = nullptr);
    ~SentenceFeatures();

    const ProseCorpus &corpus() const { return m_corpus; }
    const SentenceVector &vector(int document, int sentence) const;
    int sentenceCount(int document) const;
    int termCount() const { return int(m_idf.size()); }
    bool isFigureTerm(int term) const { return m_terms->kind(term) == ProseTerms::Figure; }
    // Distinct content words and figures of a sentence (names as units not counted again).
    int wordCount(const SentenceVector &v) const;
    float idf(int term) const { return m_idf[size_t(term)]; }

    // Not thread-safe: it fills caches (synonym senses) of the sentences it looks at.
    RunMatch match(int documentA, SentenceRun a, int documentB, SentenceRun b) const;
    // Are the token sequences of the two runs the same (whitespace and line breaks aside)?
    bool sameTokens(int documentA, SentenceRun a, int documentB, SentenceRun b) const;

private:
    const ProseCorpus &m_corpus;
    SimilarityOptions m_options;
    std::unique_ptr<ProseTerms> m_terms;
    std::vector<int> m_documentSlot; // corpus document -> index in m_vectors, or -1
    std::vector<std::vector<SentenceVector>> m_vectors;
    std::vector<float> m_idf;
};

} // namespace crossread
