#include "compare/ProseComparator.h"

#include "compare/FigureMatcher.h"
#include "compare/ProseCorpus.h"
#include "compare/SentenceFeatures.h"
#include "compare/WordDiff.h"

namespace crossread {

ComparisonResult ProseComparator::compare(const QString &a, const QString &b) const
{
    ProseCorpus corpus;
    const int ia = corpus.add(a);
    const int ib = corpus.add(b);
    const ProseDocument &da = corpus.document(ia);
    const ProseDocument &db = corpus.document(ib);

    ComparisonResult result;
    result.sentencesA = da.sentenceList();
    result.sentencesB = db.sentenceList();
    result.wordsA = da.wordCount;
    result.wordsB = db.wordCount;
    result.ops = WordDiff::diff(da.side(), db.side(), &result.commonWords);

    const SentenceFeatures features(corpus, { ia, ib });
    SentenceAlignment alignment = SentenceAligner(m_options).align(features, ia, ib);
    result.onlyA = alignment.onlyA;
    result.onlyB = alignment.onlyB;
    result.pairs = std::move(alignment.pairs);

    const FigureMatcher matcher;
    for (int p = 0; p < result.pairs.size(); ++p) {
        SentencePair &pair = result.pairs[p];
        const DiffSide sa = da.sentenceSide(pair.a);
        const DiffSide sb = db.sentenceSide(pair.b);
        pair.ops = WordDiff::diff(sa, sb);
        const QList<FigureMention> fa = FigureMatcher::mentions(da.text, sa.tokens, sa.count);
        if (fa.isEmpty())
            continue;
        const QList<FigureMention> fb = FigureMatcher::mentions(db.text, sb.tokens, sb.count);
        for (FigureComparison c : matcher.compare(fa, fb)) {
            c.aStart = da.codePoints.fromUtf16(c.aStart);
            c.bStart = db.codePoints.fromUtf16(c.bStart);
            c.pair = p;
            result.figures.append(c);
        }
    }
    return result;
}

} // namespace crossread
