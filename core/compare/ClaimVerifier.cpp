#include "compare/ClaimVerifier.h"

#include "compare/FigureMatcher.h"
#include "compare/ProseCorpus.h"

#include <algorithm>

namespace crossread {

bool ClaimVerifier::statesClaim(int document, SentenceRun run) const
{
    for (int s = run.first; s < run.end(); ++s) {
        const SentenceVector &v = m_features.vector(document, s);
        if (v.question || (run.count > 1 && v.heading))
            return false;
    }
    return true;
}

std::optional<VerifiedClaim> ClaimVerifier::verify(
    int passageDocument, SentenceRun passage, int document, int sentence) const
{
    const int count = m_features.sentenceCount(document);
    int passageWords = 0;
    for (int s = passage.first; s < passage.end(); ++s)
        passageWords += m_features.wordCount(m_features.vector(passageDocument, s));
    std::optional<VerifiedClaim> best;
    for (const SentenceRun run :
        { SentenceRun { sentence, 1 }, SentenceRun { sentence - 1, 2 }, SentenceRun { sentence, 2 } }) {
        if (run.first < 0 || run.end() > count || !statesClaim(document, run))
            continue;
        const RunMatch m = m_features.match(passageDocument, passage, document, run);
        if (m.sharedTerms < 2 && !m.sharedFigure)
            continue;
        // One side says most of what the other says, or each says much of the other (two
        // outlets stating one claim, each with a detail of its own); a short label never counts
        // as a claim.
        const bool passageHeld = m.supportA >= m_options.leftover;
        const bool runHeld = m.supportB >= m_options.leftover;
        const bool mutual = std::min(m.supportA, m.supportB) >= kMutualSupport;
        if (!passageHeld && !runHeld && !mutual)
            continue;
        // A label ("Artificial Intelligence") is inside many sentences without being stated by them.
        if (passageWords < m_options.minWords && m.similarity < m_options.paraphrase)
            continue;
        int words = 0;
        for (int s = run.first; s < run.end(); ++s)
            words += m_features.wordCount(m_features.vector(document, s));
        if (words < m_options.minWords)
            continue;
        if (run.count > 1 && m.weakestB < m_options.member)
            continue;
        const double score = m.similarity - (run.count > 1 ? 0.15 : 0.0);
        if (best && score <= best->score)
            continue;
        VerifiedClaim v;
        v.run = run;
        v.match = m;
        v.score = score;
        best = v;
    }
    if (!best)
        return best;
    const RunMatch &m = best->match;
    if (m_features.sameTokens(passageDocument, passage, document, best->run))
        best->kind = Alignment::Identical;
    else if (passage.count > 1 || best->run.count > 1)
        best->kind = Alignment::SplitMerge;
    else if (std::min(m.supportA, m.supportB) < m_options.partialLow
        && std::max(m.supportA, m.supportB) >= m_options.partialHigh)
        best->kind = Alignment::Partial;
    else
        best->kind = m.similarity >= m_options.paraphrase ? Alignment::Paraphrase : Alignment::Changed;
    return best;
}

QList<FigureComparison> ClaimVerifier::compareFigures(
    int passageDocument, SentenceRun passage, int document, SentenceRun run) const
{
    const ProseDocument &da = m_features.corpus().document(passageDocument);
    const ProseDocument &db = m_features.corpus().document(document);
    const DiffSide sa = da.runSide(passage.first, passage.count);
    const DiffSide sb = db.runSide(run.first, run.count);
    QList<FigureComparison> out = FigureMatcher().compare(
        FigureMatcher::mentions(da.text, sa.tokens, sa.count), FigureMatcher::mentions(db.text, sb.tokens, sb.count));
    for (FigureComparison &c : out) {
        c.aStart = da.codePoints.fromUtf16(c.aStart);
        c.bStart = db.codePoints.fromUtf16(c.bStart);
    }
    return out;
}

} // namespace crossread
