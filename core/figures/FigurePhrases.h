#pragma once
// Shallow phrase reading over FigureTokens: names ("Scale AI", "HealthBench Hard"), short noun
// phrases ("non-voting stake") and their complements ("in Scale AI"). Deliberately heuristic:
// labels only need to tell an analyst what a figure measures, not to parse English.
#include "figures/FigureTokens.h"

namespace crossread {

struct TokenSpan
{
    int first = -1;
    int last = -1; // inclusive
    bool isValid() const { return first >= 0 && last >= first; }
};

class FigurePhrases
{
public:
    // A word that can carry meaning in a noun phrase (not a function word, number or unit word).
    static bool isContentWord(const FigureTokens &t, int i);
    // Looks like a plural noun that counts things ("downloads", "people").
    static bool isPluralNoun(const FigureTokens &t, int i);
    // Can start a name: capitalised and not a function word, month or weekday.
    static bool isNameWord(const FigureTokens &t, int i);

    // The name starting at i: capitalised words, glued parts and version numbers.
    static TokenSpan name(const FigureTokens &t, int i);
    // The name ending at i.
    static TokenSpan nameBefore(const FigureTokens &t, int i);
    // "on [the] <name>" at i: the name.
    static TokenSpan benchmarkAfter(const FigureTokens &t, int i);
    // The nearest "on [the] <name>" in the sentence before token i.
    static TokenSpan benchmarkBefore(const FigureTokens &t, int i);

    // Up to maxWords content words from i. With pluralHead the phrase ends at its first plural
    // noun and is invalid without one; otherwise trailing participles and adverbs are dropped.
    static TokenSpan nounPhrase(const FigureTokens &t, int i, int maxWords, bool pluralHead);
    // Content words ending at i, joined by in/of/for/on, stopping at determiners and possessives.
    static TokenSpan nounPhraseBefore(const FigureTokens &t, int i, int maxWords);
    // The connector word at i followed by an optional determiner and a name (or, unless
    // namesOnly, a noun phrase). The span starts at the connector.
    static TokenSpan complement(const FigureTokens &t, int i, bool namesOnly);

private:
    static bool continuesName(const FigureTokens &t, int i);
    static bool isVerbLike(const FigureTokens &t, int i);
};

} // namespace crossread
