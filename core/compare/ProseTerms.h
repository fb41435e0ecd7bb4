#pragma once
// The terms sentences are compared by, for every token id of a ProseCorpus: stems of content
// words (function words carry nothing), figures by value (exact, and rounded to two significant
// digits or to the year so that "$14 billion" meets "$14.3 billion" and "June 2025" meets
// "2025"; and a figure knows the figure it rounds to, one digit coarser than it is stated, so
// that "$6.2 billion" meets "$6 billion" while "$14 billion" never meets "$11 billion"), capitalised multi-word names
// as units ("Scale AI", "New York Times"), and the WordNet senses of each word for synonyms. Work is done once per
// distinct token, so a megabyte of text costs little more than its vocabulary.
#include "compare/ProseToken.h"
#include "compare/SimilarityOptions.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <vector>

namespace crossread {

class ProseCorpus;

class ProseTerms
{
public:
    enum Kind : uint8_t { Word, Figure, Entity };

    ProseTerms(const ProseCorpus &corpus, const SimilarityOptions &options);

    // Appends the terms of tokens [first, first + count) of a document, repeats included.
    void collect(int document, int first, int count, std::vector<int> *out);

    int termCount() const { return int(m_kinds.size()); }
    Kind kind(int term) const { return m_kinds[size_t(term)]; }
    const QString &key(int term) const { return m_keys[size_t(term)]; }
    // The figure term this figure's value rounds to one digit coarser than it is stated ("$6.2
    // billion" -> "$6 billion"), where some text of the corpus states that; else -1.
    int roundedTerm(int term) const { return m_rounded[size_t(term)]; }
    // Sorted WordNet synset keys of the term's word forms; empty without synonyms.
    const std::vector<uint32_t> &senses(int term) const { return m_senses[size_t(term)]; }
    // The term of a folded word, as collect() would give it (for tests and statistics).
    QString wordKey(const QString &folded) const;
    // The term key of a figure token: its kind or currency and its value, whatever its wording.
    static QString figureKey(const ProseToken &token);
    // A light English suffix stripper: "preparing", "prepares", "prepared" -> "prepar".
    static QString lightStem(const QString &folded);

private:
    static constexpr int kParallelVocabulary = 4000; // distinct tokens; below, a thread costs more
    int intern(const QString &key, Kind kind);
    void buildTokenTerms();
    void linkRoundedFigures();

    const ProseCorpus &m_corpus;
    SimilarityOptions m_options;
    QHash<QString, int> m_ids;
    std::vector<QString> m_keys;
    std::vector<Kind> m_kinds;
    std::vector<std::vector<uint32_t>> m_senses;
    std::vector<int> m_rounded;
    std::vector<int> m_termOfId; // token id -> term, -1 for none
    std::vector<int> m_coarseOfId; // token id -> rounded figure term, -1 for none
    std::vector<uint8_t> m_capitalOfId; // token id -> 1 capitalised word, 2 also a function word
};

} // namespace crossread
