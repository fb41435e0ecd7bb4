#include "figures/QuantityMatcher.h"

#include "figures/CurrencyReader.h"
#include "figures/DateMatcher.h"
#include "figures/FigureLabeler.h"
#include "figures/FigurePhrases.h"
#include "figures/FigureQualifiers.h"
#include "figures/NumberReader.h"
#include "figures/RankMatcher.h"

namespace crossread {

namespace {

using L = FigureLexicon;

// "Users" at a sentence start counts the same things as "users"; "GPUs" keeps its case.
QString countedUnit(QStringView head)
{
    bool innerUpper = false;
    for (qsizetype k = 1; k < head.size(); ++k)
        innerUpper = innerUpper || head[k].isUpper();
    return innerUpper ? head.toString() : head.toString().toLower();
}

} // namespace

bool QuantityMatcher::match(const FigureTokens &t, int i, FigureMatch *out)
{
    const FigureToken &tok = t.at(i);
    if (tok.type == FigureToken::Number)
        return matchNumber(t, i, out);
    if (tok.type == FigureToken::Symbol)
        return CurrencyReader::symbol(tok.ch) && matchMoney(t, i, out);
    if (tok.type != FigureToken::Word)
        return false;
    if (tok.lex) {
        const quint32 flags = tok.lex->flags;
        if ((flags & L::NumberWord) || ((flags & L::Determiner) && t.has(i + 1, L::ScaleWord | L::NumberWord))) {
            if (matchNumber(t, i, out))
                return true;
        }
        if (flags & L::Ordinal) {
            NumberCore core;
            core.first = core.last = i;
            core.value = tok.lex->value;
            core.ordinal = true;
            if (RankMatcher::match(t, core, out))
                return true;
        }
        if (flags & L::CurrencyCode)
            return matchMoney(t, i, out);
        if (tok.capital && t.wordIs(i, "no"))
            return RankMatcher::matchNumberSign(t, i, out);
    }
    if (tok.upper && t.isSymbol(i + 1, u'$') && t.glued(i + 1))
        return matchMoney(t, i, out);
    return false;
}

bool QuantityMatcher::matchMoney(const FigureTokens &t, int i, FigureMatch *out)
{
    int currencyLast = -1;
    const int currency = CurrencyReader::before(t, i, &currencyLast);
    const int n = currencyLast + 1;
    if (!currency || !t.isNumber(n))
        return false;
    NumberCore core;
    if (!NumberReader::read(t, n, true, &core) || core.ordinal)
        return false;
    NumberCore second;
    double low = core.value;
    const bool range = NumberReader::readRange(t, core, i, currency, &second, &low);
    out->kind = FigureKind::Money;
    out->value = range ? (low + second.value) / 2 : core.value;
    out->unit = FigureLexicon::currencyCode(currency);
    out->last = range ? second.last : core.last;
    const int first = applyQualifier(t, i, range, out);
    out->label = FigureLabeler::money(t, first, out->last);
    applyTrailingQualifier(t, out);
    return true;
}

int QuantityMatcher::applyQualifier(const FigureTokens &t, int figureFirst, bool range, FigureMatch *out)
{
    if (range && t.wordIs(figureFirst - 1, "between")) {
        out->first = figureFirst - 1;
        out->qualifier = Qualifier::About;
        return out->first;
    }
    const FigureQualifiers::Found q = FigureQualifiers::before(t, figureFirst);
    if (q.first >= 0) {
        out->first = q.first;
        out->qualifier = q.qualifier;
    } else {
        out->first = figureFirst;
        out->qualifier = range ? Qualifier::About : Qualifier::Exact;
    }
    return out->first;
}

void QuantityMatcher::applyTrailingQualifier(const FigureTokens &t, FigureMatch *out)
{
    const FigureQualifiers::Found q = FigureQualifiers::after(t, out->last + 1);
    if (q.last < 0)
        return;
    if (out->qualifier == Qualifier::Exact)
        out->qualifier = q.qualifier;
    out->last = q.last;
}

bool QuantityMatcher::scoreVerbBefore(const FigureTokens &t, int first)
{
    const int p = first - 1;
    if (t.has(p, L::ScoreVerb))
        return true;
    return (t.wordIs(p, "of") || t.wordIs(p, "a") || t.wordIs(p, "an")) && t.has(p - 1, L::ScoreVerb);
}

bool QuantityMatcher::matchNumber(const FigureTokens &t, int i, FigureMatch *out)
{
    NumberCore core;
    if (!NumberReader::read(t, i, false, &core))
        return false;
    if (core.ordinal)
        return RankMatcher::match(t, core, out);
    NumberCore second;
    double low = core.value;
    if (NumberReader::readRange(t, core, core.first, 0, &second, &low)) {
        FigureMatch m;
        if (classify(t, core, core.first, second.last, (low + second.value) / 2, true, &m)) {
            *out = m;
            return true;
        }
    }
    return classify(t, core, core.first, core.last, core.value, false, out);
}

bool QuantityMatcher::classify(const FigureTokens &t, const NumberCore &core, int first, int numberLast, double value,
    bool range, FigureMatch *out)
{
    FigureMatch m;
    m.value = value;
    int n = numberLast + 1;
    const FigureQualifiers::Found trailing = FigureQualifiers::after(t, n); // "1,000+ physicians"
    if (trailing.last >= 0)
        n = trailing.last + 1;
    auto qualify = [&](int last) {
        m.last = last;
        const int qualifierFirst = applyQualifier(t, first, range, &m);
        if (trailing.last >= 0 && m.qualifier == Qualifier::Exact)
            m.qualifier = trailing.qualifier;
        return qualifierFirst;
    };

    int percentLast = -1;
    QString percentUnit = QStringLiteral("%");
    if (t.isSymbol(n, u'%') || (t.has(n, L::PercentWord) && !t.glued(n))) {
        percentLast = n;
    } else if (t.wordIs(n, "per") && t.wordIs(n + 1, "cent")) {
        percentLast = n + 1;
    } else if (t.wordIs(n, "percentage") && (t.wordIs(n + 1, "points") || t.wordIs(n + 1, "point"))) {
        percentLast = n + 1;
        percentUnit = QStringLiteral("percentage points");
    }
    if (percentLast >= 0) {
        const int q = qualify(percentLast);
        if (FigurePhrases::benchmarkAfter(t, percentLast + 1).isValid() || scoreVerbBefore(t, q)) {
            m.kind = FigureKind::Score;
            m.unit = QStringLiteral("%");
            m.label = FigureLabeler::score(t, q, percentLast);
        } else {
            m.kind = FigureKind::Percent;
            m.unit = percentUnit;
            m.label = FigureLabeler::percent(t, q, percentLast);
        }
        *out = m;
        return true;
    }

    int currencyLast = n;
    if (const int currency = CurrencyReader::after(t, n, &currencyLast)) {
        const int q = qualify(currencyLast);
        m.kind = FigureKind::Money;
        m.unit = FigureLexicon::currencyCode(currency);
        m.label = FigureLabeler::money(t, q, currencyLast);
        applyTrailingQualifier(t, &m);
        *out = m;
        return true;
    }

    int unitToken = n;
    bool adjective = false;
    if (t.isDash(n) && t.glued(n) && t.glued(n + 1) && t.has(n + 1, L::DurationUnit)) {
        unitToken = n + 1;
        adjective = true; // "an 18-month delay"
    }
    if (t.has(unitToken, L::DurationUnit) && (adjective || !t.glued(unitToken))) {
        if (adjective && t.isDash(unitToken + 1) && t.glued(unitToken + 1) && t.wordIs(unitToken + 2, "old"))
            return false; // "a 19-year-old" is an age
        const int unit = t.at(unitToken).lex->unit;
        if (!core.digits && value == 1 && unit == L::Days)
            return false; // "one day" means some day
        qualify(unitToken);
        m.kind = FigureKind::Duration;
        m.unit = FigureLexicon::durationUnitName(unit);
        m.label = FigureLabeler::duration(t, unitToken, adjective);
        applyTrailingQualifier(t, &m);
        *out = m;
        return true;
    }

    if (!range && classifyYear(t, core, out))
        return true;

    int scoreLast = n - 1;
    if (t.wordIs(n, "points") || t.wordIs(n, "pts"))
        scoreLast = n;
    const bool benchmark = FigurePhrases::benchmarkAfter(t, scoreLast + 1).isValid();
    const TokenSpan counted = FigurePhrases::nounPhrase(t, n, 3, true);
    const FigureQualifiers::Found before = FigureQualifiers::before(t, first);
    const bool scoreVerb = scoreVerbBefore(t, before.first >= 0 ? before.first : first);
    if (benchmark || (scoreVerb && (scoreLast == n || !counted.isValid()))) {
        const int q = qualify(scoreLast);
        m.kind = FigureKind::Score;
        m.unit = QStringLiteral("points");
        m.label = FigureLabeler::score(t, q, scoreLast);
        *out = m;
        return true;
    }

    if (counted.isValid() && (core.digits || value != 1)) {
        qualify(counted.last);
        m.kind = FigureKind::Count;
        m.unit = countedUnit(t.view(t.compoundStart(counted.last), counted.last));
        TokenSpan label = counted;
        if (t.wordIs(counted.last + 1, "of")) {
            const TokenSpan c = FigurePhrases::complement(t, counted.last + 1, true);
            if (c.isValid())
                label.last = c.last; // "downloads of Llama"
        }
        m.label = t.phrase(label.first, label.last);
        applyTrailingQualifier(t, &m);
        *out = m;
        return true;
    }
    return false;
}

bool QuantityMatcher::classifyYear(const FigureTokens &t, const NumberCore &core, FigureMatch *out)
{
    if (!core.plainInteger || !core.digits || core.negative)
        return false;
    const int year = DateMatcher::readYear(t, core.last);
    if (!year)
        return false;
    int first = core.first;
    if (!core.hyphenPrefix) {
        int p = first - 1;
        if (t.has(p, L::DateModifier)) {
            first = p;
            --p;
        }
        if (!t.has(p, L::YearPreposition))
            return false;
    }
    FigureMatch m;
    DateMatcher::setDate(&m, year, 0, 0);
    m.first = first;
    m.last = core.last;
    *out = m;
    return true;
}

} // namespace crossread
