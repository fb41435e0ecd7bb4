#pragma once
// A text being edited that remembers, for every code point, which part of the original it stands
// for: a kept character its original position, new text the original range it replaced (or the
// point where it was inserted). This is how the edit generator knows where a span's text went,
// independently of the re-anchoring engine under test.
#include <QString>

#include <string>
#include <vector>

namespace crossread::editgen {

struct Provenance
{
    qint32 lo = 0; // original code points [lo, hi) this character stands for
    qint32 hi = 0;
    bool kept = false; // an original character (hi == lo + 1), not new text
};

class TrackedText
{
public:
    explicit TrackedText(const QString &original);

    QString text() const;
    const QString &original() const { return m_original; }
    qint64 size() const { return qint64(m_text.size()); }
    char32_t at(qint64 i) const { return m_text[size_t(i)]; }
    const Provenance &provenance(qint64 i) const { return m_provenance[size_t(i)]; }
    const std::u32string &codePoints() const { return m_text; }
    char32_t originalAt(qint64 i) const { return m_originalCodePoints[size_t(i)]; }
    qint64 originalSize() const { return qint64(m_originalCodePoints.size()); }
    // Where each original character is now, -1 where it is gone.
    std::vector<qint32> keptPositions() const;

    // Replaces [start, end) (code points of the current text). Only what differs is new: the
    // characters the old and new text share at both ends keep their provenance, so "$14 billion"
    // -> "$14.3 billion" inserts ".3" and keeps the rest.
    void replace(qint64 start, qint64 end, const QString &with);
    // Moves [start, end) to position `to` of the current text (outside the range), provenance and all.
    void move(qint64 start, qint64 end, qint64 to);
    // Every "\n" becomes "\r\n" (a line-ending change: whitespace only).
    void useCrLf();

private:
    qint32 insertionPoint(qint64 at) const; // the original position between current at-1 and at

    QString m_original;
    std::u32string m_originalCodePoints;
    std::u32string m_text;
    std::vector<Provenance> m_provenance;
};

bool isSpace(char32_t c);

} // namespace crossread::editgen
