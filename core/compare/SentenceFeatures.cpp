#include "compare/SentenceFeatures.h"

#include "compare/DocumentFrequencies.h"
#include "compare/ProseCorpus.h"

#include <algorithm>
#include <cmath>

namespace crossread {

namespace {

// A run of sentences as one set of terms: a view of one sentence's vector, or of their union.
struct Bag
{
    const std::pair<int, float> *terms = nullptr;
    size_t termCount = 0;
    const uint32_t *senses = nullptr;
    size_t senseCount = 0;
    float total = 0;
};

Bag bagOf(const SentenceVector &v)
{
    return { v.terms.data(), v.terms.size(), v.senses.data(), v.senses.size(), v.total };
}

struct Scratch
{
    std::vector<std::pair<int, float>> terms;
    std::vector<uint32_t> senses;
};

void ensureSenses(const SentenceVector &constVector, const ProseTerms &terms)
{
    auto &v = const_cast<SentenceVector &>(constVector); // a cache, not a change of meaning
    if (v.sensesReady)
        return;
    v.sensesReady = true;
    for (const auto &tw : v.terms) {
        const auto &senses = terms.senses(tw.first);
        v.senses.insert(v.senses.end(), senses.begin(), senses.end());
    }
    std::sort(v.senses.begin(), v.senses.end());
    v.senses.erase(std::unique(v.senses.begin(), v.senses.end()), v.senses.end());
}

Bag unite(const std::vector<SentenceVector> &vectors, SentenceRun run, Scratch *s)
{
    if (run.count == 1)
        return bagOf(vectors[size_t(run.first)]);
    s->terms.clear();
    s->senses.clear();
    for (int i = run.first; i < run.end(); ++i) {
        const SentenceVector &v = vectors[size_t(i)];
        s->terms.insert(s->terms.end(), v.terms.begin(), v.terms.end());
        s->senses.insert(s->senses.end(), v.senses.begin(), v.senses.end());
    }
    std::sort(s->terms.begin(), s->terms.end());
    // A term in two sentences of the run counts once (with its weight, the same in both).
    s->terms.erase(
        std::unique(s->terms.begin(), s->terms.end(), [](const auto &x, const auto &y) { return x.first == y.first; }),
        s->terms.end());
    std::sort(s->senses.begin(), s->senses.end());
    s->senses.erase(std::unique(s->senses.begin(), s->senses.end()), s->senses.end());
    float total = 0;
    for (const auto &tw : s->terms)
        total += tw.second;
    return { s->terms.data(), s->terms.size(), s->senses.data(), s->senses.size(), total };
}

// Does y state figure term `term` rounded ("$6 billion" for "$6.2 billion"), or more precisely
// (the other way round)? One of the two is stated one digit coarser than the other.
bool roundsTogether(int term, const Bag &y, const ProseTerms &terms)
{
    const int rounded = terms.roundedTerm(term);
    const auto less = [](const std::pair<int, float> &tw, int t) { return tw.first < t; };
    if (rounded >= 0) {
        const auto *it = std::lower_bound(y.terms, y.terms + y.termCount, rounded, less);
        if (it != y.terms + y.termCount && it->first == rounded)
            return true;
    }
    for (size_t k = 0; k < y.termCount; ++k)
        if (terms.roundedTerm(y.terms[k].first) == term)
            return true;
    return false;
}

} // namespace

SentenceFeatures::SentenceFeatures(const ProseCorpus &corpus, const QList<int> &documents,
    const SimilarityOptions &options, const DocumentFrequencies *frequencies)
    : m_corpus(corpus)
    , m_options(options)
    , m_terms(std::make_unique<ProseTerms>(corpus, options))
{
    m_documentSlot.assign(size_t(corpus.count()), -1);
    for (int d : documents)
        m_documentSlot[size_t(d)] = int(m_vectors.size()), m_vectors.emplace_back();

    std::vector<int> sentenceFrequency;
    std::vector<int> lastSeen;
    std::vector<int> found;
    int sentenceSerial = 0;
    for (int d : documents) {
        const ProseDocument &doc = corpus.document(d);
        auto &vectors = m_vectors[size_t(m_documentSlot[size_t(d)])];
        vectors.resize(size_t(doc.sentences.size()));
        for (int s = 0; s < int(doc.sentences.size()); ++s, ++sentenceSerial) {
            SentenceVector &v = vectors[size_t(s)];
            const int first = doc.sentenceFirstToken[size_t(s)];
            const int count = doc.sentenceTokenCount[size_t(s)];
            uint64_t fp = 0xcbf29ce484222325ULL;
            for (int t = first; t < first + count; ++t)
                fp = (fp ^ uint64_t(doc.ids[size_t(t)] + 1)) * 0x100000001b3ULL;
            v.fingerprint = fp ^ uint64_t(count);
            bool ended = false;
            for (int t = first + count - 1; t >= first && doc.tokens[t].kind == ProseToken::Punct; --t) {
                const QStringView punct = doc.tokens[t].text(doc.text);
                v.question = v.question || punct.contains(u'?');
                for (QChar c : punct)
                    ended = ended || c == u'.' || c == u'!' || c == u'?' || c == u'\u2026';
            }
            v.heading = !ended && count > 0;
            found.clear();
            m_terms->collect(d, first, count, &found);
            std::sort(found.begin(), found.end());
            found.erase(std::unique(found.begin(), found.end()), found.end());
            if (size_t(m_terms->termCount()) > sentenceFrequency.size()) {
                sentenceFrequency.resize(size_t(m_terms->termCount()), 0);
                lastSeen.resize(size_t(m_terms->termCount()), -1);
            }
            v.terms.reserve(found.size());
            for (int term : found) {
                v.terms.emplace_back(term, 1.f);
                if (lastSeen[size_t(term)] != sentenceSerial) {
                    lastSeen[size_t(term)] = sentenceSerial;
                    ++sentenceFrequency[size_t(term)];
                }
            }
        }
    }

    // BM25's IDF keeps rare terms decisive without letting ubiquitous ones go negative. Over the
    // sentences compared it says what tells sentences of these texts apart; over a project's
    // articles, what is common in the analyst's sources ("model" in AI news). With a project the
    // weight is the geometric mean of both: either alone aligns worse on the gold pairs.
    const auto idf = [](double n, double df) { return std::log(1.0 + (n - std::min(df, n) + 0.5) / (df + 0.5)); };
    const bool fromProject = frequencies && !frequencies->isEmpty();
    m_idf.resize(size_t(m_terms->termCount()), 1.f);
    for (size_t t = 0; t < m_idf.size() && m_options.idf; ++t) {
        const double local = idf(sentenceSerial, t < sentenceFrequency.size() ? sentenceFrequency[t] : 0);
        m_idf[t] = float(!fromProject
                ? local
                : std::sqrt(local * idf(frequencies->documents(), frequencies->frequency(m_terms->key(int(t))))));
    }
    for (auto &vectors : m_vectors) {
        for (SentenceVector &v : vectors) {
            v.total = 0;
            for (auto &[term, w] : v.terms) {
                w = m_idf[size_t(term)];
                v.total += w;
            }
        }
    }
}

SentenceFeatures::~SentenceFeatures() = default;

const SentenceVector &SentenceFeatures::vector(int document, int sentence) const
{
    return m_vectors[size_t(m_documentSlot[size_t(document)])][size_t(sentence)];
}

int SentenceFeatures::wordCount(const SentenceVector &v) const
{
    int n = 0;
    for (const auto &tw : v.terms)
        n += m_terms->kind(tw.first) != ProseTerms::Entity ? 1 : 0;
    return n;
}

int SentenceFeatures::sentenceCount(int document) const
{
    return int(m_vectors[size_t(m_documentSlot[size_t(document)])].size());
}

bool SentenceFeatures::sameTokens(int documentA, SentenceRun a, int documentB, SentenceRun b) const
{
    const ProseDocument &da = m_corpus.document(documentA);
    const ProseDocument &db = m_corpus.document(documentB);
    const auto range = [](const ProseDocument &d, SentenceRun r) {
        const int first = d.sentenceFirstToken[size_t(r.first)];
        const int end = d.sentenceFirstToken[size_t(r.last())] + d.sentenceTokenCount[size_t(r.last())];
        return std::pair { first, end };
    };
    const auto [a0, a1] = range(da, a);
    const auto [b0, b1] = range(db, b);
    return a1 - a0 == b1 - b0 && std::equal(da.ids.begin() + a0, da.ids.begin() + a1, db.ids.begin() + b0);
}

RunMatch SentenceFeatures::match(int documentA, SentenceRun a, int documentB, SentenceRun b) const
{
    thread_local Scratch scratchA;
    thread_local Scratch scratchB;
    const auto &va = m_vectors[size_t(m_documentSlot[size_t(documentA)])];
    const auto &vb = m_vectors[size_t(m_documentSlot[size_t(documentB)])];
    if (m_options.synonyms) {
        for (int i = a.first; i < a.end(); ++i)
            ensureSenses(va[size_t(i)], *m_terms);
        for (int i = b.first; i < b.end(); ++i)
            ensureSenses(vb[size_t(i)], *m_terms);
    }
    const Bag bagA = unite(va, a, &scratchA);
    const Bag bagB = unite(vb, b, &scratchB);
    const bool synonyms = m_options.synonyms;
    const double synonymWeight = m_options.synonymWeight;
    const ProseTerms &terms = *m_terms;

    // Weight of x's terms found in y: exact terms in full, synonyms in part.
    const auto covered = [&](const Bag &x, const Bag &y, int *shared, bool *figure) {
        double sum = 0;
        size_t j = 0;
        for (size_t i = 0; i < x.termCount; ++i) {
            const int term = x.terms[i].first;
            while (j < y.termCount && y.terms[j].first < term)
                ++j;
            if (j < y.termCount && y.terms[j].first == term) {
                sum += x.terms[i].second;
                if (shared)
                    ++*shared;
                if (figure && terms.kind(term) == ProseTerms::Figure)
                    *figure = true;
                continue;
            }
            if (terms.kind(term) == ProseTerms::Figure && roundsTogether(term, y, terms)) {
                sum += x.terms[i].second;
                if (figure)
                    *figure = true;
                continue;
            }
            if (!synonyms || y.senseCount == 0)
                continue;
            for (uint32_t key : terms.senses(term)) {
                if (std::binary_search(y.senses, y.senses + y.senseCount, key)) {
                    sum += synonymWeight * x.terms[i].second;
                    break;
                }
            }
        }
        return sum;
    };

    RunMatch m;
    if (bagA.total <= 0 || bagB.total <= 0)
        return m;
    m.supportA = std::min(1.0, covered(bagA, bagB, &m.sharedTerms, &m.sharedFigure) / bagA.total);
    m.supportB = std::min(1.0, covered(bagB, bagA, nullptr, nullptr) / bagB.total);
    m.similarity = m.supportA + m.supportB > 0 ? 2 * m.supportA * m.supportB / (m.supportA + m.supportB) : 0;
    const auto weakest = [&](const std::vector<SentenceVector> &vectors, SentenceRun run, const Bag &other) {
        double low = 1;
        for (int i = run.first; run.count > 1 && i < run.end(); ++i) {
            const Bag member = bagOf(vectors[size_t(i)]);
            low = std::min(low, member.total > 0 ? covered(member, other, nullptr, nullptr) / member.total : 0.0);
        }
        return low;
    };
    m.weakestA = weakest(va, a, bagB);
    m.weakestB = weakest(vb, b, bagA);
    return m;
}

} // namespace crossread
