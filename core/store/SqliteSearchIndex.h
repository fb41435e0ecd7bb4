#pragma once
// SearchIndex on SQLite FTS5 (the article_fts table kept in step by triggers).
#include "store/TextSearchIndex.h"

namespace crossread {

class SqliteSearchIndex : public TextSearchIndex
{
public:
    using TextSearchIndex::TextSearchIndex;

    QList<qint64> matchingArticles(const QString &query, int limit, QString *error) override;
    bool rebuild() override;
};

} // namespace crossread
