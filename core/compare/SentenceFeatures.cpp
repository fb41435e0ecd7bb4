#include "compare/SentenceFeatures.h"

#include "compare/ProseCorpus.h"
#include "compare/ProseTokenizer.h"
#include "compare/WordLists.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace crossread {

namespace {

// 16 bits are plenty: a sentence has a few hundred trigrams, so chance collisions barely move
// the cosine, and half the memory is half the page faults on a megabyte text.
uint16_t gramHash(QChar a, QChar b, QChar c)
{
    uint32_t h = 2166136261u;
    for (QChar ch : { a, b, c })
        h = (h ^ ch.unicode()) * 16777619u;
    return uint16_t(h ^ (h >> 16));
}

QString figureTerm(const ProseToken &t)
{
    if (t.figureKind == FigureKind::Date)
        return u'#' + t.dateValue();
    return QStringLiteral("#%1:%2").arg(t.unit(), QString::number(t.value, 'g', 12));
}

} // namespace

QString SentenceFeatures::stem(const QString &folded)
{
    QString w = folded;
    if (w.endsWith(QLatin1String("'s")))
        w.chop(2);
    else if (w.endsWith(u'\''))
        w.chop(1);
    const auto chopIf = [&w](QLatin1StringView suffix, qsizetype minStem) {
        if (w.size() - suffix.size() >= minStem && w.endsWith(suffix)) {
            w.chop(suffix.size());
            return true;
        }
        return false;
    };
    if (chopIf(QLatin1StringView("ies"), 3))
        w += u'y';
    else if (!chopIf(QLatin1StringView("ment"), 4) && !chopIf(QLatin1StringView("ing"), 3)
        && !chopIf(QLatin1StringView("ed"), 3) && !chopIf(QLatin1StringView("ly"), 4)
        && !w.endsWith(QLatin1String("ss")))
        chopIf(QLatin1StringView("s"), 3);
    if (w.size() > 3 && w.endsWith(u'e'))
        w.chop(1);
    return w;
}

SentenceFeatures::SentenceFeatures(const ProseCorpus &corpus, const QList<int> &documents)
    : m_corpus(corpus)
{
    buildTokenInfo();
    m_documentSlot.assign(size_t(corpus.count()), -1);
    for (int d : documents)
        m_documentSlot[size_t(d)] = int(m_vectors.size()), m_vectors.emplace_back();

    // Term frequencies per sentence, and document frequencies over all sentences.
    std::vector<int> df(m_termIsFigure.size(), 0);
    std::vector<int> lastSeen(m_termIsFigure.size(), -1);
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
            std::vector<int> terms;
            for (int t = first; t < first + count; ++t) {
                const int id = doc.ids[size_t(t)];
                fp = (fp ^ uint64_t(id + 1)) * 0x100000001b3ULL;
                const int term = m_termOfId[size_t(id)];
                if (term >= 0)
                    terms.push_back(term);
            }
            v.fingerprint = fp ^ uint64_t(count);
            std::sort(terms.begin(), terms.end());
            for (size_t i = 0; i < terms.size();) {
                size_t j = i;
                while (j < terms.size() && terms[j] == terms[i])
                    ++j;
                v.terms.emplace_back(terms[i], float(j - i)); // raw tf for now
                if (lastSeen[size_t(terms[i])] != sentenceSerial) {
                    lastSeen[size_t(terms[i])] = sentenceSerial;
                    ++df[size_t(terms[i])];
                }
                i = j;
            }
        }
    }
    // BM25's IDF keeps rare terms decisive without letting ubiquitous ones go negative.
    const double n = sentenceSerial;
    m_idf.resize(df.size());
    for (size_t t = 0; t < df.size(); ++t)
        m_idf[t] = float(std::log(1.0 + (n - df[t] + 0.5) / (df[t] + 0.5)));
    for (auto &vectors : m_vectors) {
        for (SentenceVector &v : vectors) {
            double norm = 0;
            for (auto &[term, w] : v.terms) {
                w = float((1.0 + std::log(double(w))) * m_idf[size_t(term)]);
                norm += double(w) * w;
            }
            norm = std::sqrt(norm);
            if (norm > 0)
                for (auto &tw : v.terms)
                    tw.second = float(tw.second / norm);
        }
    }
}

