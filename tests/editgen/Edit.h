#pragma once
// One realistic edit of an article, as the steps that make it: replacements and moves of code
// point ranges of the text as it stands when each step runs.
#include "TrackedText.h"

#include <QList>
#include <QString>

namespace crossread::editgen {

struct EditStep
{
    enum Kind { Replace, Move, CrLf };
    Kind kind = Replace;
    qint64 start = 0;
    qint64 end = 0;
    QString text; // Replace: the new text
    qint64 to = 0; // Move: destination (outside [start, end))
};

struct Edit
{
    enum Kind {
        TypoFix,
        SentenceInserted,
        ParagraphMoved,
        FigureCorrected,
        SentenceRewritten,
        ParagraphDeleted,
        Reflowed
    };
    static constexpr int kKinds = 7;

    Kind kind = TypoFix;
    QString description;
    QList<EditStep> steps; // applied in order
    qint64 touched = 0; // characters changed, moved or removed (whitespace counts nothing)

    void apply(TrackedText *text) const;
    static QString kindName(Kind kind);
};

} // namespace crossread::editgen
