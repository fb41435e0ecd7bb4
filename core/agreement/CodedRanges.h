#pragma once
// One coder's coding of one tag over a continuum of code points, put in the shape the
// coefficients need: sorted, inside the continuum, and without overlaps.
#include "domain/Types.h"

#include <QList>

namespace crossread {

namespace CodedRanges {

// Sorted by start, clipped to [0, length), empty ranges dropped, and overlapping ranges
// joined (a coder who coded the same text twice with one tag coded it once). Ranges that only
// touch stay apart, because they are two units to Krippendorff's unitizing alpha.
QList<TextRange> normalized(QList<TextRange> ranges, qint64 length);

// The number of code points covered (ranges as normalized() returns them).
qint64 coveredLength(const QList<TextRange> &ranges);

// The number of code points both lists cover (each as normalized() returns it).
qint64 overlapLength(const QList<TextRange> &a, const QList<TextRange> &b);

} // namespace CodedRanges

} // namespace crossread
