#include "compare/ProseComparator.h"

#include "compare/FigureMatcher.h"
#include "compare/ProseCorpus.h"
#include "compare/SentenceFeatures.h"
#include "compare/WordDiff.h"

#include <thread>

namespace crossread {

namespace {

// Do both runs hold the same figure tokens in the same order?
bool sameFigures(const DiffSide &a, const DiffSide &b)
{
    int i = 0;
    int j = 0;
    for (;;) {
        while (i < a.count && a.tokens[i].kind != ProseToken::Figure)
            ++i;
        while (j < b.count && b.tokens[j].kind != ProseToken::Figure)
            ++j;
        if (i == a.count || j == b.count)
            return i == a.count && j == b.count;
        if (a.ids[i++] != b.ids[j++])
            return false;
    }
}

// Words of the sentences some alignment covers.
int supportedWords(const ProseDocument &doc, const QList<int> &unaligned)
{
    int words = doc.wordCount;
    for (int s : unaligned) {
        const int first = doc.sentenceFirstToken[size_t(s)];
        for (int t = first; t < first + doc.sentenceTokenCount[size_t(s)]; ++t)
            words -= doc.tokens[t].isWordLike() ? 1 : 0;
    }
    return words;
}

} // namespace

// Word ops and figure comparisons of alignments [from, to).
void ProseComparator::detail(const ProseDocument &da, const ProseDocument &db, Alignment *alignments, int from, int to,
    QList<FigureComparison> *figures)
{
    const FigureMatcher matcher;
    for (int i = from; i < to; ++i) {
        Alignment &al = alignments[i];
        const DiffSide sa = da.runSide(al.a.first, al.a.count);
        const DiffSide sb = db.runSide(al.b.first, al.b.count);
        al.ops = WordDiff::diff(sa, sb);
        // Runs that write the same figures the same way agree on them: nothing to check.
        if (al.kind == Alignment::Identical || sameFigures(sa, sb))
            continue;
        const QList<FigureMention> fa = FigureMatcher::mentions(da.text, sa.tokens, sa.count);
        if (fa.isEmpty())
            continue;
        const QList<FigureMention> fb = FigureMatcher::mentions(db.text, sb.tokens, sb.count);
        for (FigureComparison c : matcher.compare(fa, fb)) {
            c.aStart = da.codePoints.fromUtf16(c.aStart);
            c.bStart = db.codePoints.fromUtf16(c.bStart);
            c.alignment = i;
            figures->append(c);
        }
    }
}

ComparisonResult ProseComparator::compare(const QString &a, const QString &b) const
{
    ProseCorpus corpus;
    const QList<int> documents = corpus.addAll({ a, b });
    const int ia = documents[0];
    const int ib = documents[1];
    const ProseDocument &da = corpus.document(ia);
    const ProseDocument &db = corpus.document(ib);

    ComparisonResult result;
    result.textA = a;
    result.textB = b;
    result.sentencesA = da.sentenceList();
    result.sentencesB = db.sentenceList();
    result.wordsA = da.wordCount;
    result.wordsB = db.wordCount;
    // The whole-text diff and the alignment are independent: on large texts they run side by side.
    const bool parallel = a.size() + b.size() > kParallelSize;
    std::thread wholeText;
    if (parallel)
        wholeText = std::thread([&] { result.ops = WordDiff::diff(da.side(), db.side(), &result.commonWords); });
    else
        result.ops = WordDiff::diff(da.side(), db.side(), &result.commonWords);

    const SentenceFeatures features(corpus, { ia, ib }, m_similarity, m_frequencies);
    SentenceAlignment alignment = SentenceAligner(m_options).align(features, ia, ib);
    result.onlyA = alignment.onlyA;
    result.onlyB = alignment.onlyB;
    result.alignments = std::move(alignment.alignments);
    result.supportedWordsA = supportedWords(da, result.onlyA);
    result.supportedWordsB = supportedWords(db, result.onlyB);
    if (wholeText.joinable())
        wholeText.join();

    const int count = int(result.alignments.size());
    const int half = parallel ? count / 2 : count;
    QList<FigureComparison> secondFigures;
    Alignment *alignments = result.alignments.data(); // detached once, before the threads share it
    std::thread second;
    if (half < count)
        second = std::thread([&] { detail(da, db, alignments, half, count, &secondFigures); });
    detail(da, db, alignments, 0, half, &result.figures);
    if (second.joinable())
        second.join();
    result.figures += secondFigures;
    return result;
}

} // namespace crossread
