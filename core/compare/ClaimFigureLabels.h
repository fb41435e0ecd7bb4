#pragma once
// Figures that belong to one claim share one label, so that the chart of a claim shows every
// source that states it: an investment the extractor labels "investment in Marrow Labs" in one
// outlet and "payment" in another is one bar group. Two figures belong to one claim when their sentences, in
// different articles, state the same thing (40% of the shorter sentence's weighted terms, the
// aligner's stems, names and figures by value and rounded, are in the other) and the figures
// pair up: the same kind and unit, each the other's nearest in value, and within a factor of 1.5 (a
// conflict, such as 71.4 against 74.1, still pairs; the valuation beside an investment does not).
// Each group takes the label most of its articles give.
#include "compare/ClaimTerms.h"
#include "domain/Types.h"

#include <QHash>
#include <QList>
#include <QString>

namespace crossread {

class ClaimFigureLabels
{
public:
    // sentences: ClaimTerms::of the text of each article the figures were read from.
    static void unify(QList<Figure> *figures, const QHash<qint64, QList<TermSentence>> &sentences);

    static constexpr double kSentenceOverlap = 0.4; // of the shorter sentence's term weight
    static constexpr int kSharedTerms = 3;
    static constexpr double kValueFactor = 1.5;
    // Two sentences are weighed against each other only when they share a term held by at
    // most this many figure sentences: a common word says nothing about which claim they state,
    // and weighing every pair that shares one would grow with the square of the project.
    static constexpr int kRarePostings = 32;
};

} // namespace crossread
