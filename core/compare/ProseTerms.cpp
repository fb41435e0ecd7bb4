#include "compare/ProseTerms.h"

#include "compare/ProseCorpus.h"
#include "compare/ProseTokenizer.h"
#include "compare/Stemmer.h"
#include "compare/WordLists.h"
#include "compare/WordNet.h"

#include <algorithm>
#include <thread>
#include <cmath>
#include <cstring>

namespace crossread {

namespace {

// Figure terms are compact keys, not text: '#', the unit or 'D' for a date, and the value's bits.
// A megabyte of news holds thousands of distinct figures, and formatting each costs.
QString valueKey(QChar kind, QChar unit, double value)
{
    quint64 bits = 0;
    static_assert(sizeof bits == sizeof value);
    std::memcpy(&bits, &value, sizeof bits);
    QString key(6, Qt::Uninitialized);
    key[0] = kind;
    key[1] = unit;
    for (int i = 0; i < 4; ++i)
        key[2 + i] = QChar(char16_t(bits >> (16 * i)));
    return key;
}

// The figure as a reader rounds it, for every figure (so "$14 billion" meets the rounded
// "$14.3 billion"): two significant digits as an integer mantissa and a power of ten, or the
// year of a date.
QString coarseKey(const ProseToken &t)
{
    if (t.figureKind == FigureKind::Date)
        return valueKey(u'~', u'D', std::floor(t.value / 10000));
    if (t.value == 0 || !std::isfinite(t.value))
        return valueKey(u'~', QChar(char16_t(u'a' + t.unitCode)), 0);
    int exponent = int(std::floor(std::log10(std::abs(t.value)))) - 1;
    double mantissa = std::round(t.value / std::pow(10.0, exponent));
    if (std::abs(mantissa) >= 100) { // 99.6 rounds up a digit
        mantissa = std::round(mantissa / 10);
        ++exponent;
    }
    return valueKey(u'~', QChar(char16_t(u'a' + t.unitCode)), mantissa * 1000 + exponent);
}

bool startsCapitalised(QStringView word)
{
    return !word.isEmpty() && word.front().isUpper();
}

} // namespace

QString ProseTerms::figureKey(const ProseToken &t)
{
    if (t.figureKind == FigureKind::Date)
        return valueKey(u'#', u'D', t.value);
    return valueKey(u'#', QChar(char16_t(u'a' + t.unitCode)), t.value);
}

QString ProseTerms::lightStem(const QString &folded)
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

ProseTerms::ProseTerms(const ProseCorpus &corpus, const SimilarityOptions &options)
    : m_corpus(corpus)
    , m_options(options)
{
    buildTokenTerms();
}

int ProseTerms::intern(const QString &key, Kind kind)
{
    auto it = m_ids.constFind(key);
    if (it != m_ids.constEnd())
        return it.value();
    const int id = int(m_keys.size());
    m_ids.insert(key, id);
    m_keys.push_back(key);
    m_kinds.push_back(kind);
    m_senses.emplace_back();
    m_rounded.push_back(-1);
    return id;
}

QString ProseTerms::wordKey(const QString &folded) const
{
    if (!m_options.snowballStems)
        return lightStem(folded);
    thread_local Stemmer stemmer;
    return stemmer.stem(folded);
}

void ProseTerms::buildTokenTerms()
{
    const int ids = m_corpus.idCount();
    m_termOfId.assign(size_t(ids), -1);
    m_coarseOfId.assign(size_t(ids), -1);
    m_capitalOfId.assign(size_t(ids), 0);
    const WordNet &wordNet = WordNet::system();
    const bool synonyms = m_options.synonyms && wordNet.isAvailable();

    // Stems and senses of each distinct word: the costly part (a megabyte of prose has tens of
    // thousands of distinct tokens), free of shared state, so large vocabularies use two threads.
    std::vector<QString> keyOfId(static_cast<size_t>(ids));
    std::vector<QList<quint32>> sensesOfId(static_cast<size_t>(ids));
    const auto read = [&](int from, int to) {
        for (int id = from; id < to; ++id) {
            const ProseToken &token = m_corpus.idToken(id);
            if (token.kind != ProseToken::Word)
                continue;
            const QStringView text = m_corpus.idText(id);
            const QString folded = ProseTokenizer::foldedWord(text);
            const bool stop = WordLists::isStopword(folded);
            if (startsCapitalised(text))
                m_capitalOfId[size_t(id)] = stop ? 2 : 1;
            if (stop)
                continue;
            keyOfId[size_t(id)] = wordKey(folded);
            if (synonyms && !folded.isEmpty() && folded.front().isLetter())
                sensesOfId[size_t(id)] = wordNet.senses(folded, m_options.synonymSenses);
        }
    };
    const int half = ids > kParallelVocabulary ? ids / 2 : ids;
    std::thread helper;
    if (half < ids)
        helper = std::thread(read, half, ids);
    read(0, half);
    if (helper.joinable())
        helper.join();

    for (int id = 0; id < ids; ++id) {
        const ProseToken &token = m_corpus.idToken(id);
        if (token.kind == ProseToken::Figure) {
            m_termOfId[size_t(id)] = intern(figureKey(token), Figure);
            if (m_options.figureValues)
                if (const QString coarse = coarseKey(token); !coarse.isEmpty())
                    m_coarseOfId[size_t(id)] = intern(coarse, Figure);
            continue;
        }
        if (keyOfId[size_t(id)].isEmpty())
            continue;
        const int term = intern(keyOfId[size_t(id)], Word);
        m_termOfId[size_t(id)] = term;
        if (!sensesOfId[size_t(id)].isEmpty()) {
            std::vector<uint32_t> &senses = m_senses[size_t(term)];
            senses.insert(senses.end(), sensesOfId[size_t(id)].begin(), sensesOfId[size_t(id)].end());
            std::sort(senses.begin(), senses.end());
            senses.erase(std::unique(senses.begin(), senses.end()), senses.end());
        }
    }
    if (m_options.figureValues)
        linkRoundedFigures();
}

// Only towards figures some text states: a rounded value nobody gives has nothing to meet.
void ProseTerms::linkRoundedFigures()
{
    for (int id = 0; id < m_corpus.idCount(); ++id) {
        const ProseToken &token = m_corpus.idToken(id);
        if (token.kind != ProseToken::Figure || token.figureKind == FigureKind::Date || token.value == 0
            || !std::isfinite(token.value))
            continue;
        // Powers of ten below one are inexact: divide by their inverse instead.
        const int exponent = token.precisionExponent + 1;
        const double rounded = exponent >= 0
            ? std::round(token.value / std::pow(10.0, exponent)) * std::pow(10.0, exponent)
            : std::round(token.value * std::pow(10.0, -exponent)) / std::pow(10.0, -exponent);
        if (rounded == token.value || rounded == 0)
            continue;
        ProseToken coarser = token;
        coarser.value = rounded;
        const auto it = m_ids.constFind(figureKey(coarser));
        if (it != m_ids.constEnd())
            m_rounded[size_t(m_termOfId[size_t(id)])] = it.value();
    }
}

void ProseTerms::collect(int document, int first, int count, std::vector<int> *out)
{
    const ProseDocument &doc = m_corpus.document(document);
    for (int t = first; t < first + count; ++t) {
        const int id = doc.ids[size_t(t)];
        if (m_termOfId[size_t(id)] >= 0)
            out->push_back(m_termOfId[size_t(id)]);
        if (m_coarseOfId[size_t(id)] >= 0)
            out->push_back(m_coarseOfId[size_t(id)]);
    }
    if (!m_options.entities)
        return;
    // Names: maximal runs of capitalised words, without function words at either end ("The New
    // York Times" is "new york times"); every stretch of two to four of their words is a term,
    // so "Scale AI" in "Scale AI CEO" still meets "Scale AI".
    thread_local std::vector<int> name;
    name.clear();
    const auto flush = [&] {
        while (!name.empty() && m_capitalOfId[size_t(name.back())] == 2)
            name.pop_back();
        if (name.size() >= 2) {
            for (size_t i = 0; i + 1 < name.size(); ++i) {
                QString key = u'@' + ProseTokenizer::foldedWord(m_corpus.idText(name[i]));
                for (size_t j = i + 1; j < name.size() && j < i + 4; ++j) {
                    key += u' ' + ProseTokenizer::foldedWord(m_corpus.idText(name[j]));
                    out->push_back(intern(key, Entity));
                }
            }
        }
        name.clear();
    };
    for (int t = first; t < first + count; ++t) {
        const int id = doc.ids[size_t(t)];
        const uint8_t capital = m_capitalOfId[size_t(id)];
        if (doc.tokens[t].kind != ProseToken::Word || capital == 0) {
            flush();
            continue;
        }
        // A function word inside a name ("Bank of America") is kept, at the start dropped.
        if (capital == 2 && name.empty())
            continue;
        name.push_back(id);
    }
    flush();
}

} // namespace crossread
