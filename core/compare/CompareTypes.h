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

// Consecutive sentences [first, first + count) of one text.
struct SentenceRun
{
    int first = 0;
    int count = 0;
    int last() const { return first + count - 1; }
    int end() const { return first + count; }
    bool contains(int sentence) const { return sentence >= first && sentence < first + count; }
    bool operator==(const SentenceRun &) const = default;
};

// A run of sentences of A that states what a run of sentences of B states: 1:1, a sentence split
// into several (1:n), several merged into one (n:1), or a small n:m, up to four a side.
struct Alignment
{
    // Identical: the same tokens (only whitespace, line breaks and line-end hyphens may differ).
    // Paraphrase: most of the content of each side is found in the other, in other words.
    // SplitMerge: n:m with several sentences on a side (not identical).
    // Partial: one side says more (most of one side is found in the other, not the reverse).
    // Changed: related content, but much differs.
    enum Kind { Identical, Paraphrase, SplitMerge, Partial, Changed };
    SentenceRun a; // into ComparisonResult::sentencesA
    SentenceRun b;
    Kind kind = Changed;
    bool moved = false; // out of order against the in-order alignment of the texts
    double similarity = 0; // F-measure of the two supports below
    double supportA = 0; // share of the A run's content (weighted terms) found in the B run
    double supportB = 0;
    QList<WordOp> ops; // word diff of the two runs
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
    int alignment = -1; // index into ComparisonResult::alignments
};

struct ComparisonResult
{
    QString textA; // the texts compared (shared copies, not duplicated)
    QString textB;
    QList<Sentence> sentencesA;
    QList<Sentence> sentencesB;
    QList<Alignment> alignments; // ordered by first sentence in A, then in B
    QList<int> onlyA; // sentence indices of A in no alignment
    QList<int> onlyB;
    QList<WordOp> ops; // word diff of the whole texts
    int commonWords = 0;
    int wordsA = 0;
    int wordsB = 0;
    int supportedWordsA = 0; // words of A in sentences that some alignment covers
    int supportedWordsB = 0;
    QList<FigureComparison> figures;

    // Dice share of words: 2 * common / (words in A + words in B), 1 for two empty texts.
    double sharedRatio() const;
    // The headline: share of A's words in sentences that B supports (aligned), 1 for an empty A.
    double supportOfA() const;
    double supportOfB() const;
};

QString alignmentKindName(Alignment::Kind kind);
QString figureStatusName(FigureComparison::Status status);

} // namespace crossread

// Relocatable: lists of these grow by realloc, which matters for the ops of megabyte texts.
Q_DECLARE_TYPEINFO(crossread::Sentence, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(crossread::WordOp, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(crossread::Alignment, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(crossread::FigureComparison, Q_RELOCATABLE_TYPE);
