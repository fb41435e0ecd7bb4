#pragma once
// One token of an article as the figure extractor sees it: a run of letters, a number whose
// grouping and decimals are already read, one punctuation character, a line break, or an opaque
// stretch (a URL) whose digits must never become figures.
#include "figures/FigureLexicon.h"

#include <QtGlobal>

namespace crossread {

struct FigureToken
{
    enum Type : quint8 { Word, Number, Symbol, Break, Opaque };

    Type type = Symbol;
    bool spaceBefore = true; // whitespace or the start of the text precedes the token
    bool capital = false; // Word: the first letter is upper case
    bool upper = false; // Word: some letter is upper case ("iPhone", "GPT")
    bool grouped = false; // Number: written with thousands separators ("1,000")
    qint8 decimals = 0; // Number: digits after the decimal point
    qint8 intDigits = 0; // Number: digits before the decimal point
    char16_t ch = 0; // Symbol: the character
    qsizetype start = 0; // UTF-16 indices into the text, half-open
    qsizetype end = 0;
    double mantissa = 0; // Number: all digits read as one integer ("14.3" is 143)
    const LexEntry *lex = nullptr; // Word: the lexicon entry, if the word is known

    bool has(quint32 flag) const { return lex && (lex->flags & flag); }
};

} // namespace crossread
