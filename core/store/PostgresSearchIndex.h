#pragma once
// SearchIndex on PostgreSQL: the articles' generated tsvector column (GIN-indexed, 'simple'
// config, no stemming as on SQLite) queried with the user's FTS5-style query translated by
// TsQuery. Offsets come from the same reading of the texts as on SQLite (TextSearchIndex).
// Unlike FTS5's remove_diacritics, accents count: "café" does not find "cafe".
#include "store/TextSearchIndex.h"

namespace crossread {

class PostgresSearchIndex : public TextSearchIndex
{
public:
    using TextSearchIndex::TextSearchIndex;

    QList<qint64> matchingArticles(const QString &query, int limit, QString *error) override;
    bool rebuild() override;
};

} // namespace crossread
