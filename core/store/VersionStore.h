#pragma once
// Reads and writes the versions of articles' texts. The current text lives in the article (it is
// what every reader, search and span sees); each earlier one is kept compressed (qCompress) with
// the hash of the file that gave it and when it was imported. Call inside a transaction.
#include "domain/Types.h"

#include <optional>

namespace crossread {

class Database;

class VersionStore
{
public:
    explicit VersionStore(Database &db)
        : m_db(db)
    { }

    // Keeps the article's current text as an earlier version and counts one more version, whose
    // text the caller then writes (ArticleStore::update). Returns the new version's number, or 0.
    int archiveCurrent(qint64 articleId);
    // Every version of the article, oldest first, the current one last; empty for no article.
    QList<ArticleVersion> versions(qint64 articleId);
    int currentVersion(qint64 articleId); // 0 for no article
    // The text of one version; null for a version the article does not have (or a damaged blob).
    std::optional<QString> text(qint64 articleId, int version);

private:
    Database &m_db;
};

} // namespace crossread
