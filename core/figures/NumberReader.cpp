#include "figures/NumberReader.h"

#include "figures/CurrencyReader.h"

#include <algorithm>
#include <cmath>

namespace crossread {

namespace {

using L = FigureLexicon;

bool isOrdinalSuffix(QStringView s)
{
    return s == u"st" || s == u"nd" || s == u"rd" || s == u"th";
}

bool isOpeningMark(char16_t c)
{
    switch (c) {
    case u'(':
    case u'[':
    case u'"':
    case u'\u201C':
    case u'*':
    case u'~':
    case u'+':
    case u'>':
    case u'<':
    case u'\u2248':
    case u'\u2014':
        return true;
    default:
        return false;
    }
}

bool isMinus(char16_t c)
{
    return c == u'-' || c == u'\u2212' || c == u'\u2013';
}

} // namespace

double NumberReader::compose(double mantissa, int exponent)
{
    static const double powers[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
        1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
    const int n = int(std::size(powers));
    if (exponent >= 0)
        return exponent < n ? mantissa * powers[exponent] : mantissa * std::pow(10.0, exponent);
    return -exponent < n ? mantissa / powers[-exponent] : mantissa / std::pow(10.0, -exponent);
}

int NumberReader::scaleSuffix(QStringView s)
{
    if (s.size() > 3)
        return 0;
    const QString lower = s.toString().toLower();
    if (lower == u"k")
        return 3;
    if (lower == u"m" || lower == u"mn" || lower == u"mln")
        return 6;
    if (lower == u"b" || lower == u"bn" || lower == u"bln")
        return 9;
    if (lower == u"t" || lower == u"tn" || lower == u"trn")
        return 12;
    return 0;
}

bool NumberReader::read(const FigureTokens &t, int i, bool currency, NumberCore *out, bool checkLeft)
{
    if (t.isWord(i))
        return readWords(t, i, out);
    if (!t.isNumber(i))
        return false;
    const FigureToken &tok = t.at(i);
    NumberCore c;
    c.first = i;
    c.last = i;
    c.digits = true;
    if (!currency && checkLeft && !leftContextAllows(t, i, &c))
        return false;
    if (isPhoneNumber(t, i))
        return false;

    int exponent = 0;
    const int n = i + 1;
    if (t.glued(n)) {
        const FigureToken &next = t.at(n);
        if (next.type == FigureToken::Word) {
            int e = 0;
            if (tok.decimals == 0 && !tok.grouped && isOrdinalSuffix(t.view(n))) {
                c.ordinal = true;
            } else if (currency && (e = scaleSuffix(t.view(n))) > 0) {
                exponent = e;
                c.scaled = true;
            } else {
                return false; // "4o", "70B", "5G", "10x", "1990s": names and other units
            }
            c.last = n;
            if (t.glued(n + 1) && (t.isWord(n + 1) || t.isNumber(n + 1)))
                return false;
        } else if (next.type == FigureToken::Symbol) {
            const char16_t ch = next.ch;
            const bool joiner = ch == u'/' || ch == u':' || ch == u'.' || ch == u',' || ch == u'@' || ch == u'_'
                || ch == u'\u2019' || ch == u'\'';
            if (joiner && t.glued(n + 1) && (t.isNumber(n + 1) || (t.isWord(n + 1) && ch != u'\u2019' && ch != u'\'')))
                return false; // "24/7", "9:24", "4.0.1", "1,00"
        } else if (next.type == FigureToken::Opaque) {
            return false;
        }
    }
    if (!c.scaled && !c.ordinal) {
        int previous = 0;
        for (int j = c.last + 1; !t.glued(j) && t.has(j, L::ScaleWord) && t.at(j).lex->value > previous; ++j) {
            previous = t.at(j).lex->value;
            exponent += previous;
            c.last = j;
            c.scaled = true;
        }
    }
    c.scaleExponent = exponent;
    c.value = compose(tok.mantissa, exponent - tok.decimals);
    c.plainInteger = !tok.grouped && tok.decimals == 0 && !c.scaled && !c.ordinal;
    if (c.negative)
        c.value = -c.value;
    *out = c;
    return true;
}

bool NumberReader::readRange(
    const FigureTokens &t, const NumberCore &core, int figureFirst, int currency, NumberCore *second, double *low)
{
    const int k = core.last + 1;
    const bool dash = t.isDash(k);
    const bool to = t.wordIs(k, "to") && !t.wordIs(figureFirst - 1, "from"); // "from 5 to 9" is a change
    const bool between = t.wordIs(figureFirst - 1, "between") && t.wordIs(k, "and");
    if (!dash && !to && !between)
        return false;
    int m = k + 1;
    int currencyLast = -1;
    if (currency && CurrencyReader::before(t, m, &currencyLast) == currency)
        m = currencyLast + 1;
    if (!(t.isNumber(m) || (!core.digits && t.isWord(m))))
        return false;
    if (!read(t, m, currency != 0, second, false) || second->ordinal || second->digits != core.digits)
        return false;
    double first = core.value;
    if (!core.scaled && second->scaled)
        first = compose(core.value, second->scaleExponent);
    if (first >= second->value)
        return false; // "3-2" is a result, not a range
    *low = first;
    return true;
}

bool NumberReader::readWords(const FigureTokens &t, int i, NumberCore *out)
{
    enum Part { None, Unit, Teen, Tens, Hundred, Scale };
    if (t.glued(i) && (t.isWord(i - 1) || t.isNumber(i - 1) || t.isDash(i - 1)))
        return false;
    // "Formula One", "step one": the number is part of a name.
    const FigureToken &prev = t.at(i - 1);
    if (prev.type == FigureToken::Word && !t.glued(i)
        && (prev.has(L::NamePrefix) || (t.at(i).capital && prev.upper && !prev.lex)))
        return false;

    int j = i;
    if (t.has(i, L::ScaleWord))
        return false; // a scale word needs a number or "a" before it
    if (t.wordIs(i, "a") || t.wordIs(i, "an")) {
        const bool spelledScale = t.has(i + 1, L::ScaleWord) && t.view(i + 1).size() > 3;
        if (!spelledScale && !t.wordIs(i + 1, "dozen"))
            return false;
        j = i + 1;
    }

    double total = 0;
    double current = 0;
    Part last = None;
    int lastScale = 100;
    int lastToken = -1;
    bool started = false;
    while (true) {
        if (started) {
            if (t.isDash(j) && t.glued(j) && t.glued(j + 1) && last == Tens && t.has(j + 1, L::NumberWord))
                ++j; // "twenty-five"
            else if (t.wordIs(j, "and") && last == Hundred && t.has(j + 1, L::NumberWord))
                ++j; // "two hundred and fifty"
            else if (t.glued(j))
                break;
        }
        const FigureToken &w = t.at(j);
        if (w.type != FigureToken::Word || !w.lex)
            break;
        const LexEntry &e = *w.lex;
        if ((e.flags & L::NumberWord) && t.wordIs(j, "dozen")) {
            if (last == Hundred || last == Scale)
                break;
            current = (current > 0 ? current : 1) * 12;
            last = Scale;
        } else if (e.flags & L::NumberWord) {
            const int v = e.value;
            if (v < 10 && (last == Unit || last == Teen))
                break;
            if (v >= 10 && last != None && last != Hundred && last != Scale)
                break;
            current += v;
            last = v < 10 ? Unit : (v < 20 ? Teen : Tens);
        } else if (e.flags & L::ScaleWord) {
            if (e.value == 2) {
                if (last == Hundred)
                    break;
                current = (current > 0 ? current : 1) * 100;
                last = Hundred;
            } else {
                if (e.value >= lastScale)
                    break;
                total += (current > 0 ? current : 1) * compose(1, e.value);
                current = 0;
                lastScale = e.value;
                last = Scale;
            }
        } else {
            break;
        }
        lastToken = j;
        started = true;
        ++j;
    }
    if (lastToken < 0)
        return false;
    NumberCore c;
    c.first = i;
    c.last = lastToken;
    c.value = total + current;
    c.scaled = lastScale < 100;
    c.scaleExponent = lastScale < 100 ? lastScale : 0;
    *out = c;
    return true;
}

bool NumberReader::leftContextAllows(const FigureTokens &t, int i, NumberCore *core)
{
    const int p = i - 1;
    const FigureToken &prev = t.at(p);
    if (t.glued(i)) {
        if (prev.type != FigureToken::Symbol)
            return false; // "v4", "GPT4", "Q1"
        if (isMinus(prev.ch)) {
            if (t.glued(p)) {
                // "mid-2025" is a year; "GPT-5", "COVID-19", "2025-26" are not figures.
                if (t.has(p - 1, L::DateModifier) && t.at(i).intDigits == 4 && t.isIntegerNumber(i)) {
                    core->hyphenPrefix = true;
                    core->first = p - 1;
                    return true;
                }
                return false;
            }
            if (t.isNumber(p - 1))
                return true; // "10 - 12": a range, read from its start
            if (prev.ch != u'\u2013') {
                core->negative = true;
                core->first = p;
            }
            return true;
        }
        return isOpeningMark(prev.ch);
    }
    if (prev.type == FigureToken::Word) {
        if (prev.has(L::NamePrefix))
            return false; // "version 4", "Gen 2", "phase 3"
        if (prev.upper && !prev.lex)
            return false; // "Llama 4", "Windows 11", "iPhone 16", "Ray-Ban Meta Gen 2"
    }
    return true;
}

bool NumberReader::isPhoneNumber(const FigureTokens &t, int i)
{
    const FigureToken &first = t.at(i);
    if (first.grouped || first.decimals > 0)
        return false;
    const bool plus = t.isSymbol(i - 1, u'+') && t.glued(i);
    const bool paren = t.isSymbol(i - 1, u'(') && t.glued(i) && t.isSymbol(i + 1, u')') && t.glued(i + 1);
    int groups = 1;
    int digits = first.intDigits;
    bool strong = plus || paren;
    int j = paren ? i + 1 : i;
    while (groups < 6) {
        const int k = j + 1;
        if ((t.isDash(k) || t.isSymbol(k, u'.')) && t.glued(k) && t.glued(k + 1) && t.isIntegerNumber(k + 1)
            && !t.at(k + 1).grouped) {
            j = k + 1;
            strong = true;
        } else if (t.isIntegerNumber(k) && !t.glued(k) && !t.at(k).grouped && (plus || paren)
            && t.at(k).intDigits <= 4) {
            j = k;
        } else {
            break;
        }
        ++groups;
        digits += t.at(j).intDigits;
    }
    return strong && groups >= 3 && digits >= 7 && digits <= 15;
}

} // namespace crossread
