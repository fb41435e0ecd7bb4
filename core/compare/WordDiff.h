#pragma once
// Word-level diff whose ops rebuild both texts exactly. Tokens (words, punctuation, figures)
// are compared by text, never the whitespace between them: where only whitespace differs the
// ops carry a Delete/Insert pair flagged `whitespace` (see WordOp). Runs SequenceDiff on integer
// token ids, then diff-match-patch's semantic clean-up (DiffCleanup).
#include "compare/CompareTypes.h"
#include "compare/ProseToken.h"

#include <QList>
#include <QStringView>

namespace crossread {

class CodePoints;

// One side of a diff: a slice of a tokenized text.
struct DiffSide
{
    QStringView text; // the whole text
    const ProseToken *tokens = nullptr; // the slice's tokens, inside [from, to)
    const int *ids = nullptr; // equal ids <=> equal token text (one dictionary for both sides)
    int count = 0;
    qsizetype from = 0; // UTF-16 range the ops cover
    qsizetype to = 0;
    const CodePoints *codePoints = nullptr; // converts op offsets; null keeps UTF-16 offsets
};

class WordDiff
{
public:
    // Whole texts. commonWords (optional): words and figures inside Equal ops.
    static QList<WordOp> diff(const QString &a, const QString &b, int *commonWords = nullptr);
    static QList<WordOp> diff(const DiffSide &a, const DiffSide &b, int *commonWords = nullptr);

    // Rebuilds A (Equal + Delete) or B (Equal + Insert) from ops.
    static QString rebuildA(const QList<WordOp> &ops);
    static QString rebuildB(const QList<WordOp> &ops);
    // Ops that change words, not just whitespace.
    static int changeCount(const QList<WordOp> &ops);
};

} // namespace crossread
