#include "compare/SentenceAligner.h"

#include "compare/ProseCorpus.h"
#include "compare/SentenceFeatures.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace crossread {

namespace {

struct Candidate
{
    double similarity;
    double skew; // distance of relative positions, breaks ties towards in-order pairs
    int a;
    int b;
    SentencePair::Kind kind;
};

bool sameTokens(const ProseDocument &da, int a, const ProseDocument &db, int b)
{
    const int n = da.sentenceTokenCount[size_t(a)];
    if (n != db.sentenceTokenCount[size_t(b)])
        return false;
    const int *x = da.ids.data() + da.sentenceFirstToken[size_t(a)];
    const int *y = db.ids.data() + db.sentenceFirstToken[size_t(b)];
    return std::equal(x, x + n, y);
}

} // namespace

SentenceAlignment SentenceAligner::align(const SentenceFeatures &features, int documentA, int documentB) const
{
    const ProseDocument &da = features.corpus().document(documentA);
    const ProseDocument &db = features.corpus().document(documentB);
    const int nA = features.sentenceCount(documentA);
    const int nB = features.sentenceCount(documentB);
    std::vector<int> partnerOfA(size_t(nA), -1);
    std::vector<int> partnerOfB(size_t(nB), -1);
    std::vector<Candidate> accepted;

    auto skew = [&](int a, int b) { return std::abs(double(a) / std::max(1, nA) - double(b) / std::max(1, nB)); };
    auto assess = [&](int a, int b, Candidate *out) {
        if (sameTokens(da, a, db, b)) {
            *out = { 1.0, skew(a, b), a, b, SentencePair::Identical };
            return true;
        }
        const SimilarityDetail d = features.compare(documentA, a, documentB, b);
        if (d.similarity < m_options.changed || (d.sharedTerms < 2 && !d.sharedFigure))
            return false;
        *out = { d.similarity, skew(a, b), a, b,
            d.similarity >= m_options.paraphrase ? SentencePair::Paraphrase : SentencePair::Changed };
        return true;
    };
    auto take = [&](const Candidate &c) {
        partnerOfA[size_t(c.a)] = c.b;
        partnerOfB[size_t(c.b)] = c.a;
        accepted.push_back(c);
    };

    // 1. Identical sentences, in order, by fingerprint.
    QHash<quint64, QList<int>> byFingerprint;
    for (int a = 0; a < nA; ++a)
        byFingerprint[features.vector(documentA, a).fingerprint].append(a);
    for (int b = 0; b < nB; ++b) {
        auto it = byFingerprint.find(features.vector(documentB, b).fingerprint);
        if (it == byFingerprint.end())
            continue;
        for (qsizetype k = 0; k < it->size(); ++k) {
            const int a = it->at(k);
            if (sameTokens(da, a, db, b)) {
                take({ 1.0, skew(a, b), a, b, SentencePair::Identical });
                it->removeAt(k);
                break;
            }
        }
    }

    // 2. Candidates from an inverted index over A's terms; very common terms are skipped.
    std::vector<std::vector<std::pair<int, float>>> postings(size_t(features.termCount()));
    for (int a = 0; a < nA; ++a)
        if (partnerOfA[size_t(a)] < 0)
            for (const auto &[term, w] : features.vector(documentA, a).terms)
                postings[size_t(term)].emplace_back(a, w);
    const size_t cap = size_t(std::max(48.0, 2.0 * std::sqrt(double(nA))));
    std::vector<float> score(size_t(nA), 0.f);
    std::vector<int> touched;
    std::vector<Candidate> candidates;
    for (int b = 0; b < nB; ++b) {
        if (partnerOfB[size_t(b)] >= 0)
            continue;
        touched.clear();
        for (const auto &[term, w] : features.vector(documentB, b).terms) {
            const auto &list = postings[size_t(term)];
            if (list.size() > cap)
                continue;
            for (const auto &[a, wa] : list) {
                if (score[size_t(a)] == 0.f)
                    touched.push_back(a);
                score[size_t(a)] += w * wa;
            }
        }
        const size_t k = std::min(touched.size(), size_t(m_options.candidates));
        std::partial_sort(touched.begin(), touched.begin() + qsizetype(k), touched.end(),
            [&](int x, int y) { return score[size_t(x)] > score[size_t(y)]; });
        for (size_t i = 0; i < k; ++i) {
            Candidate c;
            // Far behind the best partial score: cannot win, skip the full comparison.
            if (score[size_t(touched[i])] < 0.3f * score[size_t(touched[0])])
                break;
            if (assess(touched[i], b, &c))
                candidates.push_back(c);
        }
        for (int a : touched)
            score[size_t(a)] = 0.f;
    }

    // 3. Greedy best-first assignment.
    // A small bonus for pairs at similar relative places picks, among near-equal candidates (a
    // rewrite that repeats a fact in its summary), the one that keeps the texts in step.
    auto rank = [](const Candidate &c) { return c.similarity + 0.1 * (1.0 - c.skew); };
    std::sort(candidates.begin(), candidates.end(),
        [&](const Candidate &x, const Candidate &y) { return rank(x) > rank(y); });
    for (const Candidate &c : candidates)
        if (partnerOfA[size_t(c.a)] < 0 && partnerOfB[size_t(c.b)] < 0)
            take(c);

    // 4. Sentences of common words only get no index candidates: try the neighbours' partners.
    for (bool changed = true; changed;) {
        changed = false;
        for (int b = 0; b < nB; ++b) {
            if (partnerOfB[size_t(b)] >= 0)
                continue;
            for (const auto &[nb, step] : { std::pair { b - 1, 1 }, std::pair { b + 1, -1 } }) {
                if (nb < 0 || nb >= nB || partnerOfB[size_t(nb)] < 0)
                    continue;
                const int a = partnerOfB[size_t(nb)] + step;
                Candidate c;
                if (a >= 0 && a < nA && partnerOfA[size_t(a)] < 0 && assess(a, b, &c)) {
                    take(c);
                    changed = true;
                    break;
                }
            }
        }
    }

    SentenceAlignment out;
    std::sort(accepted.begin(), accepted.end(), [](const Candidate &x, const Candidate &y) { return x.a < y.a; });
    for (const Candidate &c : accepted) {
        SentencePair p;
        p.a = c.a;
        p.b = c.b;
        p.kind = c.kind;
        p.similarity = c.similarity;
        out.pairs.append(p);
    }
    markMoved(&out.pairs);
    for (int a = 0; a < nA; ++a)
        if (partnerOfA[size_t(a)] < 0)
            out.onlyA.append(a);
    for (int b = 0; b < nB; ++b)
        if (partnerOfB[size_t(b)] < 0)
            out.onlyB.append(b);
    return out;
}

void SentenceAligner::markMoved(QList<SentencePair> *pairs)
{
    // Longest strictly increasing subsequence of b over pairs in a order (patience sorting).
    const qsizetype n = pairs->size();
    std::vector<int> tails;
    std::vector<int> previous(size_t(n), -1);
    for (int i = 0; i < n; ++i) {
        const int b = (*pairs)[i].b;
        auto it = std::lower_bound(
            tails.begin(), tails.end(), b, [&](int idx, int value) { return (*pairs)[idx].b < value; });
        if (it != tails.begin())
            previous[size_t(i)] = *(it - 1);
        if (it == tails.end())
            tails.push_back(i);
        else
            *it = i;
    }
    std::vector<bool> inChain(size_t(n), false);
    for (int at = tails.empty() ? -1 : tails.back(); at >= 0; at = previous[size_t(at)])
        inChain[size_t(at)] = true;
    for (int i = 0; i < n; ++i)
        (*pairs)[i].moved = !inChain[size_t(i)];
}

} // namespace crossread
