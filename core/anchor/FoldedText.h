#pragma once
// A text with every run of whitespace folded to one space and invisible format characters (soft
// hyphen, zero-width space, word joiner, byte order mark) dropped, so that re-wrapped lines, CRLF
// and doubled spaces read the same. Each folded UTF-16 unit remembers the code point range of the
// original text it stands for, so matches found in the folded text map back to stored offsets.
#include "domain/Types.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace crossread {

class FoldedText
{
public:
    FoldedText() = default;
    explicit FoldedText(QStringView original);

    const QString &text() const { return m_text; }
    qsizetype size() const { return m_text.size(); }

    // Code point range of the original covered by folded units [from, to); an empty folded
    // range maps to the empty range where unit `from` begins.
    TextRange originalRange(qsizetype from, qsizetype to) const;
    // First folded unit that does not end at or before code point `codePoint` of the original.
    qsizetype foldedStart(qint64 codePoint) const;
    // One past the last folded unit that begins before code point `codePoint`.
    qsizetype foldedEnd(qint64 codePoint) const;
    qint64 originalSize() const { return m_originalSize; }

    static QString fold(QStringView text);
    static bool isFoldedSpace(QChar c);
    static bool isInvisible(QChar c);
    static bool isWordChar(QChar c); // letters, digits and marks: what a word boundary separates

private:
    QString m_text;
    std::vector<qint32> m_start; // per folded unit: original code point where it begins
    std::vector<qint32> m_end; // per folded unit: original code point just after it
    qint64 m_originalSize = 0;
};

} // namespace crossread
