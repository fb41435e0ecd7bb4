#pragma once
// Deterministic test data for timing the comparison engine: English-like prose from a word list
// (Zipf-distributed, hard-wrapped, with figures), and an edited copy (word substitutions,
// deletions and insertions at a given rate, re-wrapped, one paragraph moved).
#include <QPair>
#include <QString>

namespace crossread {

class ComparisonBench
{
public:
    struct Pair
    {
        QString a;
        QString b;
        qsizetype movedStart = -1; // UTF-16 range in A of the paragraph that B moves
        qsizetype movedEnd = -1;
    };
    static Pair generate(int bytes, double editRate, quint32 seed);

    // A of about `bytes` UTF-8 bytes, and B: A with editRate of its words edited and one paragraph
    // moved from about a quarter into the text to about three quarters. Same seed, same pair.
    static QPair<QString, QString> generatePair(int bytes, double editRate, quint32 seed);
};

} // namespace crossread
