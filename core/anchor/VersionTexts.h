#pragma once
// The two versions re-anchoring works between, prepared once and shared by every span: the new
// text folded (FoldedText) with its code points and, when the old text is known, the old text,
// its folded form, the word alignment of the two and the new text's changed stretches. Immutable.
#include "anchor/FoldedText.h"
#include "anchor/VersionAlignment.h"
#include "domain/CodePoints.h"

#include <QList>
#include <QString>

#include <utility>

namespace crossread {

using FoldedRange = std::pair<qsizetype, qsizetype>; // [first, second) in folded units

class VersionTexts
{
public:
    explicit VersionTexts(const QString &newText);
    VersionTexts(const QString &oldText, const QString &newText);

    const FoldedText &folded() const { return m_folded; }
    // Code point range and text of the new version behind folded units [start, end).
    TextRange newRange(qsizetype foldedStart, qsizetype foldedEnd) const;
    QString newText(TextRange range) const;

    bool hasOld() const { return m_hasOld; }
    // The old text of [start, end), folded and trimmed; empty when the range is not in it.
    QString oldFoldedQuote(TextRange range) const;
    const QString &oldFolded() const { return m_oldFolded.text(); }
    const FoldedText &oldFoldedText() const { return m_oldFolded; }
    // Whether the folded old text's unit at FOLDEDPOSITION is a space standing for a line break.
    bool oldBreaksLine(qsizetype foldedPosition) const;
    const VersionAlignment &alignment() const { return m_alignment; }
    const QList<FoldedRange> &changedFolded() const { return m_changedFolded; } // inserted or replacing text

    bool startsWord(qsizetype foldedPosition) const; // no word runs across it
    bool endsWord(qsizetype foldedPosition) const { return startsWord(foldedPosition); }

private:
    QString m_newText;
    CodePoints m_newCodePoints;
    FoldedText m_folded;
    bool m_hasOld = false;
    QString m_oldText;
    CodePoints m_oldCodePoints;
    FoldedText m_oldFolded;
    VersionAlignment m_alignment;
    QList<FoldedRange> m_changedFolded;
};

} // namespace crossread
