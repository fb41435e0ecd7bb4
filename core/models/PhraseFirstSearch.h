#pragma once
// Search as people expect from a web search box: several plain words (no quotes, operators
// or prefixes) are looked for as a phrase first, and the articles that hold all the words
// apart are counted, to be shown on request. Any other query goes to the index as written.
// The hits of single words always come after the phrase's, so that tagging can leave them out.
#include "store/SearchIndex.h"

#include <QStringList>

#include <functional>

namespace crossread {

class PhraseFirstSearch
{
public:
    // The words of a query of two or more plain words; empty for anything else (one word,
    // "quotes", AND/OR/NOT/NEAR, prefix*, column:filter, parentheses).
    static QStringList plainWords(const QString &query);
    static QString phraseQuery(const QStringList &words); // "w1 w2"
    static QString allWordsQuery(const QStringList &words); // "w1" AND "w2"

    enum class Scope {
        PhraseFirst, // the phrase only; the articles with the words apart are counted
        WordsApartToo, // the phrase, then the words in the articles that hold them apart
    };
    struct Result
    {
        QList<SearchHit> hits; // the phrase's (or the query's) first, then single words
        int phraseHits = 0; // hits of the whole query: the first phraseHits of hits
        bool phraseFirst = false; // the query was plain words, searched as a phrase
        QString phrase; // the words as one phrase, when phraseFirst
        int apartArticles = 0; // articles with all the words but not the phrase
        bool apartCapped = false; // at least apartArticles: counting stopped there
        bool ranked = true; // the index ranked every match (see SearchIndex::rankedAllMatches)
        // The query joins several terms (words, "phrases", prefix*) with operators, so its hits
        // are pieces that may stand apart: tagging each alone would make one-word spans.
        bool termsApart = false;
        bool anyTerm = false; // ... joined by OR only: each hit is a whole answer of its own
    };
    // Whether QUERY joins several terms (see Result::termsApart), and whether only by OR.
    static void readTerms(const QString &query, bool *termsApart, bool *anyTerm);
    // One hit per sentence that holds any of HITS (in the hits' order, each sentence once),
    // covering the whole sentence; a hit outside any sentence stays as it is.
    static QList<SearchHit> sentencesOf(const QList<SearchHit> &hits, const std::function<QString(qint64)> &textOf);
    // False on a query the index cannot read (error says why).
    static bool run(SearchIndex &index, const QString &query, int maxHits, Scope scope, Result *result, QString *error);
};

} // namespace crossread
