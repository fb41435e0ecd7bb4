#pragma once
// How the code points of an old version of a text line up with a new version, as segments of the
// word diff of the two (compare/WordDiff): text kept, text changed only in whitespace, text
// replaced, deleted or inserted. This is the only file of core/anchor that knows the comparison
// engine, so that engine may change behind it. Offsets are code points; immutable once built.
#include "domain/Types.h"

#include <QList>
#include <QString>

#include <optional>

namespace crossread {

class VersionAlignment
{
public:
    enum Kind : quint8 { Same, Whitespace, Changed };
    struct Segment
    {
        qint64 oldStart = 0;
        qint64 oldLength = 0;
        qint64 newStart = 0;
        qint64 newLength = 0;
        Kind kind = Same;
        qint64 oldEnd() const { return oldStart + oldLength; }
        qint64 newEnd() const { return newStart + newLength; }
        bool operator==(const Segment &) const = default;
    };

    // Where the code points of a new range came from, measured against an old range.
    struct Origin
    {
        qint64 inside = 0; // kept from the old range
        qint64 outside = 0; // kept from old text outside it
        qint64 fresh = 0; // inserted or replacing text
    };

    VersionAlignment() = default; // aligns nothing: every map() is null
    static VersionAlignment between(const QString &oldText, const QString &newText);
    static VersionAlignment fromSegments(const QList<Segment> &segments); // contiguous on both sides

    bool isEmpty() const { return m_segments.isEmpty(); }
    const QList<Segment> &segments() const { return m_segments; }

    // The new range that holds old range OLD: the text kept from it with whatever replaced parts of
    // it, not text inserted just before or after it. Null when all of it was deleted.
    std::optional<TextRange> map(TextRange old) const;
    // Where an old position lands: after text inserted at it; inside replaced text, as far into the
    // replacement as it was into the replaced text.
    qint64 mapPoint(qint64 oldPosition) const;
    Origin origin(TextRange newRange, TextRange oldRange) const;
    // New ranges of inserted or replacing text, in order.
    QList<TextRange> changedRanges() const;

private:
    qsizetype segmentHoldingOld(qint64 oldPosition) const; // -1 past the end
    QList<Segment> m_segments;
    qint64 m_oldSize = 0;
    qint64 m_newSize = 0;
};

} // namespace crossread
