#pragma once
// Splits prose into words, punctuation and figures. Whitespace is not a token: the gaps between
// tokens carry it, which is what lets the diff treat re-wrapped text as unchanged.
#include "compare/ProseToken.h"

#include <QList>
#include <QStringView>

namespace crossread {

class ProseTokenizer
{
public:
    // Tokens in text order; every non-space character belongs to exactly one token.
    QList<ProseToken> tokenize(QStringView text) const;

    // A word that runs across a line end through a hyphen ("con-\ntrolled").
    static bool isLineBroken(QStringView word);
    // Such a word without its line break: "controlled", or "well-known" with keepHyphen.
    static QString joinedWord(QStringView word, bool keepHyphen);
    // The form words are compared in for alignment: lower case, typographic apostrophes unified.
    static QString foldedWord(QStringView word);
    // "U.S", "e.g", "a.m": single letters joined by dots (the final dot not included).
    static bool isDottedInitials(QStringView word);
};

} // namespace crossread
