#pragma once
// Translates a search as users write it for FTS5 ("quoted phrases", bare words, AND/OR/NOT,
// prefix*, parentheses; words side by side mean AND) into PostgreSQL's to_tsquery syntax, so
// that a team project answers the same query as a file. Words are split on what is not a
// letter or a digit and lowercased, as FTS5's unicode61 tokenizer and the 'simple' config do.
#include <QString>

namespace crossread {

class TsQuery
{
public:
    // The tsquery text; empty with ERROR set when the query is malformed (a lone operator,
    // an unbalanced parenthesis) or holds no word.
    static QString fromFts5(const QString &query, QString *error);
};

} // namespace crossread
