#pragma once
// Krippendorff's alpha for unitizing (alpha-u) of one category over one continuum, for two or
// more coders, as defined in Krippendorff (1995, "On the reliability of unitizing continuous
// data", Sociological Methodology 25) and (2004, Content Analysis, 2nd ed., ch. 11.6): each coder
// cuts the continuum into units of the category and gaps; observed disagreement sums the squared
// distances of overlapping sections over all pairs of coders, expected disagreement those of all
// possible placements of the same units and gaps. Pure arithmetic, O(n log n) in the units.
#include "domain/Types.h"

#include <QList>

namespace crossread {

class UnitizingAlpha
{
public:
    // coders: one list of units per coder, each as CodedRanges::normalized returns it;
    // length: the continuum's length L in code points.
    UnitizingAlpha(const QList<QList<TextRange>> &coders, qint64 length);

    double observed() const { return m_observed; } // uDo
    double expected() const { return m_expected; } // uDe
    // 1 - uDo/uDe; NaN where undefined (fewer than two coders, an empty continuum, no units).
    double alpha() const;
    // alpha-u over several categories: 1 - sum of uDo / sum of uDe (Krippendorff 2004 pools the
    // categories' disagreements); NaN where no category has units.
    static double pooled(const QList<UnitizingAlpha> &categories);

    // The squared distance of two sections (Krippendorff 1995, eq. 5): begin, length and
    // whether each is a unit (true) or a gap (false).
    static double distance(qint64 beginA, qint64 lengthA, bool unitA, qint64 beginB, qint64 lengthB, bool unitB);

private:
    double m_observed = 0;
    double m_expected = 0;
    bool m_defined = false;
};

} // namespace crossread
