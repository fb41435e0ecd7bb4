#pragma once
// Reads and writes spans and their tag links. Orphans (spans re-anchoring could not place in a
// new version of their article; no range) are read only by orphans() and span(): every list of
// spans on a text leaves them out, so no reader can show one on text it was not coded on.
#include "domain/Types.h"
#include "store/WriteOutcome.h"

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

    QList<Span> spansOfArticle(qint64 articleId); // placed spans, ordered by start
    QList<Span> allSpans(); // placed spans, ordered by article, start
    QList<Span> orphans(qint64 articleId = 0); // 0 = every article; ordered by article, id
    qint64 orphanCount();
    Span span(qint64 id, bool *found = nullptr); // placed or orphan
    // Keeps span.id when set (undo restores the same id); a placed span's selectors are read
    // from its article, an orphan's are written as given; an empty quote becomes the text.
    bool insert(Span &span);
    // Note, tags, modified, range, anchor, if the row is still at span.stamp.version (Conflict
    // when another connection wrote it since); on success span.stamp is the new one.
    WriteOutcome update(Span &span);
    // Counts a change to what belongs to span ID (a hand figure added or removed) as a write of
    // the span: a new version, by this editor, now. Its new version in *VERSION (-1: no such span).
    bool touch(qint64 id, qint64 *version);
    // Deletes span ID, its tag links and figures with it, if the row is still at VERSION
    // (Conflict when another connection wrote it since; Failed, saying so, when it is gone).
    WriteOutcome remove(qint64 id, qint64 version);
    QList<qint64> articlesWithTags(const QList<qint64> &tagIds);
    QList<QPair<qint64, qint64>> linksOfTags(const QList<qint64> &tagIds); // (span, tag)
    bool insertLink(qint64 spanId, qint64 tagId);
    qint64 count();
    // The spans of CODERS with only what agreement needs (id, article, range, coder, tags), by
    // article and position: ten thousand are read in a few milliseconds.
    QList<Span> codingsOf(const QStringList &coders);
    // Everyone who made a span, in the order of their names.
    QStringList coders();

private:
    // The columns readSpans() reads, with the span's tag ids as one comma-separated list.
    QString spanColumns() const;
    QList<Span> readSpans(QSqlQuery &q);
    bool writeTags(const Span &span);
    bool refreshSelectors(qint64 id);
    static void bindRange(QSqlQuery &q, const Span &span);
    static void bindAnchor(QSqlQuery &q, const Span &span);
    Database &m_db;
};

} // namespace crossread
