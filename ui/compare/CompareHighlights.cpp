#include "CompareHighlights.h"

#include "CompareDifferences.h"

#include <QLocale>

namespace crossread {

namespace {

// Past this share of a sentence, changed words are a rewording rather than an edit: marking
// them would colour nearly every word, so the sentence tint alone tells the story.
constexpr double kMaxMarkedShare = 0.5;

// The display range of a word op without the whitespace around its words.
QPair<int, int> trimmedRange(const ComparedText &text, qint64 start, const QString &opText)
{
    const int from = text.toDisplay(start);
    int b = from;
    int e = from + int(opText.size());
    const QString &t = text.text();
    e = std::min(e, int(t.size()));
    while (b < e && t.at(b).isSpace())
        ++b;
    while (e > b && t.at(e - 1).isSpace())
        --e;
    return { b, e };
}

} // namespace

QString CompareHighlights::alignmentToolTip(const Alignment &pair)
{
    const QString percent = QLocale().toString(pair.similarity * 100.0, 'f', 0) + QLocale().percent();
    QString tip;
    switch (pair.kind) {
    case Alignment::Identical:
        tip = tr("Identical in both");
        break;
    case Alignment::Paraphrase:
        tip = tr("Paraphrase, %1 similar").arg(percent);
        break;
    case Alignment::SplitMerge:
        tip = tr("Split or merged sentences, %1 similar").arg(percent);
        break;
    case Alignment::Partial:
        tip = tr("Partial: one side says more, %1 similar").arg(percent);
        break;
    case Alignment::Changed:
        tip = tr("Changed, %1 similar").arg(percent);
        break;
    }
    if (pair.moved)
        tip += tr("; moved");
    return tip;
}

PaneLayers CompareHighlights::build(
    const ComparisonResult &result, Side side, const ComparedText &text, const CompareColors &colors)
{
    PaneLayers out;
    const QList<Sentence> &sentences = side == A ? result.sentencesA : result.sentencesB;
    const auto sentenceRange = [&](int index) {
        const Sentence &s = sentences.at(index);
        return text.displayRange(s.start, s.end);
    };
    const auto runRange = [&](SentenceRun run) {
        return text.displayRange(sentences.at(run.first).start, sentences.at(run.last()).end);
    };
    // Sentence tints first, words on top, figures last: later highlights win.
    QList<PaneHighlight> words;
    for (const Alignment &pair : result.alignments) {
        const auto r = runRange(side == A ? pair.a : pair.b);
        out.marks.append({ r.first, r.second, QColor(), alignmentToolTip(pair) });
        if (pair.kind == Alignment::Identical)
            continue;
        out.highlights.append({ r.first, r.second, colors.background[CompareColors::roleForKind(pair.kind)], false });
        const WordOp::Kind changedHere = side == A ? WordOp::Delete : WordOp::Insert;
        const CompareColors::Role role = side == A ? CompareColors::Deleted : CompareColors::Inserted;
        QList<PaneHighlight> pairWords;
        int marked = 0;
        for (const WordOp &op : pair.ops) {
            if (op.kind != changedHere || op.whitespace)
                continue;
            const auto w = trimmedRange(text, side == A ? op.aStart : op.bStart, op.text);
            if (w.second > w.first) {
                pairWords.append({ w.first, w.second, colors.background[role], false });
                marked += w.second - w.first;
            }
        }
        if (marked <= kMaxMarkedShare * (r.second - r.first))
            words += pairWords;
    }
    for (int index : side == A ? result.onlyA : result.onlyB) {
        const auto r = sentenceRange(index);
        out.highlights.append({ r.first, r.second, colors.background[CompareColors::Only], false });
        out.marks.append({ r.first, r.second, QColor(), side == A ? tr("Only in A") : tr("Only in B") });
    }
    out.highlights += words;
    for (const FigureComparison &f : result.figures) {
        // Agreeing figures need no mark, even when written differently ("$300bn", "$300 billion").
        if (f.status == FigureComparison::Agree)
            continue;
        const qint64 start = side == A ? f.aStart : f.bStart;
        const auto r = trimmedRange(text, start, side == A ? f.aText : f.bText);
        if (f.status == FigureComparison::Conflict) {
            out.highlights.append({ r.first, r.second, colors.background[CompareColors::Conflict], true });
            out.marks.prepend(
                { r.first, r.second, colors.ink[CompareColors::Conflict], CompareDifferences::conflictText(f), false });
        } else {
            out.marks.prepend(
                { r.first, r.second, colors.ink[CompareColors::Changed], CompareDifferences::compatibleText(f), true });
        }
    }
    return out;
}

} // namespace crossread
