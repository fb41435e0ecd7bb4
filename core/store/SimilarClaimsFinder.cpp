#include "store/SimilarClaimsFinder.h"

#include "compare/ClaimVerifier.h"
#include "compare/ComparableText.h"
#include "compare/ProseCorpus.h"
#include "compare/SentenceFeatures.h"
#include "domain/CodePoints.h"
#include "store/ArticleStore.h"
#include "store/ClaimIndex.h"
#include "store/Database.h"

#include <QObject>

#include <algorithm>

namespace crossread {

namespace {

// Sentences the project's IDF weights are read from: enough for stable weights, few enough to
// read in a few milliseconds.
constexpr int kFrequencySample = 20000;
// The passage's rarest terms are asked for, up to this many and while their postings stay
// within the budget, which bounds the time the index takes to rank them: a term in tens of
// thousands of sentences finds nothing in particular, so a passage made only of such terms
// (in a large project) is asked about none.
constexpr int kQueryTerms = 16;
constexpr qint64 kPostingBudget = 20000;

// The terms to ask the index for: the rarest first.
std::vector<quint32> queryTerms(const std::vector<quint32> &terms, const QHash<quint32, int> &frequency)
{
    std::vector<std::pair<int, quint32>> byRarity;
    for (quint32 t : terms)
        byRarity.emplace_back(frequency.value(t), t);
    std::sort(byRarity.begin(), byRarity.end());
    std::vector<quint32> out;
    qint64 postings = 0;
    for (const auto &[df, t] : byRarity) {
        if (df == 0)
            continue; // in no sentence: not even the passage's own article is indexed
        if (postings + df > kPostingBudget || int(out.size()) >= kQueryTerms)
            break;
        postings += df;
        out.push_back(t);
    }
    return out;
}

} // namespace

bool SimilarClaim::conflicts() const
{
    return std::any_of(figures.cbegin(), figures.cend(),
        [](const FigureComparison &f) { return f.status == FigureComparison::Conflict; });
}

bool SimilarClaim::agrees() const
{
    return !figures.isEmpty() && !conflicts();
}

const DocumentFrequencies &SimilarClaimsFinder::frequencies()
{
    ClaimIndex index(m_db);
    const qint64 count = index.sentenceCount();
    // Taken again when the project has grown by a tenth since.
    if (m_frequenciesOf < 0 || count > m_frequenciesOf + m_frequenciesOf / 10 || count < m_frequenciesOf) {
        m_frequencies = DocumentFrequencies::fromTermHashes(index.sampleTerms(kFrequencySample));
        m_frequenciesOf = count;
    }
    return m_frequencies;
}

SimilarClaims SimilarClaimsFinder::find(qint64 articleId, qint64 start, qint64 end, int limit)
{
    SimilarClaims out;
    out.articleId = articleId;
    ArticleStore articles(m_db);
    ClaimIndex index(m_db);
    bool found = false;
    const Article article = articles.article(articleId, &found);
    if (!found) {
        out.error = QObject::tr("no article %1 in %2").arg(articleId).arg(m_db.path());
        return out;
    }
    const QString text = comparableText(article);

    // The passage: every sentence the range touches (a cursor: the sentence it is in).
    QList<TermSentence> sentences;
    if (index.isIndexed(articleId)) {
        for (const IndexedSentence &s : index.sentences(articleId))
            sentences.append({ s.ordinal, s.start, s.end, s.terms });
    } else {
        sentences = ClaimTerms::of(text);
    }
    std::vector<quint32> terms;
    for (const TermSentence &s : std::as_const(sentences)) {
        const bool touched = start == end ? (s.start <= start && start < s.end) : (s.start < end && s.end > start);
        if (!touched || (out.sentences.count > 0 && out.sentences.count >= kMaxPassage))
            continue;
        if (out.sentences.count == 0)
            out.sentences = { s.ordinal, 0 };
        out.sentences.count = s.ordinal - out.sentences.first + 1;
        terms.insert(terms.end(), s.terms.begin(), s.terms.end());
    }
    if (out.sentences.count == 0) {
        out.error = QObject::tr("article %1 has no sentence at %2–%3").arg(articleId).arg(start).arg(end);
        return out;
    }
    std::sort(terms.begin(), terms.end());
    terms.erase(std::unique(terms.begin(), terms.end()), terms.end());

    const QList<IndexedSentence> candidates
        = index.candidates(queryTerms(terms, index.sentenceFrequencies(terms)), articleId, kCandidates);
    out.candidates = int(candidates.size());

    // Of each candidate's article only the stretch around its candidates is read and compared
    // (a claim may run into the next sentence, or begin in the one before): the verification
    // then costs what the candidates hold, not what their articles do.
    struct Stretch
    {
        qint64 articleId = 0;
        SentenceRun ordinals; // of the article's sentences
        qint64 offset = 0; // code point of the article where the stretch begins
        int document = -1;
    };
    QList<Stretch> stretches;
    QHash<qint64, SentenceRun> wanted; // article -> ordinals its candidates span
    QList<qint64> others;
    for (const IndexedSentence &c : candidates) {
        auto it = wanted.find(c.articleId);
        if (it == wanted.end()) {
            others << c.articleId;
            wanted.insert(c.articleId, { c.ordinal, 1 });
            continue;
        }
        const int first = std::min(it->first, c.ordinal);
        const int last = std::max(it->last(), c.ordinal);
        *it = { first, last - first + 1 };
    }
    QList<QString> texts { text };
    for (qint64 id : std::as_const(others)) {
        const SentenceRun run = wanted.value(id);
        Stretch s;
        s.articleId = id;
        qint64 end = 0;
        if (!index.stretch(id, std::max(0, run.first - 1), run.last() + 1, &s.ordinals, &s.offset, &end))
            continue;
        bool present = false;
        const Article other = articles.article(id, &present);
        if (!present)
            continue;
        const QString whole = comparableText(other);
        texts << CodePoints(whole).mid(whole, s.offset, end);
        s.document = int(texts.size()) - 1;
        stretches << s;
    }
    ProseCorpus corpus;
    const QList<int> documents = corpus.addAll(texts);
    const SentenceFeatures features(corpus, documents, {}, &frequencies());
    const ClaimVerifier verifier(features);
    const ProseDocument &passageDoc = corpus.document(documents[0]);
    if (out.sentences.end() > int(passageDoc.sentences.size())) {
        out.error = QObject::tr("the sentence index of article %1 is out of date").arg(articleId);
        return out;
    }
    out.start = passageDoc.sentence(out.sentences.first).start;
    out.end = passageDoc.sentence(out.sentences.last()).end;
    out.text = passageDoc.codePoints.mid(passageDoc.text, out.start, out.end);

    QList<SimilarClaim> verified;
    QHash<qint64, int> stretchOf;
    for (int i = 0; i < stretches.size(); ++i) {
        // A stretch split otherwise than its article was (text changed since it was indexed)
        // cannot say which sentence is which: it is left out.
        if (features.sentenceCount(documents[stretches[i].document]) == stretches[i].ordinals.count)
            stretchOf.insert(stretches[i].articleId, i);
    }
    for (const IndexedSentence &c : candidates) {
        const auto found = stretchOf.constFind(c.articleId);
        if (found == stretchOf.constEnd())
            continue;
        const Stretch &stretch = stretches[*found];
        const int doc = documents[stretch.document];
        const std::optional<VerifiedClaim> v
            = verifier.verify(documents[0], out.sentences, doc, c.ordinal - stretch.ordinals.first);
        if (!v)
            continue;
        SimilarClaim claim;
        claim.articleId = c.articleId;
        claim.sentences = { v->run.first + stretch.ordinals.first, v->run.count };
        const ProseDocument &d = corpus.document(doc);
        const qint64 start = d.sentence(v->run.first).start;
        const qint64 end = d.sentence(v->run.last()).end;
        claim.text = d.codePoints.mid(d.text, start, end);
        claim.start = stretch.offset + start;
        claim.end = stretch.offset + end;
        claim.kind = v->kind;
        claim.similarity = v->match.similarity;
        claim.supportPassage = v->match.supportA;
        claim.supportOther = v->match.supportB;
        claim.figures = verifier.compareFigures(documents[0], out.sentences, doc, v->run);
        for (FigureComparison &f : claim.figures)
            f.bStart += stretch.offset;
        verified.append(claim);
    }
    // Best first; of runs that overlap in one article (two candidates next to each other), the best.
    std::stable_sort(verified.begin(), verified.end(), [](const SimilarClaim &x, const SimilarClaim &y) {
        return x.similarity != y.similarity ? x.similarity > y.similarity : x.articleId < y.articleId;
    });
    for (const SimilarClaim &c : std::as_const(verified)) {
        const bool overlaps = std::any_of(out.claims.cbegin(), out.claims.cend(), [&c](const SimilarClaim &k) {
            return k.articleId == c.articleId && k.sentences.first < c.sentences.end()
                && c.sentences.first < k.sentences.end();
        });
        if (!overlaps)
            out.claims.append(c);
        if (out.claims.size() >= limit)
            break;
    }
    return out;
}

} // namespace crossread
