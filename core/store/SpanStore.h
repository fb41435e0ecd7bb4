#pragma once
// Reads and writes spans and their tag links.
#include "domain/Types.h"

#include <QHash>
#include <QStringList>

class QSqlQuery;

namespace crossread {

class Database;

class SpanStore
{
public:
    explicit SpanStore(Database &db)
        : m_db(db)
    { }

    QList<Span> spansOfArticle(qint64 articleId); // ordered by start
    QList<Span> allSpans(); // ordered by article, start
    Span span(qint64 id, bool *found = nullptr);
    bool insert(Span &span); // keeps span.id when set (undo restores the same id)
    bool update(const Span &span); // note, tags, modified, range
    bool remove(qint64 id);
    QList<qint64> articlesWithTags(const QList<qint64> &tagIds);
    QList<QPair<qint64, qint64>> linksOfTags(const QList<qint64> &tagIds); // (span, tag)
    bool insertLink(qint64 spanId, qint64 tagId);
    qint64 count();
    // Everyone who made a span, in the order of their names.
    QStringList coders();

private:
    QList<Span> readSpans(QSqlQuery &q);
    bool writeTags(const Span &span);
    Database &m_db;
};

} // namespace crossread
