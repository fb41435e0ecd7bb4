#include "anchor/VersionAlignment.h"

#include "compare/WordDiff.h"
#include "domain/CodePoints.h"

#include <algorithm>

namespace crossread {

VersionAlignment VersionAlignment::between(const QString &oldText, const QString &newText)
{
    QList<Segment> segments;
    qint64 oldPos = 0;
    qint64 newPos = 0;
    const QList<WordOp> ops = WordDiff::diff(oldText, newText);
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const WordOp &op = ops.at(i);
        Segment s { oldPos, 0, newPos, 0, Same };
        if (op.kind == WordOp::Equal) {
            s.oldLength = s.newLength = CodePoints::count(op.text);
        } else {
            // A Delete and the Insert after it replace one another: one segment.
            s.kind = op.whitespace ? Whitespace : Changed;
            if (op.kind == WordOp::Delete) {
                s.oldLength = CodePoints::count(op.text);
                if (i + 1 < ops.size() && ops.at(i + 1).kind == WordOp::Insert) {
                    ++i;
                    s.newLength = CodePoints::count(ops.at(i).text);
                    if (!ops.at(i).whitespace)
                        s.kind = Changed;
                }
            } else {
                s.newLength = CodePoints::count(op.text);
            }
        }
        oldPos += s.oldLength;
        newPos += s.newLength;
        segments.append(s);
    }
    return fromSegments(segments);
}

VersionAlignment VersionAlignment::fromSegments(const QList<Segment> &segments)
{
    VersionAlignment a;
    a.m_segments = segments;
    if (!segments.isEmpty()) {
        a.m_oldSize = segments.constLast().oldEnd();
        a.m_newSize = segments.constLast().newEnd();
    }
    return a;
}

qsizetype VersionAlignment::segmentHoldingOld(qint64 oldPosition) const
{
    // Segments are contiguous and ordered, so the first whose old end lies past the position
    // holds it; a pure insertion (old length 0) never does.
    const auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), oldPosition,
        [](qint64 pos, const Segment &s) { return pos < s.oldEnd(); });
    return it == m_segments.cend() ? -1 : it - m_segments.cbegin();
}

std::optional<TextRange> VersionAlignment::map(TextRange old) const
{
    if (m_segments.isEmpty() || old.end <= old.start)
        return std::nullopt;
    const qsizetype first = segmentHoldingOld(old.start);
    const qsizetype last = segmentHoldingOld(old.end - 1);
    if (first < 0 || last < 0)
        return std::nullopt;
    const Segment &a = m_segments.at(first);
    const Segment &b = m_segments.at(last);
    qint64 start = a.newStart;
    if (a.kind == Same)
        start += old.start - a.oldStart;
    else if (a.kind == Whitespace)
        start += std::min(old.start - a.oldStart, a.newLength);
    qint64 end = b.newEnd();
    if (b.kind == Same)
        end = b.newStart + (old.end - b.oldStart);
    else if (b.kind == Whitespace)
        end = b.newStart + std::min(old.end - b.oldStart, b.newLength);
    if (end <= start)
        return std::nullopt;
    return TextRange { start, end };
}

qint64 VersionAlignment::mapPoint(qint64 oldPosition) const
{
    const qsizetype i = segmentHoldingOld(oldPosition);
    if (i < 0)
        return m_newSize;
    const Segment &s = m_segments.at(i);
    if (s.kind == Same)
        return s.newStart + (oldPosition - s.oldStart);
    if (s.kind == Whitespace)
        return s.newStart + std::min(oldPosition - s.oldStart, s.newLength);
    // Inside replaced text: as far into the replacement as the position was into what it replaced.
    return s.newStart + (oldPosition - s.oldStart) * s.newLength / s.oldLength;
}

VersionAlignment::Origin VersionAlignment::origin(TextRange newRange, TextRange oldRange) const
{
    Origin o;
    auto it = std::upper_bound(m_segments.cbegin(), m_segments.cend(), newRange.start,
        [](qint64 pos, const Segment &s) { return pos < s.newEnd(); });
    for (; it != m_segments.cend() && it->newStart < newRange.end; ++it) {
        const qint64 x = std::max(newRange.start, it->newStart);
        const qint64 y = std::min(newRange.end, it->newEnd());
        if (y <= x)
            continue;
        if (it->kind == Changed) {
            o.fresh += y - x;
        } else if (it->kind == Same) {
            const qint64 oldX = it->oldStart + (x - it->newStart);
            const qint64 oldY = oldX + (y - x);
            const qint64 in = std::max<qint64>(0, std::min(oldY, oldRange.end) - std::max(oldX, oldRange.start));
            o.inside += in;
            o.outside += (y - x) - in;
        }
    }
    return o;
}

QList<TextRange> VersionAlignment::changedRanges() const
{
    QList<TextRange> out;
    for (const Segment &s : m_segments) {
        if (s.kind == Changed && s.newLength > 0)
            out.append({ s.newStart, s.newEnd() });
    }
    return out;
}

} // namespace crossread
