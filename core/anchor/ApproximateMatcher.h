#pragma once
// Edit distance by bit-parallel dynamic programming (Myers 1999, in the block form of Hyyrö 2003):
// the Levenshtein distance between a pattern and a text, and the places in a text where the
// pattern occurs with at most k errors. Cost: text length x ceil(pattern length / 64) word
// operations, whatever k is. The pattern's bit masks are built once and reused for many texts.
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace crossread {

class ApproximateMatcher
{
public:
    struct Match
    {
        qsizetype start = 0; // UTF-16 indices into the searched text
        qsizetype end = 0;
        int errors = 0;
    };

    explicit ApproximateMatcher(QStringView pattern);

    int patternLength() const { return int(m_pattern.size()); }

    // Levenshtein distance between the pattern and the whole text.
    int distanceTo(QStringView text) const;
    // The least distance between the pattern and any prefix (text[0, j)) or suffix of the text:
    // how well a context matches text that runs on past it.
    int distanceToPrefixOf(QStringView text) const;
    int distanceToSuffixOf(QStringView text) const;
    // Where the pattern occurs with at most maxErrors errors: for each run of adjacent end
    // positions within the limit, the end with the fewest errors and the start that gives it (of
    // equally good ends and starts, those whose length is nearest the pattern's). Text order.
    QList<Match> search(QStringView text, int maxErrors) const;

    static int distance(QStringView a, QStringView b);
    // 1 - distance / longer length; 1 for two empty strings, 0 when only one is empty.
    static double similarity(QStringView a, QStringView b);

private:
    // One word per block; all zero for a character not in the pattern.
    const quint64 *masks(char16_t c, bool reversed) const;
    // Column by column distances of the pattern against text: row zero is free (a search) or costs
    // one per column (a global distance). Calls visit(column, distance) after each column.
    template<typename Visit> void run(QStringView text, bool freeStart, bool reversed, Visit visit) const;
    qsizetype bestStart(QStringView text, qsizetype end, int maxErrors) const;

    QString m_pattern;
    int m_blocks = 0;
    quint64 m_lastBit = 0; // the bit of the pattern's last row in the last block
    std::vector<quint64> m_ascii; // 128 x blocks
    QHash<char16_t, qsizetype> m_otherIndex; // character -> offset into m_other
    std::vector<quint64> m_other;
    std::vector<quint64> m_zero;
    // Masks of the reversed pattern, for finding where a match starts.
    std::vector<quint64> m_asciiReversed;
    std::vector<quint64> m_otherReversed;
};

} // namespace crossread
