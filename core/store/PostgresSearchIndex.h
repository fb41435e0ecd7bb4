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

    bool rebuild() override;

protected:
    bool engineQuery(const QString &query, QString *out, QString *reason) const override;
    QString newestMatchesSql() const override;
};

} // namespace crossread
