#include "compare/SentenceAligner.h"

#include "compare/AlignmentBackbone.h"
#include "compare/ProseCorpus.h"
#include "compare/SentenceFeatures.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace crossread {

namespace {

struct Candidate
{
    int a;
    int b;
    double similarity;
    bool identical;
};

// One alignment of two documents: the phases of SentenceAligner::align and what they share.
class AlignJob
{
public:
    AlignJob(const SentenceFeatures &features, int documentA, int documentB, const SentenceAligner::Options &options)
        : m_features(features)
        , m_documentA(documentA)
        , m_documentB(documentB)
        , m_options(options)
        , m_nA(features.sentenceCount(documentA))
        , m_nB(features.sentenceCount(documentB))
    { }

    SentenceAlignment run()
    {
        const std::vector<Candidate> candidates = findCandidates();
        const std::vector<Candidate> chain = anchorChain(candidates);
        AlignmentBackbone backbone(m_features, m_documentA, m_documentB, m_options);
        m_alignments = backbone.align(anchorsOf(chain));
        orderBounds(true);
        orderBounds(false);
        alignLeftovers(true);
        alignLeftovers(false);
        return finish();
    }

private:
    double skew(int a, int b) const { return std::abs(double(a) / std::max(1, m_nA) - double(b) / std::max(1, m_nB)); }

    std::vector<Candidate> findCandidates() const;
    std::vector<Candidate> anchorChain(const std::vector<Candidate> &candidates) const;
    std::vector<AlignmentBackbone::Anchor> anchorsOf(const std::vector<Candidate> &chain) const;
    void orderBounds(bool fromA);
    void alignLeftovers(bool fromA);
    bool inOrder(bool fromA, int sentence, SentenceRun partner) const;
    SentenceAlignment finish();

