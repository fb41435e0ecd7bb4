#pragma once
// A claim matrix over N sources: what the sources say, clustered into claims. A row holds one
// cell per source: the run of consecutive sentences in which that source makes the claim (one
// sentence, or a claim one outlet states in one sentence and another splits over two or three),
// or nothing where the source does not make it; with the support count k of N and the figures
// of the cells compared with each other (agree, compatible, conflict).
#include "compare/CompareTypes.h"
#include "domain/Types.h"

#include <QList>
#include <QString>

namespace crossread {

class DocumentFrequencies;

struct ClaimFigure
{
    int sourceA = -1;
    int sourceB = -1;
    FigureComparison comparison; // aStart/bStart in code points of sources sourceA / sourceB
};

// One figure of a row as one source states it, with the worst status of its comparisons with
// the other sources' figures (conflict over compatible over agree).
struct ClaimFigureMention
{
    int source = -1;
    QString text;
    qint64 start = 0; // code points of the source
    FigureKind kind = FigureKind::Count;
    double value = 0; // money in currency units, percent as 49 for 49%
    QString dateValue; // ISO date for dates ("2025-09"), else empty
    FigureComparison::Status status = FigureComparison::Agree;
};

struct ClaimRow
{
    QList<SentenceRun> cells; // per source: its run of sentences; count 0 where the source does not make the claim
    int support = 0; // number of sources with a cell in this row
    bool figureConflict = false; // some figure pair between two cells conflicts
    QList<ClaimFigure> figures; // the compared pairs
    QList<ClaimFigureMention> mentions; // each figure some pair compares, once, by source and position
    double similarity = 0; // weakest alignment that joined the row (1 for a single cell)

    bool has(int source) const { return source < cells.size() && cells[source].count > 0; }
};

struct ClaimMatrix
{
    int sourceCount = 0;
    QList<QList<Sentence>> sentences; // per source
    QList<ClaimRow> rows; // most supported first, then in order of first appearance

    // The longest run of sentences one source may give to a row.
    static constexpr int kMaxRun = 4;

    // Aligns every pair of sources n:m and clusters the aligned runs: strongest alignments join
    // first, and a row takes of each source only one run of consecutive sentences (at most
    // kMaxRun), so a claim one source restates elsewhere stays a row of its own. With
    // frequencies (a project's articles), IDF weights know what is common in the sources.
    static ClaimMatrix build(const QList<QString> &texts, const DocumentFrequencies *frequencies = nullptr);

    // The sentences of a cell (none where the source does not make the row's claim).
    QList<Sentence> cell(int row, int source) const;
    // From the cell's first sentence's start to its last sentence's end, in code points; empty
    // where the source has no cell.
    TextRange cellRange(int row, int source) const;
};

} // namespace crossread
