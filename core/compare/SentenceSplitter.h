#pragma once
// Finds sentences in prose. Unicode's sentence boundaries (SentenceBoundaries) are proposed inside each block;
// rules on top fix what news text needs: hard-wrapped lines do not end sentences while blank
// lines, headings and list items do; abbreviations (U.S., Mr., Inc.), decimals, versions (v4.0)
// and domains (meta.ai) do not end sentences; a closing quote after the period stays inside.
#include "compare/CompareTypes.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace crossread {

class SentenceSplitter
{
public:
    struct Range
    {
        qsizetype start = 0; // UTF-16 indices, trimmed of surrounding whitespace
        qsizetype end = 0;
    };

    QList<Range> splitUtf16(QStringView text) const;
    QList<Sentence> split(const QString &text) const; // offsets in code points

private:
    QList<Range> blocks(QStringView text) const;
    void splitBlock(QStringView text, Range block, QList<Range> *out) const;
};

} // namespace crossread
