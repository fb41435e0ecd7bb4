#pragma once
// Closed word lists the tokenizer, the sentence splitter and the aligner consult. They are
// English-only on purpose: the corpus is English news, and a wrong guess only costs a split.
#include <QString>
#include <QStringView>

namespace crossread {

class WordLists
{
public:
    // Abbreviations whose final period never ends a sentence ("Mr.", "Dr.", "e.g."); lower case with dot.
    static bool isTitleAbbreviation(QStringView lowerWithDot);
    // Abbreviations that may also end a sentence ("U.S.", "Inc.", "etc.").
    static bool isAmbiguousAbbreviation(QStringView lowerWithDot);
    // Abbreviations that only stay inside a sentence before a number ("No. 1", "Jan. 5").
    static bool isNumberAbbreviation(QStringView lowerWithDot);
    static bool isAbbreviation(QStringView lowerWithDot);

    // Words that commonly open a sentence; after an ambiguous abbreviation they signal a new one.
    static bool isSentenceStarter(QStringView lower);
    // Articles, prepositions, conjunctions, auxiliaries: a line ending in one is not a heading.
    static bool isFunctionWord(QStringView lower);
    // Function words plus very common verbs and pronouns that carry no content for alignment.
    static bool isStopword(QStringView lower);

    // 1..12 for an English month name or its abbreviation (with or without the dot), else 0.
    static int monthNumber(QStringView lower);
    // Words that qualify a following figure: 'O'ver, 'U'nder, 'N'early (just under), 'A'bout, or 0.
    static char qualifierOf(QStringView lowerPhrase);
};

} // namespace crossread
