#include "figures/FigurePhrases.h"

#include <algorithm>
#include <cstring>

namespace crossread {

namespace {

using L = FigureLexicon;

constexpr int kMaxPhraseWords = 8;
constexpr int kMaxNameTokens = 14;
constexpr int kBenchmarkLookBack = 60;

// Nouns that end like participles or adverbs.
const char *const kNounExceptions[] = {
    "speed",
    "breed",
    "greed",
    "funding",
    "financing",
    "spending",
    "offering",
    "listing",
    "pricing",
    "rating",
    "ranking",
    "training",
    "building",
    "meeting",
    "housing",
    "marketing",
    "advertising",
    "computing",
    "reasoning",
    "writing",
    "coding",
    "ceiling",
    "setting",
    "opening",
    "planning",
    "hearing",
    "filing",
    "warning",
    "ruling",
    "holding",
    "shipping",
    "hiring",
    "family",
    "supply",
    "ally",
    "monopoly",
    "assembly",
    "rally",
    "anomaly",
    "reply",
};

bool endsWith(QStringView w, const char *suffix)
{
    const qsizetype n = qsizetype(std::strlen(suffix));
    if (w.size() < n)
        return false;
    for (qsizetype k = 0; k < n; ++k) {
        if (w[w.size() - n + k] != QLatin1Char(suffix[k]))
            return false;
    }
    return true;
}

} // namespace

bool FigurePhrases::isContentWord(const FigureTokens &t, int i)
{
    const FigureToken &tok = t.at(i);
    if (tok.type != FigureToken::Word)
        return false;
    constexpr quint32 notContent
        = L::Stop | L::Determiner | L::NumberWord | L::ScaleWord | L::PercentWord | L::CurrencyName | L::Weekday;
    if (tok.has(notContent))
        return false;
    if (tok.capital && tok.has(L::Month))
        return false;
    return true;
}

bool FigurePhrases::isPluralNoun(const FigureTokens &t, int i)
{
    const FigureToken &tok = t.at(i);
    if (tok.type != FigureToken::Word || tok.has(L::Stop))
        return false;
    if (tok.has(L::PluralNoun))
        return true;
    const QStringView w = t.view(i);
    if (w.size() < 3 || w.back() != u's')
        return false;
    const QChar before = w[w.size() - 2];
    return before != u's' && before != u'u' && before != u'i';
}

bool FigurePhrases::isNameWord(const FigureTokens &t, int i)
{
    const FigureToken &tok = t.at(i);
    if (tok.type != FigureToken::Word || !(tok.capital || tok.upper))
        return false;
    return !tok.has(L::Stop | L::Determiner | L::Month | L::Weekday);
}

// Inside a name a capitalised function word may continue it when another name word follows:
// "Humanity's Last Exam".
bool FigurePhrases::continuesName(const FigureTokens &t, int i)
{
    if (isNameWord(t, i))
        return true;
    const FigureToken &tok = t.at(i);
    return tok.type == FigureToken::Word && tok.capital && !tok.has(L::Determiner | L::Month | L::Weekday)
        && !t.glued(i + 1) && isNameWord(t, i + 1);
}

bool FigurePhrases::isVerbLike(const FigureTokens &t, int i)
{
    const FigureToken &tok = t.at(i);
    if (tok.type != FigureToken::Word || tok.capital)
        return false;
    const QStringView w = t.view(i);
    const bool suspicious = (w.size() > 4 && endsWith(w, "ed")) || (w.size() > 5 && endsWith(w, "ing"))
        || (w.size() > 4 && endsWith(w, "ly"));
    if (!suspicious)
        return false;
    for (const char *noun : kNounExceptions) {
        if (w == QLatin1String(noun))
            return false;
    }
    return true;
}

TokenSpan FigurePhrases::name(const FigureTokens &t, int i)
{
    if (!isNameWord(t, i))
        return {};
    int last = t.compoundEnd(i);
    for (int count = 1; count < kMaxNameTokens; ++count) {
        const int j = last + 1;
        if (t.glued(j)) {
            if (t.isPossessive(j) && continuesName(t, j + 2) && !t.glued(j + 2)) {
                last = j + 1;
                continue;
            }
            if (t.isWord(j) || t.isNumber(j)) {
                last = t.compoundEnd(j);
                continue;
            }
            if ((t.isSymbol(j, u'.') || t.isDash(j) || t.isSymbol(j, u'+')) && t.glued(j + 1)
                && (t.isWord(j + 1) || t.isNumber(j + 1))) {
                last = t.compoundEnd(j + 1);
                continue;
            }
            break;
        }
        if (continuesName(t, j)) {
            last = t.compoundEnd(j);
            continue;
        }
        if (t.isNumber(j) && !t.isSymbol(j + 1, u'%') && !t.has(j + 1, L::ScaleWord | L::PercentWord | L::DurationUnit)
            && !isPluralNoun(t, j + 1)) {
            last = j;
            continue;
        }
        if ((t.wordIs(j, "v") || t.wordIs(j, "version")) && t.isNumber(j + 1)) {
            last = j + 1;
            continue;
        }
        if ((t.wordIs(j, "of") || t.isSymbol(j, u'&')) && isNameWord(t, j + 1)) {
            last = t.compoundEnd(j + 1);
            continue;
        }
        break;
    }
    return { i, last };
}

TokenSpan FigurePhrases::nameBefore(const FigureTokens &t, int i)
{
    int first = -1;
    int j = i;
    for (int count = 0; count < kMaxNameTokens; ++count) {
        if (!t.isWord(j))
            break;
        const int s = t.compoundStart(j);
        if (!isNameWord(t, s))
            break;
        first = s;
        j = s - 1;
        if (t.glued(s))
            break;
    }
    return first >= 0 ? TokenSpan { first, i } : TokenSpan {};
}

TokenSpan FigurePhrases::benchmarkAfter(const FigureTokens &t, int i)
{
    if (!t.wordIs(i, "on") || t.glued(i + 1))
        return {};
    int j = i + 1;
    if (t.wordIs(j, "the"))
        ++j;
    return name(t, j);
}

TokenSpan FigurePhrases::benchmarkBefore(const FigureTokens &t, int i)
{
    for (int j = i - 1; j >= 0 && j >= i - kBenchmarkLookBack; --j) {
        if (t.isSentenceEnd(j))
            break;
        if (t.wordIs(j, "on")) {
            const TokenSpan s = benchmarkAfter(t, j);
            if (s.isValid() && s.last < i)
                return s;
        }
    }
    return {};
}

TokenSpan FigurePhrases::nounPhrase(const FigureTokens &t, int i, int maxWords, bool pluralHead)
{
    maxWords = std::min(maxWords, kMaxPhraseWords);
    int starts[kMaxPhraseWords];
    int ends[kMaxPhraseWords];
    int words = 0;
    int start = i;
    int j = i;
    while (words < maxWords && isContentWord(t, j) && !t.isPossessive(j - 1)) {
        if (words > 0 && t.glued(j))
            break;
        const int e = t.compoundEnd(j);
        if (e > j && t.has(j, L::DurationUnit) && t.has(e, L::DurationUnit)) {
            if (words > 0)
                break;
            start = j = e + 1; // "year-over-year" says how, not what
            continue;
        }
        starts[words] = j;
        ends[words] = e;
        ++words;
        if (pluralHead && isPluralNoun(t, e))
            return { start, e };
        j = e + 1;
    }
    if (pluralHead)
        return {};
    while (words > 0 && starts[words - 1] == ends[words - 1] && isVerbLike(t, ends[words - 1]))
        --words;
    return words > 0 ? TokenSpan { start, ends[words - 1] } : TokenSpan {};
}

TokenSpan FigurePhrases::nounPhraseBefore(const FigureTokens &t, int i, int maxWords)
{
    int first = -1;
    int words = 0;
    int j = i;
    while (words < maxWords) {
        if (t.isWord(j) && !t.isPossessive(j - 1)) {
            const int s = t.compoundStart(j);
            if (isContentWord(t, s)) {
                if (words == 0 && isVerbLike(t, j))
                    return {};
                first = s;
                ++words;
                j = s - 1;
                if (t.glued(s))
                    break;
                continue;
            }
        }
        if (words > 0 && t.has(j, L::Connector) && !t.glued(j) && isContentWord(t, j - 1) && !t.isPossessive(j - 2)) {
            --j;
            continue;
        }
        break;
    }
    return first >= 0 ? TokenSpan { first, i } : TokenSpan {};
}

TokenSpan FigurePhrases::complement(const FigureTokens &t, int i, bool namesOnly)
{
    if (!t.isWord(i))
        return {};
    int j = i + 1;
    if (t.has(j, L::Determiner)) {
        if (namesOnly && !t.wordIs(j, "the"))
            return {};
        ++j;
    }
    TokenSpan s = name(t, j);
    if (!s.isValid() && !namesOnly)
        s = nounPhrase(t, j, 3, false);
    return s.isValid() ? TokenSpan { i, s.last } : TokenSpan {};
}

} // namespace crossread
