#include "store/SimilarClaimsFinder.h"

#include "compare/ClaimVerifier.h"
#include "compare/ComparableText.h"
#include "compare/ProseCorpus.h"
#include "compare/SentenceFeatures.h"
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
// within the budget: a term in a fifth of the project's sentences finds nothing in particular.
constexpr int kQueryTerms = 16;
constexpr qint64 kPostingBudget = 40000;

// The terms to ask the index for: the rarest first, at least two.
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
        if (out.size() >= 2 && (postings + df > kPostingBudget || int(out.size()) >= kQueryTerms))
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

    // The candidates' articles, read whole: a claim may run into the next sentence.
    QList<qint64> others;
    for (const IndexedSentence &c : candidates)
        if (!others.contains(c.articleId))
            others << c.articleId;
    QList<QString> texts { text };
    for (qint64 id : std::as_const(others))
        texts << comparableText(articles.article(id));
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
    for (const IndexedSentence &c : candidates) {
        const int doc = documents[int(others.indexOf(c.articleId)) + 1];
        if (c.ordinal >= features.sentenceCount(doc))
            continue; // indexed from another version of the text
        const std::optional<VerifiedClaim> v = verifier.verify(documents[0], out.sentences, doc, c.ordinal);
        if (!v)
            continue;
        SimilarClaim claim;
        claim.articleId = c.articleId;
        claim.sentences = v->run;
        const ProseDocument &d = corpus.document(doc);
        claim.start = d.sentence(v->run.first).start;
        claim.end = d.sentence(v->run.last()).end;
        claim.text = d.codePoints.mid(d.text, claim.start, claim.end);
        claim.kind = v->kind;
        claim.similarity = v->match.similarity;
        claim.supportPassage = v->match.supportA;
        claim.supportOther = v->match.supportB;
        claim.figures = verifier.compareFigures(documents[0], out.sentences, doc, v->run);
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
