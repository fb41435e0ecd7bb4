#pragma once
// Deterministic generator of ~5 KB English-ish AI-industry news articles rich in figures, for the
// extraction benchmark and as a test oracle: every figure it plants is recorded with the values
// the extractor should report, and every number that must not become a figure (model versions,
// phone numbers, URLs, times) is recorded as a decoy range. All other text is free of numbers.
#include "domain/Types.h"

#include <QDate>
#include <QList>
#include <QString>

namespace crossread {

class FigureBench
{
public:
    struct Article
    {
        QString text;
        QDate dateline; // the date on the article's first line
        QList<Figure> planted; // sorted by start; offsets in code points
        QList<TextRange> decoys; // ranges holding numbers that are not figures
    };

    static Article generate(int index, quint32 seed);
    static QString generateArticle(int index, quint32 seed) { return generate(index, seed).text; }
};

} // namespace crossread
