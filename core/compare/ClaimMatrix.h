#pragma once
// A claim matrix over N sources: sentences that say the same thing in different sources are
// clustered into one row (one cell per source: the sentence index, or -1 where the source does
// not make the claim), with the support count k of N and the figure conflicts between sources.
#include "compare/CompareTypes.h"

#include <QList>
#include <QString>

namespace crossread {

struct ClaimFigure
{
    int sourceA = -1;
    int sourceB = -1;
    FigureComparison comparison; // aStart/bStart in code points of sources sourceA / sourceB
};

struct ClaimRow
{
    QList<int> cells; // per source: sentence index or -1
    int support = 0; // number of sources with a sentence in this row
    bool figureConflict = false; // some figure pair between two cells conflicts
    QList<ClaimFigure> figures;
    double similarity = 0; // weakest alignment that joined the row (1 for a single cell)
};

struct ClaimMatrix
{
    int sourceCount = 0;
    QList<QList<Sentence>> sentences; // per source
    QList<ClaimRow> rows; // most supported first, then in order of first appearance

    // Aligns every pair of sources and clusters the aligned sentences; a row never takes two
    // sentences of one source (strongest alignments join first).
    static ClaimMatrix build(const QList<QString> &texts);
};

} // namespace crossread