void SentenceFeatures::buildTokenInfo()
{
    QHash<QString, int> termIds;
    const int ids = m_corpus.idCount();
    m_termOfId.assign(size_t(ids), -1);
    m_gramsOfId.resize(size_t(ids));
    for (int id = 0; id < ids; ++id) {
        const ProseToken &token = m_corpus.idToken(id);
        if (token.kind == ProseToken::Punct)
            continue;
        const QString folded = ProseTokenizer::foldedWord(m_corpus.idText(id));
        if (token.kind == ProseToken::Word && WordLists::isStopword(folded))
            continue;
        const QString term = token.kind == ProseToken::Figure ? figureTerm(token) : stem(folded);
        auto it = termIds.constFind(term);
        if (it == termIds.constEnd()) {
            it = termIds.insert(term, int(m_termIsFigure.size()));
            m_termIsFigure.push_back(token.kind == ProseToken::Figure);
        }
        m_termOfId[size_t(id)] = it.value();
        // Trigrams of the padded word: " ab", "abc", ..., "yz ".
        const QString padded = u' ' + folded + u' ';
        auto &grams = m_gramsOfId[size_t(id)];
        for (qsizetype i = 0; i + 2 < padded.size(); ++i)
            grams.push_back(gramHash(padded[i], padded[i + 1], padded[i + 2]));
    }
}

const SentenceVector &SentenceFeatures::vector(int document, int sentence) const
{
    return m_vectors[size_t(m_documentSlot[size_t(document)])][size_t(sentence)];
}

// Trigrams are built on first use: identical sentences, often most of a text, never need them.
void SentenceFeatures::ensureGrams(int document, int sentence) const
{
    SentenceVector &v = m_vectors[size_t(m_documentSlot[size_t(document)])][size_t(sentence)];
    if (v.gramsReady)
        return;
    v.gramsReady = true;
    const ProseDocument &doc = m_corpus.document(document);
    const int first = doc.sentenceFirstToken[size_t(sentence)];
    const int count = doc.sentenceTokenCount[size_t(sentence)];
    for (int t = first; t < first + count; ++t) {
        const auto &g = m_gramsOfId[size_t(doc.ids[size_t(t)])];
        v.grams.insert(v.grams.end(), g.begin(), g.end());
    }
    std::sort(v.grams.begin(), v.grams.end());
    double norm = 0;
    for (size_t i = 0; i < v.grams.size();) {
        size_t j = i;
        while (j < v.grams.size() && v.grams[j] == v.grams[i])
            ++j;
        norm += double(j - i) * double(j - i);
        i = j;
    }
    v.gramNorm = float(std::sqrt(norm));
}

SimilarityDetail SentenceFeatures::compare(int documentA, int a, int documentB, int b) const
{
    ensureGrams(documentA, a);
    ensureGrams(documentB, b);
    return compare(vector(documentA, a), vector(documentB, b));
}

int SentenceFeatures::sentenceCount(int document) const
{
    return int(m_vectors[size_t(m_documentSlot[size_t(document)])].size());
}

SimilarityDetail SentenceFeatures::compare(const SentenceVector &a, const SentenceVector &b) const
{
    SimilarityDetail out;
    double termDot = 0;
    for (size_t i = 0, j = 0; i < a.terms.size() && j < b.terms.size();) {
        if (a.terms[i].first < b.terms[j].first) {
            ++i;
        } else if (a.terms[i].first > b.terms[j].first) {
            ++j;
        } else {
            termDot += double(a.terms[i].second) * b.terms[j].second;
            ++out.sharedTerms;
            out.sharedFigure = out.sharedFigure || m_termIsFigure[size_t(a.terms[i].first)];
            ++i;
            ++j;
        }
    }
    double gramDot = 0;
    for (size_t i = 0, j = 0; i < a.grams.size() && j < b.grams.size();) {
        if (a.grams[i] < b.grams[j]) {
            ++i;
        } else if (a.grams[i] > b.grams[j]) {
            ++j;
        } else {
            const uint16_t g = a.grams[i];
            size_t ci = 0, cj = 0;
            while (i < a.grams.size() && a.grams[i] == g)
                ++i, ++ci;
            while (j < b.grams.size() && b.grams[j] == g)
                ++j, ++cj;
            gramDot += double(ci) * double(cj);
        }
    }
    const double gramCos = (a.gramNorm > 0 && b.gramNorm > 0) ? gramDot / (double(a.gramNorm) * b.gramNorm) : 0;
    out.similarity = std::clamp(0.6 * termDot + 0.4 * gramCos, 0.0, 1.0);
    return out;
}

} // namespace crossread
