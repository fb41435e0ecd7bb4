#include "compare/ProseTerms.h"

#include "compare/ProseCorpus.h"
#include "compare/ProseTokenizer.h"
#include "compare/Stemmer.h"
#include "compare/WordLists.h"
#include "compare/WordNet.h"

#include <algorithm>
#include <cmath>

namespace crossread {

namespace {

QString figureKey(const ProseToken &t)
{
    if (t.figureKind == FigureKind::Date)
        return u'#' + t.dateValue();
    return QStringLiteral("#%1:%2").arg(t.unit(), QString::number(t.value, 'g', 12));
}

// The figure as a reader rounds it: two significant digits, or the year of a date.
QString coarseKey(const ProseToken &t)
{
    if (t.figureKind == FigureKind::Date) {
        const QString year = t.dateValue().left(4);
        return year == t.dateValue() ? QString() : u'~' + year;
    }
    const QString rounded = QString::number(t.value, 'g', 2);
    const QString exact = QString::number(t.value, 'g', 12);
    if (rounded.toDouble() == exact.toDouble())
        return {}; // already that coarse: the exact term says it
    return QStringLiteral("~%1:%2").arg(t.unit(), QString::number(rounded.toDouble(), 'g', 12));
}

bool startsCapitalised(QStringView word)
{
    return !word.isEmpty() && word.front().isUpper();
}

} // namespace

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
    for (int id = 0; id < ids; ++id) {
        const ProseToken &token = m_corpus.idToken(id);
        if (token.kind == ProseToken::Punct)
            continue;
        if (token.kind == ProseToken::Figure) {
            m_termOfId[size_t(id)] = intern(figureKey(token), Figure);
            if (m_options.figureValues)
                if (const QString coarse = coarseKey(token); !coarse.isEmpty())
                    m_coarseOfId[size_t(id)] = intern(coarse, Figure);
            continue;
        }
        const QStringView text = m_corpus.idText(id);
        const QString folded = ProseTokenizer::foldedWord(text);
        const bool stop = WordLists::isStopword(folded);
        if (startsCapitalised(text))
            m_capitalOfId[size_t(id)] = stop ? 2 : 1;
        if (stop)
            continue;
        const int term = intern(wordKey(folded), Word);
        m_termOfId[size_t(id)] = term;
        if (synonyms && !folded.isEmpty() && folded.front().isLetter()) {
            std::vector<uint32_t> &senses = m_senses[size_t(term)];
            for (quint32 key : wordNet.senses(folded, m_options.synonymSenses))
                senses.push_back(key);
            std::sort(senses.begin(), senses.end());
            senses.erase(std::unique(senses.begin(), senses.end()), senses.end());
        }
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
