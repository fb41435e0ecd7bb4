#pragma once
// Cuts a set of possibly overlapping ranges into elementary segments, each with the
// ranges that cover it, so that overlaps can be painted as layers in one pass.
#include <QList>

#include <utility>

namespace crossread {

struct SpanSegment
{
    int start = 0;
    int end = 0;
    QList<int> layers; // indexes into the input, outermost (earliest, longest) first
};

namespace SpanSegments {

// ranges: half-open [first, second); empty ranges are ignored. O(n log n + output).
QList<SpanSegment> build(const QList<std::pair<int, int>> &ranges);

} // namespace SpanSegments

} // namespace crossread