    const SentenceFeatures &m_features;
    int m_documentA;
    int m_documentB;
    const SentenceAligner::Options &m_options;
    int m_nA;
    int m_nB;
    QList<Alignment> m_alignments;
    // Per sentence of A (index 0) or B (1): the other text's sentences its backbone neighbours
    // align with, the last before it and the first after it.
    std::vector<int> m_low[2];
    std::vector<int> m_high[2];
};

// Phase 1. Identical sentences by fingerprint (every copy: the chain picks the in-order one), and
// for the others the top candidates of an inverted index over A's terms.
std::vector<Candidate> AlignJob::findCandidates() const
{
    std::vector<Candidate> out;
    QHash<quint64, QList<int>> byFingerprint;
    for (int a = 0; a < m_nA; ++a)
        byFingerprint[m_features.vector(m_documentA, a).fingerprint].append(a);
    std::vector<bool> identicalB(size_t(m_nB), false);
    for (int b = 0; b < m_nB; ++b) {
        const auto it = byFingerprint.constFind(m_features.vector(m_documentB, b).fingerprint);
        if (it == byFingerprint.constEnd())
            continue;
        // A sentence repeated many times: its copies nearest in relative position are enough.
        QList<int> copies = *it;
        if (copies.size() > 4) {
            std::partial_sort(copies.begin(), copies.begin() + 4, copies.end(),
                [&](int x, int y) { return skew(x, b) < skew(y, b); });
            copies.resize(4);
        }
        for (int a : copies) {
            if (m_features.sameTokens(m_documentA, { a, 1 }, m_documentB, { b, 1 })) {
                out.push_back({ a, b, 1.0, true });
                identicalB[size_t(b)] = true;
            }
        }
    }

    // Between two identical anchors with as many sentences on each side between them, a lightly
    // edited sentence has its partner on the diagonal: try that before searching the index.
    const std::vector<Candidate> identical = anchorChain(out);
    std::vector<bool> settled(size_t(m_nB), false);
    for (size_t k = 0; k + 1 <= identical.size(); ++k) {
        const int aFrom = k == 0 ? -1 : identical[k - 1].a;
        const int bFrom = k == 0 ? -1 : identical[k - 1].b;
        const Candidate &next = identical[k];
        if (next.a - aFrom != next.b - bFrom)
            continue;
        for (int b = bFrom + 1; b < next.b; ++b) {
            const int a = aFrom + (b - bFrom);
            const RunMatch m = m_features.match(m_documentA, { a, 1 }, m_documentB, { b, 1 });
            if (m.similarity >= m_options.anchor) {
                out.push_back({ a, b, m.similarity, false });
                settled[size_t(b)] = true;
            }
        }
    }

    // Sentences already paired above take no part in the search.
    std::vector<bool> pairedA(size_t(m_nA), false);
    for (const Candidate &c : out)
        pairedA[size_t(c.a)] = true;
    std::vector<std::vector<std::pair<int, float>>> postings(size_t(m_features.termCount()));
    for (int a = 0; a < m_nA; ++a)
        if (!pairedA[size_t(a)])
            for (const auto &[term, w] : m_features.vector(m_documentA, a).terms)
                postings[size_t(term)].emplace_back(a, w);
    // Terms in very many sentences say little and cost much.
    const size_t cap = size_t(std::max(48.0, 2.0 * std::sqrt(double(m_nA))));
    std::vector<float> score(size_t(m_nA), 0.f);
    std::vector<int> touched;
    for (int b = 0; b < m_nB; ++b) {
        if (identicalB[size_t(b)] || settled[size_t(b)])
            continue;
        touched.clear();
        for (const auto &[term, w] : m_features.vector(m_documentB, b).terms) {
            const auto &list = postings[size_t(term)];
            if (list.size() > cap)
                continue;
            for (const auto &[a, wa] : list) {
                if (score[size_t(a)] == 0.f)
                    touched.push_back(a);
                score[size_t(a)] += w;
            }
        }
        const size_t k = std::min(touched.size(), size_t(m_options.candidates));
        std::partial_sort(touched.begin(), touched.begin() + qsizetype(k), touched.end(),
            [&](int x, int y) { return score[size_t(x)] > score[size_t(y)]; });
        for (size_t i = 0; i < k; ++i) {
            const int a = touched[i];
            const RunMatch m = m_features.match(m_documentA, { a, 1 }, m_documentB, { b, 1 });
            if (m.similarity >= m_options.anchor)
                out.push_back({ a, b, m.similarity, false });
        }
        for (int a : touched)
            score[size_t(a)] = 0.f;
    }
    return out;
}

// Phase 2. The heaviest chain of candidates increasing in both a and b (a Fenwick tree of
// maxima over b, candidates in a order). Weights favour identical pairs, and among equals the
// pair nearer the diagonal, so a repeated sentence anchors in step with its neighbours.
std::vector<Candidate> AlignJob::anchorChain(const std::vector<Candidate> &candidates) const
{
    std::vector<Candidate> sorted = candidates;
    std::sort(sorted.begin(), sorted.end(), [](const Candidate &x, const Candidate &y) {
        return x.a != y.a ? x.a < y.a : x.b > y.b; // b descending: one a never chains with itself
    });
    const size_t n = sorted.size();
    std::vector<double> best(n, 0);
    std::vector<int> previous(n, -1);
    std::vector<std::pair<double, int>> tree(size_t(m_nB) + 1, { 0.0, -1 });
    const auto query = [&](int b) { // best chain ending at a b' < b
        std::pair<double, int> out { 0.0, -1 };
        for (int i = b; i > 0; i -= i & -i)
            out = std::max(out, tree[size_t(i)]);
        return out;
    };
    const auto update = [&](int b, std::pair<double, int> value) {
        for (int i = b + 1; i <= m_nB; i += i & -i)
            tree[size_t(i)] = std::max(tree[size_t(i)], value);
    };
    for (size_t i = 0; i < n; ++i) {
        const Candidate &c = sorted[i];
        const double weight = (c.identical ? 2.0 : c.similarity) - 0.01 * skew(c.a, c.b);
        const auto [before, from] = query(c.b);
        best[i] = before + weight;
        previous[i] = from;
        update(c.b, { best[i], int(i) });
    }
    std::vector<Candidate> chain;
    int at = -1;
    double top = 0;
    for (size_t i = 0; i < n; ++i)
        if (best[i] > top)
            top = best[i], at = int(i);
    for (; at >= 0; at = previous[size_t(at)])
        chain.push_back(sorted[size_t(at)]);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

std::vector<AlignmentBackbone::Anchor> AlignJob::anchorsOf(const std::vector<Candidate> &chain) const
{
    std::vector<AlignmentBackbone::Anchor> out;
    out.reserve(chain.size());
    for (const Candidate &c : chain)
        out.push_back({ c.a, c.b, c.identical || c.similarity >= m_options.hardAnchor });
    return out;
}

void AlignJob::orderBounds(bool fromA)
{
    const int nOwn = fromA ? m_nA : m_nB;
    std::vector<int> &low = m_low[fromA ? 0 : 1];
    std::vector<int> &high = m_high[fromA ? 0 : 1];
    low.assign(size_t(nOwn) + 1, -1);
    high.assign(size_t(nOwn) + 1, fromA ? m_nB : m_nA);
    // low[s]: max partner end over alignments ending before s; high[s]: min partner start over
    // alignments starting after s.
    for (const Alignment &al : std::as_const(m_alignments)) {
        const SentenceRun own = fromA ? al.a : al.b;
        const SentenceRun other = fromA ? al.b : al.a;
        low[size_t(own.last()) + 1] = std::max(low[size_t(own.last()) + 1], other.last());
        if (own.first > 0)
            high[size_t(own.first) - 1] = std::min(high[size_t(own.first) - 1], other.first);
    }
    for (int s = 1; s <= nOwn; ++s)
        low[size_t(s)] = std::max(low[size_t(s)], low[size_t(s) - 1]);
    for (int s = nOwn - 1; s >= 0; --s)
        high[size_t(s)] = std::min(high[size_t(s)], high[size_t(s) + 1]);
}

// Is `partner` (a run of the other text) between the backbone partners of the sentence's
// neighbours? Then aligning there keeps the order and is no move.
bool AlignJob::inOrder(bool fromA, int sentence, SentenceRun partner) const
{
    const int side = fromA ? 0 : 1;
    return partner.first >= m_low[side][size_t(sentence)] && partner.last() <= m_high[side][size_t(sentence)];
}

// Phase 4. Containment for what the backbone left over: the other text's sentence (or two
// adjacent sentences) supporting most of this sentence, anywhere; in-order partners win ties.
void AlignJob::alignLeftovers(bool fromA)
{
    const int nOwn = fromA ? m_nA : m_nB;
    const int nOther = fromA ? m_nB : m_nA;
    const int ownDoc = fromA ? m_documentA : m_documentB;
    const int otherDoc = fromA ? m_documentB : m_documentA;
    std::vector<bool> covered(size_t(nOwn), false);
    for (const Alignment &al : std::as_const(m_alignments))
        for (int s = (fromA ? al.a : al.b).first; s < (fromA ? al.a : al.b).end(); ++s)
            covered[size_t(s)] = true;
    const auto supportOf = [&](int own, SentenceRun other) {
        const RunMatch m = fromA ? m_features.match(m_documentA, { own, 1 }, m_documentB, other)
                                 : m_features.match(m_documentA, other, m_documentB, { own, 1 });
        return std::pair { m, fromA ? m.supportA : m.supportB };
    };

    std::vector<std::vector<int>> postings(size_t(m_features.termCount()));
    for (int o = 0; o < nOther; ++o)
        for (const auto &tw : m_features.vector(otherDoc, o).terms)
            postings[size_t(tw.first)].push_back(o);
    // As in findCandidates: terms in very many sentences say little and would make unrelated
    // texts quadratic.
    const size_t cap = size_t(std::max(48.0, 2.0 * std::sqrt(double(nOther))));
    std::vector<float> score(size_t(nOther), 0.f);
    std::vector<int> touched;
    QList<Alignment> found;
    for (int s = 0; s < nOwn; ++s) {
        // A question states no claim; a label of two words ("Artificial Intelligence") is found
        // inside many sentences without being stated by them.
        const SentenceVector &own = m_features.vector(ownDoc, s);
        if (covered[size_t(s)] || own.question || m_features.wordCount(own) < m_options.minWords)
            continue;
        touched.clear();
        for (const auto &[term, w] : m_features.vector(ownDoc, s).terms) {
            if (postings[size_t(term)].size() > cap)
                continue;
            for (int o : postings[size_t(term)]) {
                if (score[size_t(o)] == 0.f)
                    touched.push_back(o);
                score[size_t(o)] += w;
            }
        }
        const size_t k = std::min(touched.size(), size_t(m_options.candidates));
        std::partial_sort(touched.begin(), touched.begin() + qsizetype(k), touched.end(),
            [&](int x, int y) { return score[size_t(x)] > score[size_t(y)]; });
        // Each candidate alone, or with a neighbour for a sentence that merges two; a second
        // sentence must add clearly to what the first supports. Questions state no claim;
        // a heading never joins a run.
        SentenceRun bestRun { -1, 0 };
        RunMatch best;
        double bestScore = 0;
        bool bestInOrder = false;
        double bestSkew = 0;
        for (size_t i = 0; i < k; ++i) {
            const int o = touched[i];
            for (const SentenceRun run : { SentenceRun { o, 1 }, SentenceRun { o - 1, 2 }, SentenceRun { o, 2 } }) {
                if (run.first < 0 || run.end() > nOther)
                    continue;
                bool asks = false;
                for (int r = run.first; r < run.end(); ++r) {
                    const SentenceVector &v = m_features.vector(otherDoc, r);
                    asks = asks || v.question || (run.count > 1 && v.heading);
                }
                if (asks)
                    continue;
                const auto [m, support] = supportOf(s, run);
                if (support < m_options.leftover || (m.sharedTerms < 2 && !m.sharedFigure))
                    continue;
                if (run.count > 1 && (fromA ? m.weakestB : m.weakestA) < m_options.member)
                    continue;
                const double score = support - (run.count > 1 ? 0.15 : 0.0);
                const bool order = inOrder(fromA, s, run);
                const double sk = fromA ? skew(s, o) : skew(o, s);
                // Within a hair of each other, the in-order partner wins, then the nearer one.
                const bool better = bestRun.count == 0 || score > bestScore + 0.02
                    || (score > bestScore - 0.02 && (order > bestInOrder || (order == bestInOrder && sk < bestSkew)));
                if (better)
                    bestRun = run, best = m, bestScore = score, bestInOrder = order, bestSkew = sk;
            }
        }
        for (int o : touched)
            score[size_t(o)] = 0.f;
        if (bestRun.count == 0)
            continue;
        const SentenceRun run = bestRun;
        Alignment al;
        al.a = fromA ? SentenceRun { s, 1 } : run;
        al.b = fromA ? run : SentenceRun { s, 1 };
        al.similarity = best.similarity;
        al.supportA = best.supportA;
        al.supportB = best.supportB;
        al.moved = !inOrder(fromA, s, run);
        found.append(al);
    }
    m_alignments += found;
}

// Phase 5, and the sentences no alignment covers.
SentenceAlignment AlignJob::finish()
{
    SentenceAlignment out;
    std::vector<bool> coveredA(size_t(m_nA), false);
    std::vector<bool> coveredB(size_t(m_nB), false);
    for (Alignment &al : m_alignments) {
        for (int s = al.a.first; s < al.a.end(); ++s)
            coveredA[size_t(s)] = true;
        for (int s = al.b.first; s < al.b.end(); ++s)
            coveredB[size_t(s)] = true;
        if (m_features.sameTokens(m_documentA, al.a, m_documentB, al.b)) {
            al.kind = Alignment::Identical;
            al.similarity = al.supportA = al.supportB = 1.0;
        } else if (al.a.count > 1 || al.b.count > 1) {
            al.kind = Alignment::SplitMerge;
        } else if (std::min(al.supportA, al.supportB) < m_options.partialLow
            && std::max(al.supportA, al.supportB) >= m_options.partialHigh) {
            al.kind = Alignment::Partial;
        } else {
            al.kind = al.similarity >= m_options.paraphrase ? Alignment::Paraphrase : Alignment::Changed;
        }
    }
    std::sort(m_alignments.begin(), m_alignments.end(), [](const Alignment &x, const Alignment &y) {
        return x.a.first != y.a.first ? x.a.first < y.a.first : x.b.first < y.b.first;
    });
    out.alignments = std::move(m_alignments);
    for (int a = 0; a < m_nA; ++a)
        if (!coveredA[size_t(a)])
            out.onlyA.append(a);
    for (int b = 0; b < m_nB; ++b)
        if (!coveredB[size_t(b)])
            out.onlyB.append(b);
    return out;
}

} // namespace

SentenceAlignment SentenceAligner::align(const SentenceFeatures &features, int documentA, int documentB) const
{
    return AlignJob(features, documentA, documentB, m_options).run();
}

} // namespace crossread
