#pragma once
// The differences of a comparison in reading order, for next/previous navigation and the
// minimap: changed, paraphrased, split/merged, partial and moved alignments, sentences found on
// one side only, and figure conflicts (each right after its alignment). Sentences found only in B
// are placed after the in-order alignment that precedes them in B, so the walk follows both texts.
#include "compare/CompareTypes.h"

#include <QCoreApplication>
#include <QList>

namespace crossread {

struct CompareDifference
{
    enum Kind { Paraphrase, Changed, Moved, OnlyA, OnlyB, FigureConflict, SplitMerge, Partial };
    Kind kind = Changed;
    bool moved = false;
    int alignment = -1; // index into ComparisonResult::alignments
    int figure = -1; // index into ComparisonResult::figures
    int sentenceA = -1; // first sentence of the alignment's run
    int sentenceB = -1;
    // Engine code points; start == end == -1 where the difference has no text on that side.
    qint64 aStart = -1;
    qint64 aEnd = -1;
    qint64 bStart = -1;
    qint64 bEnd = -1;

    bool hasA() const { return aStart >= 0; }
    bool hasB() const { return bStart >= 0; }
};

class CompareDifferences
{
    Q_DECLARE_TR_FUNCTIONS(CompareDifferences)
public:
    static QList<CompareDifference> build(const ComparisonResult &result);
    static QString kindName(CompareDifference::Kind kind);
    // "A: $14.3 billion ≠ B: $14 billion", with the figures' label when there is one.
    static QString conflictText(const FigureComparison &figure);
    // "A: over $14 billion ~ B: $14.3 billion (compatible)".
    static QString compatibleText(const FigureComparison &figure);
};

} // namespace crossread
