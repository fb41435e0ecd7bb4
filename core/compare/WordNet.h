#pragma once
// Synonyms from the Princeton WordNet database files (Debian's wordnet-base, /usr/share/wordnet):
// the senses of a word are read straight from the sorted index files, memory-mapped and searched
// by bisection as WordNet's own library does, with its "morphy" rules and exception lists for
// inflected forms. Nothing is parsed up front (the line starts of a file are listed on its first
// lookup); without the files every lookup is empty and the comparison works on stems alone.
// Thread-safe.
#include <QByteArrayView>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <memory>

namespace crossread {

class WordNet
{
public:
    enum Pos { Noun, Verb, Adjective, Adverb };

    // The database in `folder` (its index.noun, index.verb, ... files).
    explicit WordNet(const QString &folder);
    ~WordNet();
    WordNet(const WordNet &) = delete;
    WordNet &operator=(const WordNet &) = delete;

    // The shared database: $CROSSREAD_WORDNET_DIR, else /usr/share/wordnet. Opened on first use.
    static const WordNet &system();

    bool isAvailable() const { return m_available; }

    // Synset keys (part of speech and offset, comparable across words) of the `maxSenses` most
    // frequent senses of a lower-case word or of its base forms, in each part of speech.
    QList<quint32> senses(QStringView lowerWord, int maxSenses) const;
    // Is the word (spaces as underscores, or hyphenated) a lemma of any part of speech?
    bool isLemma(QStringView lowerWord) const;

private:
    struct Index;
    QList<QByteArray> baseForms(const QByteArray &word, Pos pos) const;
    QByteArrayView indexLine(Pos pos, QByteArrayView lemma) const;

    std::array<std::unique_ptr<Index>, 4> m_index;
    std::array<QHash<QByteArray, QByteArray>, 3> m_exceptions; // noun, verb, adjective: form -> base forms
    bool m_available = false;
};

} // namespace crossread
