#include "agreement/CodedRanges.h"

#include <algorithm>

namespace crossread::CodedRanges {

QList<TextRange> normalized(QList<TextRange> ranges, qint64 length)
{
    std::sort(ranges.begin(), ranges.end(),
        [](const TextRange &a, const TextRange &b) { return a.start != b.start ? a.start < b.start : a.end < b.end; });
    QList<TextRange> out;
    out.reserve(ranges.size());
    for (TextRange r : ranges) {
        r.start = std::max<qint64>(r.start, 0);
        r.end = std::min(r.end, length);
        if (r.end <= r.start)
            continue;
        if (!out.isEmpty() && r.start < out.last().end)
            out.last().end = std::max(out.last().end, r.end);
        else
            out.append(r);
    }
    return out;
}

qint64 coveredLength(const QList<TextRange> &ranges)
{
    qint64 total = 0;
    for (const TextRange &r : ranges)
        total += r.length();
    return total;
}

qint64 overlapLength(const QList<TextRange> &a, const QList<TextRange> &b)
{
    qint64 total = 0;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const qint64 start = std::max(a[i].start, b[j].start);
        const qint64 end = std::min(a[i].end, b[j].end);
        if (end > start)
            total += end - start;
        if (a[i].end < b[j].end)
            ++i;
        else
            ++j;
    }
    return total;
}

} // namespace crossread::CodedRanges
