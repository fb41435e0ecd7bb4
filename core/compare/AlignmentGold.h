#pragma once
// Hand-made sentence alignments of two texts ("gold" data) and how an aligner's result scores
// against them, as sentence links: an alignment of runs [a..] and [b..] links every a with
// every b. The file format, one group per line:
//     # comment
//     sentences 12 25          (sentence counts of A and B: a changed splitter is caught)
//     2 : 1, 2, 3, 18          (A sentences : B sentences, 0-based)
#include "compare/CompareTypes.h"

#include <QList>
#include <QSet>
#include <QString>

namespace crossread {

struct AlignmentScore
{
    int gold = 0; // links in the gold data
    int found = 0; // links the aligner made
    int correct = 0; // links in both

    double precision() const { return found == 0 ? 1.0 : double(correct) / found; }
    double recall() const { return gold == 0 ? 1.0 : double(correct) / gold; }
    double f1() const
    {
        const double p = precision();
        const double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
    AlignmentScore &operator+=(const AlignmentScore &other)
    {
        gold += other.gold;
        found += other.found;
        correct += other.correct;
        return *this;
    }
};

struct GoldPair;

class AlignmentGold
{
public:
    // Every NAME.gold of a folder whose texts NAME-a.txt and NAME-b.txt lie beside it, by name.
    static QList<GoldPair> readFolder(const QString &folder, QString *error);
    // Empty gold and *error set ("line 4: ...") when the text is not in the format.
    static AlignmentGold parse(const QString &text, QString *error);
    static AlignmentGold read(const QString &path, QString *error);

    int sentencesA() const { return m_sentencesA; }
    int sentencesB() const { return m_sentencesB; }
    const QSet<QPair<int, int>> &links() const { return m_links; }

    AlignmentScore score(const QList<Alignment> &alignments) const;

private:
    int m_sentencesA = -1;
    int m_sentencesB = -1;
    QSet<QPair<int, int>> m_links;
};

struct GoldPair
{
    QString name;
    QString textA;
    QString textB;
    AlignmentGold gold;
};

} // namespace crossread
