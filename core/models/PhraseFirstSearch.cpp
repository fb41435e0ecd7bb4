#include "models/PhraseFirstSearch.h"

#include <QRegularExpression>
#include <QSet>

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
