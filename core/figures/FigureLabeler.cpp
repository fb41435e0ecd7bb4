#include "figures/FigureLabeler.h"

#include "figures/FigurePhrases.h"

namespace crossread {

namespace {

using L = FigureLexicon;
using P = FigurePhrases;

constexpr int kVerbLookBack = 10;
constexpr int kSubjectLookBack = 4;

QString phraseOf(const FigureTokens &t, TokenSpan s)
{
    return s.isValid() ? t.phrase(s.first, s.last) : QString();
}

// The phrase after a connector, without the connector and a leading determiner.
QString complementText(const FigureTokens &t, TokenSpan c)
{
    if (!c.isValid())
        return {};
    int first = c.first + 1;
    if (t.has(first, L::Determiner))
        ++first;
    return first <= c.last ? t.phrase(first, c.last) : QString();
}

bool isAuxiliary(const FigureTokens &t, int i)
{
    return t.has(i, L::Copula) || t.wordIs(i, "been") || t.wordIs(i, "being") || t.wordIs(i, "be") || t.wordIs(i, "has")
        || t.wordIs(i, "have") || t.wordIs(i, "had");
}

bool isModal(const FigureTokens &t, int i)
{
    for (const char *w : { "will", "would", "could", "can", "may", "might", "should", "shall", "must" }) {
        if (t.wordIs(i, w))
            return true;
    }
    return false;
}

bool isAdverb(const FigureTokens &t, int i)
{
    if (!t.isWord(i) || t.at(i).capital)
        return false;
    for (const char *w : { "also", "just", "already", "now", "reportedly", "still", "once" }) {
        if (t.wordIs(i, w))
            return true;
    }
    const QStringView w = t.view(i);
    return w.size() > 4 && w.endsWith(u"ly") && !t.has(i, L::Stop);
}

// "plans to raise", "is looking to spend": the verb that puts the money verb in the infinitive.
bool isIntentVerb(const FigureTokens &t, int i)
{
    for (const char *w : { "plan", "plans", "planned", "planning", "hope", "hopes", "hoped", "hoping", "aim", "aims",
             "aiming", "seek", "seeks", "seeking", "expects", "expected", "intends", "looking", "wants" }) {
        if (t.wordIs(i, w))
            return true;
    }
    return false;
}

// The token before the subject of the verb at i: back over auxiliaries, modals, adverbs and
// "plans to"; over ", which" to the name the clause is about ("Northwind AI, which raised").
int beforeVerb(const FigureTokens &t, int verb)
{
    int s = verb - 1;
    for (int k = 0; k < kSubjectLookBack; ++k) {
        if (isAuxiliary(t, s) || isModal(t, s) || isAdverb(t, s))
            --s;
        else if (t.wordIs(s, "to") && isIntentVerb(t, s - 1))
            s -= 2;
        else
            break;
    }
    if (t.wordIs(s, "which") && t.isSymbol(s - 1, u','))
        s -= 2;
    return s;
}

// A capitalised word that only opens a sentence ("Investors"), not a name with inner capitals ("OpenAI").
bool opensSentence(const FigureTokens &t, int i)
{
    const QStringView w = t.view(i);
    for (qsizetype k = 1; k < w.size(); ++k) {
        if (w[k].isUpper())
            return false;
    }
    return i == 0 || t.isSentenceEnd(i - 1) || t.at(i - 1).type == FigureToken::Break;
}

// A noun phrase plus its complement when the complement is a name: "investment in Scale AI".
QString nounPhraseWithName(const FigureTokens &t, int i, int maxWords)
{
    const TokenSpan np = P::nounPhrase(t, i, maxWords, false);
    if (!np.isValid())
        return {};
    TokenSpan whole = np;
    if (t.has(np.last + 1, L::Connector)) {
        const TokenSpan c = P::complement(t, np.last + 1, true);
        if (c.isValid())
            whole.last = c.last;
    }
    return phraseOf(t, whole);
}

} // namespace

QString FigureLabeler::money(const FigureTokens &t, int first, int last)
{
    const int p = first - 1;
    if (t.has(p, L::MoneyVerb))
        return moneyVerbBefore(t, first, last);
    // "raised a total of $6.6 billion": the verb is before the filler
    if (t.wordIs(p, "of") && (t.wordIs(p - 1, "total") || t.wordIs(p - 1, "sum"))) {
        const int verb = t.has(p - 2, L::Determiner) ? p - 3 : p - 2;
        if (t.has(verb, L::MoneyVerb))
            return moneyVerbBefore(t, verb + 1, last);
    }
    if (t.wordIs(p, "at") || t.wordIs(p, "for")) {
        const QString label = moneyVerbWithObject(t, first);
        if (!label.isEmpty())
            return label;
    }
    if (t.wordIs(p, "of")) {
        const TokenSpan np = P::nounPhraseBefore(t, p - 1, 4);
        if (np.isValid())
            return phraseOf(t, np);
    }
    QString label = nounPhraseWithName(t, last + 1, 3);
    if (!label.isEmpty())
        return label;
    if (t.wordIs(last + 1, "in")) {
        label = phraseOf(t, P::nounPhrase(t, last + 2, 2, false)); // "$5 billion in revenue"
        if (!label.isEmpty())
            return label;
    }
    label = copulaSubject(t, first);
    if (!label.isEmpty())
        return label;
    if (t.wordIs(p, "for"))
        return phraseOf(t, P::nounPhraseBefore(t, p - 1, 4));
    return {};
}

// A capitalised name right before the verb, its auxiliaries and adverbs. Empty for pronouns and
// common nouns, and for one capitalised plural opening a sentence ("Investors paid").
QString FigureLabeler::subjectName(const FigureTokens &t, int verb)
{
    const TokenSpan name = P::nameBefore(t, beforeVerb(t, verb));
    if (!name.isValid())
        return {};
    if (name.first == name.last && P::isPluralNoun(t, name.first) && opensSentence(t, name.first))
        return {};
    return phraseOf(t, name);
}

QString FigureLabeler::moneyVerbBefore(const FigureTokens &t, int first, int last)
{
    const int verb = t.at(first - 1).lex->value;
    const QString noun = FigureLexicon::moneyNoun(verb);
    const char *preposition = nullptr;
    switch (verb) {
    case L::Invest:
        preposition = "in";
        break;
    case L::Spend:
        preposition = "on";
        break;
    case L::Pay:
        preposition = "for";
        break;
    case L::Commit:
        preposition = "to";
        break;
    default:
        break;
    }
    if (preposition && t.wordIs(last + 1, preposition)) {
        const TokenSpan c = P::complement(t, last + 1, false);
        if (c.isValid())
            return noun + QLatin1Char(' ') + phraseOf(t, c);
    }
    // Without an object the bare noun says little; the company groups it across sources.
    const QString subject = subjectName(t, first - 1);
    return subject.isEmpty() ? noun : subject + QLatin1Char(' ') + noun;
}

// "valuing Scale AI at $29 billion", "Scale AI was valued at $29 billion",
// "acquired a 49% stake for $14 billion".
QString FigureLabeler::moneyVerbWithObject(const FigureTokens &t, int first)
{
    const int p = first - 1;
    const bool at = t.wordIs(p, "at");
    for (int k = p - 1; k >= 0 && k >= p - kVerbLookBack && !t.isSentenceEnd(k); --k) {
        if (!t.has(k, L::MoneyVerb))
            continue;
        const int verb = t.at(k).lex->value;
        if ((at && verb != L::Value) || (!at && verb != L::Acquire))
            return {};
        const QString noun = FigureLexicon::moneyNoun(verb);
        int objectFirst = k + 1;
        while (objectFirst < p && (t.wordIs(objectFirst, "a") || t.wordIs(objectFirst, "an")))
            ++objectFirst;
        if (objectFirst < p)
            return noun + QLatin1String(" of ") + t.phrase(objectFirst, p - 1);
        int s = k - 1;
        while (isAuxiliary(t, s))
            --s;
        if (s < k - 1) {
            const TokenSpan subject = P::nounPhraseBefore(t, s, 6);
            if (subject.isValid())
                return noun + QLatin1String(" of ") + phraseOf(t, subject);
        }
        return noun;
    }
    return {};
}

QString FigureLabeler::copulaSubject(const FigureTokens &t, int first)
{
    int p = first - 1;
    if (t.wordIs(p, "to") || t.wordIs(p, "at"))
        --p;
    if (!t.has(p, L::Copula))
        return {};
    int s = p - 1;
    while (isAuxiliary(t, s))
        --s;
    return phraseOf(t, P::nounPhraseBefore(t, s, 6));
}

QString FigureLabeler::percent(const FigureTokens &t, int first, int last)
{
    QString label = nounPhraseWithName(t, last + 1, 3);
    if (!label.isEmpty())
        return label;
    if (t.wordIs(last + 1, "of")) {
        // "40 per cent of developers use it": the group ends at its plural noun
        int j = last + 2;
        if (t.wordIs(j, "the"))
            ++j;
        label = phraseOf(t, P::nounPhrase(t, j, 3, true));
        if (label.isEmpty())
            label = complementText(t, P::complement(t, last + 1, false));
        if (!label.isEmpty())
            return label;
    }
    int p = first - 1;
    if (t.wordIs(p, "of")) {
        label = phraseOf(t, P::nounPhraseBefore(t, p - 1, 3)); // "a stake of 49%"
        if (!label.isEmpty())
            return label;
    }
    if (t.wordIs(p, "by"))
        --p;
    if (t.has(p, L::ChangeVerb)) {
        const QString noun = FigureLexicon::changeNoun(t.at(p).lex->unit);
        const QString subject = phraseOf(t, P::nounPhraseBefore(t, p - 1, 3));
        return subject.isEmpty() ? noun : subject + QLatin1Char(' ') + noun;
    }
    return copulaSubject(t, first);
}

QString FigureLabeler::score(const FigureTokens &t, int first, int last)
{
    int after = last + 1;
    if (t.wordIs(after, "points") || t.wordIs(after, "pts"))
        ++after;
    TokenSpan bench = P::benchmarkAfter(t, after);
    if (!bench.isValid())
        bench = P::benchmarkBefore(t, first);
    if (!bench.isValid()) {
        // "an MMLU score of 85"
        int p = first - 1;
        if (t.wordIs(p, "of"))
            --p;
        if (t.has(p, L::ScoreVerb))
            bench = P::nameBefore(t, p - 1);
    }
    return phraseOf(t, bench);
}

QString FigureLabeler::duration(const FigureTokens &t, int unitLast, bool adjective)
{
    const int n = unitLast + 1;
    if (adjective)
        return phraseOf(t, P::nounPhrase(t, n, 3, false)); // "an 18-month delay"
    if (t.wordIs(n, "of"))
        return phraseOf(t, P::nounPhrase(t, n + 1, 3, false)); // "nine months of work"
    return phraseOf(t, P::nounPhrase(t, n, 2, false));
}

QString FigureLabeler::rank(const FigureTokens &t, int last, bool overall)
{
    const int n = last + 1;
    if (t.wordIs(n, "in") || t.wordIs(n, "on") || t.wordIs(n, "among") || t.wordIs(n, "at")) {
        const QString label = complementText(t, P::complement(t, n, false));
        if (!label.isEmpty())
            return label;
    }
    return overall ? QStringLiteral("overall") : QString();
}

} // namespace crossread
