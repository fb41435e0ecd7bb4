#pragma once
// SearchIndex on SQLite FTS5 (the article_fts table kept in step by triggers).
#include "store/TextSearchIndex.h"

namespace crossread {

class SqliteSearchIndex : public TextSearchIndex
{
public:
    using TextSearchIndex::TextSearchIndex;

    bool rebuild() override;

protected:
    bool engineQuery(const QString &query, QString *out, QString *reason) const override;
    QString newestMatchesSql() const override;
    QString rankedMatchesSql() const override;
};

} // namespace crossread
