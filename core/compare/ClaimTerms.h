#pragma once
// The terms a project's sentence index keeps for each sentence of an article: the aligner's
// terms (ProseTerms: Snowball stems, figures by value and rounded, names as units; no synonyms,
// which are looked up when candidates are verified), each as a stable 32-bit hash, plus for a
// figure the value it rounds to one digit coarser ("$6.2 billion" also carries "$6 billion") so
// that the index finds restatements in rounder numbers. Hashes, not texts: the index stays small
// and a term is one token for SQLite FTS5.
#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace crossread {

struct TermSentence
{
    int ordinal = 0; // index among the text's sentences (SentenceSplitter's)
    qint64 start = 0; // code points
    qint64 end = 0;
    std::vector<quint32> terms; // sorted, unique
};

class ClaimTerms
{
public:
    // Raised whenever the terms of a text change, so that indexes built before are rebuilt.
    static constexpr int kVersion = 1;

    // Every sentence of the text (pass the comparable text: boilerplate blanked) with its terms.
    static QList<TermSentence> of(const QString &text);

    static quint32 hash(QStringView key); // FNV-1a over the key's UTF-16 code units
    // The FTS5 token of a term hash ("t" and the hash in base 36) and back.
    static QString token(quint32 hash);
    static QString tokens(const std::vector<quint32> &terms); // space-separated
    static QByteArray pack(const std::vector<quint32> &terms); // little-endian, 4 bytes a term
    static std::vector<quint32> unpack(const QByteArray &blob);
};

} // namespace crossread
