#pragma once
// What the aligner compares sentences by: TF-IDF weights over stemmed content words and figures
// (IDF over every sentence of the documents taking part), character trigrams of the content
// words, and an exact-token fingerprint for identical sentences. Work is done once per distinct
// token id, so a megabyte of text costs little more than its vocabulary.
#include <QList>

#include <cstdint>
#include <vector>

namespace crossread {

class ProseCorpus;

struct SentenceVector
{
    std::vector<std::pair<int, float>> terms; // term id -> L2-normalised weight, sorted by term
    std::vector<uint16_t> grams; // 16-bit trigram hashes, sorted (a multiset); built on demand
    float gramNorm = 0; // sqrt of the sum of squared trigram counts
    bool gramsReady = false;
    uint64_t fingerprint = 0; // hash of the exact token id sequence
};

struct SimilarityDetail
{
    double similarity = 0;
    int sharedTerms = 0;
    bool sharedFigure = false;
};

class SentenceFeatures
{
public:
    SentenceFeatures(const ProseCorpus &corpus, const QList<int> &documents);

    const ProseCorpus &corpus() const { return m_corpus; }
    const SentenceVector &vector(int document, int sentence) const;
    int sentenceCount(int document) const;

    // Sentence a of documentA against sentence b of documentB.
    SimilarityDetail compare(int documentA, int a, int documentB, int b) const;
    bool isFigureTerm(int term) const { return m_termIsFigure[size_t(term)]; }
    int termCount() const { return int(m_termIsFigure.size()); }
    float idf(int term) const { return m_idf[size_t(term)]; }

    // Light English stemmer: "preparing", "prepares", "prepared" -> "prepar".
    static QString stem(const QString &folded);

private:
    SimilarityDetail compare(const SentenceVector &a, const SentenceVector &b) const;
    void ensureGrams(int document, int sentence) const;
    void buildTokenInfo();
    const ProseCorpus &m_corpus;
    std::vector<int> m_documentSlot; // corpus document -> index in m_vectors, or -1
    mutable std::vector<std::vector<SentenceVector>> m_vectors;
    std::vector<int> m_termOfId; // token id -> term id, -1 for none
    std::vector<std::vector<uint16_t>> m_gramsOfId; // token id -> its trigrams
    std::vector<bool> m_termIsFigure;
    std::vector<float> m_idf;
};

} // namespace crossread
