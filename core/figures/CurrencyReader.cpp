#include "figures/CurrencyReader.h"

namespace crossread {

namespace {

using L = FigureLexicon;

bool isAllUpper(QStringView w)
{
    for (QChar c : w) {
        if (!c.isUpper())
            return false;
    }
    return !w.isEmpty();
}

int dollarPrefix(QStringView w)
{
    if (w == u"US")
        return L::Usd;
    if (w == u"A" || w == u"AU")
        return L::Aud;
    if (w == u"C" || w == u"CA")
        return L::Cad;
    if (w == u"HK")
        return L::Hkd;
    if (w == u"S")
        return L::Sgd;
    if (w == u"NZ")
        return L::Nzd;
    if (w == u"R")
        return L::Brl;
    return 0;
}

// "USD", not "usd" or "Eur": codes are written in capitals, lower case is an ordinary word.
int code(const FigureTokens &t, int i)
{
    return t.has(i, L::CurrencyCode) && isAllUpper(t.view(i)) ? t.at(i).lex->unit : 0;
}

} // namespace

int CurrencyReader::symbol(char16_t c)
{
    switch (c) {
    case u'$':
        return L::Usd;
    case u'\u20AC':
        return L::Eur;
    case u'\u00A3':
        return L::Gbp;
    case u'\u00A5':
        return L::Jpy;
    case u'\u20B9':
        return L::Inr;
    case u'\u20A9':
        return L::Krw;
    default:
        return 0;
    }
}

int CurrencyReader::before(const FigureTokens &t, int i, int *last)
{
    const FigureToken &tok = t.at(i);
    *last = i;
    if (tok.type == FigureToken::Symbol)
        return symbol(tok.ch);
    if (tok.type != FigureToken::Word)
        return 0;
    if (t.isSymbol(i + 1, u'$') && t.glued(i + 1)) {
        if (t.glued(i) && (t.isWord(i - 1) || t.isNumber(i - 1)))
            return 0;
        *last = i + 1;
        return dollarPrefix(t.view(i));
    }
    return code(t, i);
}

int CurrencyReader::after(const FigureTokens &t, int i, int *last)
{
    if (t.glued(i))
        return 0;
    *last = i;
    if (t.has(i, L::CurrencyName))
        return t.at(i).lex->unit;
    if (t.wordIs(i, "us") && t.has(i + 1, L::CurrencyName)) {
        *last = i + 1;
        return t.at(i + 1).lex->unit;
    }
    return code(t, i);
}

} // namespace crossread
