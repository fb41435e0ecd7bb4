#pragma once
// Decides whether a run of sentences of another text states the claim of a passage, the way the
// aligner's leftover phase does: the candidate sentence alone or with a neighbour (a claim one
// source states in one sentence, another in two), accepted where one side supports most of what
// the other says, with two shared terms or a shared figure; questions state no claim and
// headings join no run. Used by "who else says this?" and by the claim-wide figure labels.
#include "compare/CompareTypes.h"
#include "compare/SentenceAligner.h"
#include "compare/SentenceFeatures.h"

#include <optional>

namespace crossread {

class ProseCorpus;

struct VerifiedClaim
{
    SentenceRun run; // of the candidate's document
    RunMatch match; // passage as A, candidate run as B
    Alignment::Kind kind = Alignment::Changed;
    double score = 0; // what ranks it: the similarity, less a little for a second sentence
};

class ClaimVerifier
{
public:
    explicit ClaimVerifier(const SentenceFeatures &features, const SentenceAligner::Options &options = {})
        : m_features(features)
        , m_options(options)
    { }

    // The best run around `sentence` of `document` stating the passage's claim, if any.
    std::optional<VerifiedClaim> verify(int passageDocument, SentenceRun passage, int document, int sentence) const;
    // The figures of the passage (a) and the run (b), paired and rated; offsets in code points.
    QList<FigureComparison> compareFigures(
        int passageDocument, SentenceRun passage, int document, SentenceRun run) const;

    // Each side supported this much: the claim is stated by both, each adding a detail.
    static constexpr double kMutualSupport = 0.4;

private:
    bool statesClaim(int document, SentenceRun run) const;

    const SentenceFeatures &m_features;
    SentenceAligner::Options m_options;
};

} // namespace crossread
