#pragma once
// Value types produced by the prose comparison engine. Every offset is a Unicode code point into
// the compared text (see domain/CodePoints.h), so results can be stored as spans directly.
#include <QList>
#include <QString>

namespace crossread {

// One sentence: [start, end) in code points; text is the exact slice, line breaks included.
struct Sentence
{
    qint64 start = 0;
    qint64 end = 0;
    QString text;
};

// One step of a word diff. Concatenating Equal+Delete texts rebuilds A exactly and Equal+Insert
// texts rebuilds B exactly. Tokens are compared on their text, never on the whitespace around them:
// where only whitespace differs (a re-wrapped line, two spaces for one) the engine emits a
// Delete/Insert pair flagged `whitespace`, which views show as unchanged and which counts for nothing.
struct WordOp
{
    enum Kind { Equal, Delete, Insert };
    Kind kind = Equal;
    QString text;
    bool whitespace = false; // only whitespace differs; not a real change
    qint64 aStart = 0; // code point in A where the op starts (for an Insert: where it goes)
    qint64 bStart = 0; // code point in B where the op starts (for a Delete: where it was)

    bool operator==(const WordOp &) const = default;
};

struct SentencePair
{
    // Identical: the same tokens (only whitespace and line breaks may differ).
    // Paraphrase: high similarity. Changed: moderate similarity that shares key content.
    enum Kind { Identical, Paraphrase, Changed };
    int a = -1; // index into ComparisonResult::sentencesA
    int b = -1;
    Kind kind = Changed;
    bool moved = false; // out of order against the longest in-order chain of pairs
    double similarity = 0;
    QList<WordOp> ops; // word diff of the two sentences
};

struct FigureComparison
{
    enum Status { Agree, Compatible, Conflict };
    QString aText;
    QString bText;
    QString label; // what the figures measure (nearby noun phrase, benchmark name) or their kind
    Status status = Agree;
    qint64 aStart = 0; // code points
    qint64 bStart = 0;
    int pair = -1; // index into ComparisonResult::pairs
};

struct ComparisonResult
{
    QList<Sentence> sentencesA;
    QList<Sentence> sentencesB;
    QList<SentencePair> pairs; // ordered by sentence index in A
    QList<int> onlyA; // sentence indices of A with no counterpart in B
    QList<int> onlyB;
    QList<WordOp> ops; // word diff of the whole texts
    int commonWords = 0;
    int wordsA = 0;
    int wordsB = 0;
    QList<FigureComparison> figures;

    // Dice share of words: 2 * common / (words in A + words in B), 1 for two empty texts.
    double sharedRatio() const;
};

QString sentencePairKindName(SentencePair::Kind kind);
QString figureStatusName(FigureComparison::Status status);

} // namespace crossread

// Relocatable: lists of these grow by realloc, which matters for the ops of megabyte texts.
Q_DECLARE_TYPEINFO(crossread::Sentence, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(crossread::WordOp, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(crossread::SentencePair, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(crossread::FigureComparison, Q_RELOCATABLE_TYPE);
