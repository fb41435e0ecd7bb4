#include "compare/ClaimTerms.h"

#include "compare/ProseCorpus.h"
#include "compare/ProseTerms.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace crossread {

namespace {

// A figure rounded to one digit coarser than it is stated, where that reads as the same amount
// (within 10%: "$6.2 billion" as "$6 billion", not "$14 billion" as "$10 billion"); 0 for none.
double roundedValue(const ProseToken &t)
{
    if (t.figureKind == FigureKind::Date || t.value == 0 || !std::isfinite(t.value))
        return 0;
    const int exponent = t.precisionExponent + 1;
    const double rounded = exponent >= 0 ? std::round(t.value / std::pow(10.0, exponent)) * std::pow(10.0, exponent)
                                         : std::round(t.value * std::pow(10.0, -exponent)) / std::pow(10.0, -exponent);
    if (rounded == 0 || rounded == t.value || std::abs(rounded - t.value) > 0.1 * std::abs(t.value))
        return 0;
    return rounded;
}

} // namespace

quint32 ClaimTerms::hash(QStringView key)
{
    quint32 h = 2166136261u;
    for (QChar c : key) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

namespace {

// "t" and the hash in base 36, as QString::number(hash, 36) writes it, from `to` on; returns
// the end. A project's import writes one per term of every sentence: no string per token.
char16_t *writeToken(char16_t *to, quint32 hash)
{
    char16_t digits[8];
    int n = 0;
    do {
        const quint32 d = hash % 36;
        digits[n++] = char16_t(d < 10 ? u'0' + d : u'a' + (d - 10));
        hash /= 36;
    } while (hash != 0);
    *to++ = u't';
    while (n > 0)
        *to++ = digits[--n];
    return to;
}

constexpr qsizetype kMaxToken = 8; // "t" and at most seven base-36 digits of 32 bits

} // namespace

QString ClaimTerms::token(quint32 hash)
{
    char16_t buffer[kMaxToken];
    return QString(reinterpret_cast<const QChar *>(buffer), writeToken(buffer, hash) - buffer);
}

QString ClaimTerms::tokens(const std::vector<quint32> &terms)
{
    QString out(qsizetype(terms.size()) * (kMaxToken + 1), Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(out.data());
    char16_t *to = begin;
    for (quint32 t : terms) {
        if (to != begin)
            *to++ = u' ';
        to = writeToken(to, t);
    }
    out.truncate(to - begin);
    return out;
}

QByteArray ClaimTerms::pack(const std::vector<quint32> &terms)
{
    QByteArray out(qsizetype(terms.size()) * 4, Qt::Uninitialized);
    for (size_t i = 0; i < terms.size(); ++i)
        qToLittleEndian(terms[i], out.data() + i * 4);
    return out;
}

std::vector<quint32> ClaimTerms::unpack(const QByteArray &blob)
{
    std::vector<quint32> out(size_t(blob.size() / 4));
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = qFromLittleEndian<quint32>(blob.constData() + i * 4);
    return out;
}

QList<TermSentence> ClaimTerms::of(const QString &text)
{
    ProseCorpus corpus;
    const int doc = corpus.add(text);
    SimilarityOptions options;
    options.synonyms = false;
    ProseTerms terms(corpus, options);
    const ProseDocument &d = corpus.document(doc);
    QList<TermSentence> out;
    out.reserve(d.sentences.size());
    std::vector<int> found;
    for (int s = 0; s < int(d.sentences.size()); ++s) {
        TermSentence sentence;
        sentence.ordinal = s;
        sentence.start = d.codePoints.fromUtf16(d.sentences[s].start);
        sentence.end = d.codePoints.fromUtf16(d.sentences[s].end);
        const int first = d.sentenceFirstToken[size_t(s)];
        const int count = d.sentenceTokenCount[size_t(s)];
        found.clear();
        terms.collect(doc, first, count, &found);
        for (int term : found)
            sentence.terms.push_back(hash(terms.key(term)));
        for (int t = first; t < first + count; ++t) {
            const ProseToken &token = d.tokens[t];
            if (token.kind != ProseToken::Figure)
                continue;
            if (const double rounded = roundedValue(token); rounded != 0) {
                ProseToken coarser = token;
                coarser.value = rounded;
                sentence.terms.push_back(hash(ProseTerms::figureKey(coarser)));
            }
        }
        std::sort(sentence.terms.begin(), sentence.terms.end());
        sentence.terms.erase(std::unique(sentence.terms.begin(), sentence.terms.end()), sentence.terms.end());
        out.append(std::move(sentence));
    }
    return out;
}

} // namespace crossread
