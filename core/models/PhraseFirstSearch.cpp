#include "models/PhraseFirstSearch.h"

#include "compare/SentenceSplitter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace crossread {

QStringList PhraseFirstSearch::plainWords(const QString &query)
{
    // Quotes, prefixes, groups, column filters and operators: the analyst wrote a query, not
    // words. A hyphen is no syntax here: "GPT-4o launch" is the phrase "GPT 4o launch".
    static const QRegularExpression syntax(QStringLiteral("[\"*():^{}]|\\b(AND|OR|NOT|NEAR)\\b"));
    if (syntax.match(query).hasMatch())
        return {};
    static const QRegularExpression separators(
        QStringLiteral("[^\\p{L}\\p{N}_]+"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = query.split(separators, Qt::SkipEmptyParts);
    return words.size() >= 2 ? words : QStringList();
}

QString PhraseFirstSearch::phraseQuery(const QStringList &words)
{
    return QLatin1Char('"') + words.join(QLatin1Char(' ')) + QLatin1Char('"');
}

QString PhraseFirstSearch::allWordsQuery(const QStringList &words)
{
    QStringList quoted;
    for (const QString &word : words)
        quoted << QLatin1Char('"') + word + QLatin1Char('"');
    return quoted.join(QLatin1String(" AND "));
}

void PhraseFirstSearch::readTerms(const QString &query, bool *termsApart, bool *anyTerm)
{
    // Tokens: "quoted phrases" whole, parentheses, and words (prefix* and column:filter included).
    static const QRegularExpression token(QStringLiteral("\"[^\"]*\"?|[()]|[^\\s()\"]+"));
    int terms = 0;
    bool previousWasTerm = false, orSeen = false, otherJoin = false;
    for (auto it = token.globalMatch(query); it.hasNext();) {
        const QString t = it.next().captured();
        if (t == u"(" || t == u")")
            continue;
        if (t == u"OR") {
            orSeen = true;
            previousWasTerm = false;
        } else if (t == u"AND" || t == u"NOT" || t.startsWith(QLatin1String("NEAR"))) {
            otherJoin = true;
            previousWasTerm = false;
        } else {
            ++terms;
            if (previousWasTerm)
                otherJoin = true; // two terms side by side: both must be there
            previousWasTerm = true;
        }
    }
    *termsApart = terms >= 2;
    *anyTerm = *termsApart && orSeen && !otherJoin;
}

QList<SearchHit> PhraseFirstSearch::sentencesOf(
    const QList<SearchHit> &hits, const std::function<QString(qint64)> &textOf)
{
    QHash<qint64, QList<Sentence>> sentences;
    QSet<QPair<qint64, qint64>> seen;
    QList<SearchHit> out;
    const SentenceSplitter splitter;
    for (const SearchHit &hit : hits) {
        auto it = sentences.find(hit.articleId);
        if (it == sentences.end())
            it = sentences.insert(hit.articleId, splitter.split(textOf(hit.articleId)));
        const auto sentence = std::find_if(
            it->cbegin(), it->cend(), [&](const Sentence &s) { return s.start <= hit.start && hit.end <= s.end; });
        SearchHit whole = hit;
        if (sentence != it->cend()) {
            whole.start = sentence->start;
            whole.end = sentence->end;
            whole.snippet = sentence->text.simplified();
        }
        if (!seen.contains({ whole.articleId, whole.start })) {
            seen.insert({ whole.articleId, whole.start });
            out << whole;
        }
    }
    return out;
}

bool PhraseFirstSearch::run(
    SearchIndex &index, const QString &query, int maxHits, Scope scope, Result *result, QString *error)
{
    *result = Result();
    const QStringList words = plainWords(query);
    if (words.isEmpty()) {
        if (!index.search(query, maxHits, &result->hits, error))
            return false;
        result->phraseHits = int(result->hits.size());
        result->ranked = index.rankedAllMatches();
        readTerms(query, &result->termsApart, &result->anyTerm);
        return true;
    }
    result->phraseFirst = true;
    result->phrase = words.join(QLatin1Char(' '));
    const QString phrase = phraseQuery(words);
    if (!index.search(phrase, maxHits, &result->hits, error))
        return false;
    result->phraseHits = int(result->hits.size());
    result->ranked = index.rankedAllMatches();

    // The articles of the phrase are left out of the count of those with the words apart.
    QString err;
    const QList<qint64> withPhrase = index.matchingArticles(phrase, maxHits, &err);
    const QSet<qint64> phraseArticles(withPhrase.cbegin(), withPhrase.cend());
    const QString allWords = allWordsQuery(words);
    const QList<qint64> withWords = index.matchingArticles(allWords, maxHits + int(phraseArticles.size()), &err);
    if (!err.isEmpty()) {
        if (error)
            *error = err;
        return false;
    }
    QSet<qint64> apart;
    for (qint64 id : withWords) {
        if (!phraseArticles.contains(id))
            apart.insert(id);
    }
    result->apartArticles = int(apart.size());
    result->apartCapped = withWords.size() >= maxHits + phraseArticles.size();
    if (scope == Scope::PhraseFirst || apart.isEmpty() || result->hits.size() >= maxHits)
        return true;

    QList<SearchHit> wordHits;
    if (!index.search(allWords, maxHits, &wordHits, error))
        return false;
    for (const SearchHit &hit : std::as_const(wordHits)) {
        if (result->hits.size() >= maxHits)
            break;
        if (apart.contains(hit.articleId))
            result->hits.append(hit);
    }
    return true;
}

} // namespace crossread
