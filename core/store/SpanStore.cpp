#include "store/SpanStore.h"

#include "store/Database.h"

#include <QCollator>
#include <QSet>

#include <algorithm>

namespace crossread {

// Empty strings must reach SQLite as '' not NULL: a null QString binds as NULL.
static QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString SpanStore::spanColumns() const
{
    return QStringLiteral("SELECT s.id, s.article_id, s.start, s.\"end\", s.text, s.note, s.author, s.created,"
                          " s.modified, (SELECT %1 FROM span_tags WHERE span_id = s.id), s.note_author, s.quote,"
                          " s.anchor, s.confidence, s.prefix, s.suffix, s.selector_start, s.selector_end,"
                          " s.anchor_version, s.row_version, s.changed_by, s.changed_at FROM spans s ")
        .arg(m_db.dialect().commaList(QStringLiteral("tag_id")));
}

// The selectors of a placed span, read from its article's current text and version (SQLite's
// substr counts code points, as span offsets do), so that they always describe where it is.
static const char kRefreshSelectors[]
    = "UPDATE spans SET"
      " prefix = (SELECT substr(a.text, CASE WHEN spans.start > 32 THEN spans.start - 31 ELSE 1 END,"
      " CASE WHEN spans.start > 32 THEN 32 ELSE spans.start END) FROM articles a WHERE a.id = spans.article_id),"
      " suffix = (SELECT substr(a.text, spans.\"end\" + 1, 32) FROM articles a WHERE a.id = spans.article_id),"
      " anchor_version = (SELECT a.version FROM articles a WHERE a.id = spans.article_id),"
      // A span stored without its text (the caller left it to the store) gets it from the article.
      " text = CASE WHEN text = '' THEN (SELECT substr(a.text, spans.start + 1, spans.\"end\" - spans.start)"
      " FROM articles a WHERE a.id = spans.article_id) ELSE text END,"
      " quote = CASE WHEN quote = '' THEN (SELECT substr(a.text, spans.start + 1, spans.\"end\" - spans.start)"
      " FROM articles a WHERE a.id = spans.article_id) ELSE quote END,"
      " selector_start = start, selector_end = \"end\""
      " WHERE id = ? AND start IS NOT NULL";

QList<Span> SpanStore::readSpans(QSqlQuery &q)
{
    QList<Span> out;
    if (!m_db.exec(q))
        return out;
    while (q.next()) {
        Span s;
        s.id = q.value(0).toLongLong();
        s.articleId = q.value(1).toLongLong();
        s.start = q.value(2).toLongLong(); // NULL, an orphan's, reads as 0
        s.end = q.value(3).toLongLong();
        s.text = q.value(4).toString();
        s.note = q.value(5).toString();
        s.author = q.value(6).toString();
        s.created = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        s.modified = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
        const QString tags = q.value(9).toString();
        if (!tags.isEmpty()) {
            for (QStringView t : QStringView(tags).split(u','))
                s.tagIds.append(t.toLongLong());
            std::sort(s.tagIds.begin(), s.tagIds.end());
        }
        s.noteAuthor = q.value(10).toString();
        s.quote = q.value(11).toString();
        s.anchor = spanAnchorFromName(q.value(12).toString());
        s.confidence = q.value(13).toDouble();
        s.prefix = q.value(14).toString();
        s.suffix = q.value(15).toString();
        s.selectorStart = q.value(16).toLongLong();
        s.selectorEnd = q.value(17).toLongLong();
        s.anchorVersion = q.value(18).toInt();
        s.stamp = { q.value(19).toLongLong(), q.value(20).toString(),
            QDateTime::fromString(q.value(21).toString(), Qt::ISODateWithMs) };
        if (s.isOrphan())
            s.start = s.end = 0;
        out.append(s);
    }
    q.finish();
    return out;
}

QList<Span> SpanStore::spansOfArticle(qint64 articleId)
{
    QSqlQuery &q = m_db.prepared(spanColumns()
        + QStringLiteral("WHERE s.article_id = ? AND s.start IS NOT NULL ORDER BY s.start, s.\"end\", s.id"));
    q.addBindValue(articleId);
    return readSpans(q);
}

QList<Span> SpanStore::allSpans()
{
    QSqlQuery &q = m_db.prepared(
        spanColumns() + QStringLiteral("WHERE s.start IS NOT NULL ORDER BY s.article_id, s.start, s.\"end\", s.id"));
    return readSpans(q);
}

QList<Span> SpanStore::orphans(qint64 articleId)
{
    QSqlQuery &q = m_db.prepared(spanColumns()
        + QStringLiteral("WHERE s.anchor = 'orphan' AND (s.article_id = ? OR ? = 0) ORDER BY s.article_id, s.id"));
    q.addBindValue(articleId);
    q.addBindValue(articleId);
    return readSpans(q);
}

qint64 SpanStore::orphanCount()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM spans WHERE anchor = 'orphan'"));
    const qint64 n = m_db.exec(q) && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

bool SpanStore::refreshSelectors(qint64 id)
{
    QSqlQuery &q = m_db.prepared(QLatin1String(kRefreshSelectors));
    q.addBindValue(id);
    return m_db.exec(q);
}

Span SpanStore::span(qint64 id, bool *found)
{
    QSqlQuery &q = m_db.prepared(spanColumns() + QStringLiteral("WHERE s.id = ?"));
    q.addBindValue(id);
    const QList<Span> spans = readSpans(q);
    if (found)
        *found = !spans.isEmpty();
    return spans.value(0);
}

bool SpanStore::insert(Span &span)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO spans (id, article_id, start, \"end\", text, note, author, note_author, created,"
                       " modified, quote, anchor, confidence, prefix, suffix, selector_start, selector_end,"
                       " anchor_version, row_version, changed_by, changed_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!span.created.isValid())
        span.created = QDateTime::currentDateTimeUtc();
    if (!span.modified.isValid())
        span.modified = span.created;
    if (span.quote.isEmpty())
        span.quote = span.text; // a new span is coded on the text it covers
    q.addBindValue(span.id > 0 ? QVariant(span.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(span.articleId);
    bindRange(q, span);
    q.addBindValue(nonNull(span.text));
    q.addBindValue(nonNull(span.note));
    q.addBindValue(nonNull(span.author));
    q.addBindValue(nonNull(span.noteAuthor));
    q.addBindValue(span.created.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(span.modified.toUTC().toString(Qt::ISODateWithMs));
    bindAnchor(q, span);
    // A new span is version 0; one put back by undo continues from the version it had.
    span.stamp.by = m_db.editor();
    span.stamp.at = QDateTime::currentDateTimeUtc();
    q.addBindValue(span.stamp.version);
    q.addBindValue(nonNull(span.stamp.by));
    q.addBindValue(span.stamp.at.toString(Qt::ISODateWithMs));
    if (!m_db.exec(q) || !q.next())
        return false;
    span.id = q.value(0).toLongLong();
    q.finish();
    return refreshSelectors(span.id) && writeTags(span);
}

void SpanStore::bindRange(QSqlQuery &q, const Span &span)
{
    const QVariant none { QMetaType(QMetaType::LongLong) };
    q.addBindValue(span.isOrphan() ? none : QVariant(span.start));
    q.addBindValue(span.isOrphan() ? none : QVariant(span.end));
}

// An orphan's selectors are those of its last place; a placed span's are refreshed after the write.
void SpanStore::bindAnchor(QSqlQuery &q, const Span &span)
{
    q.addBindValue(nonNull(span.quote.isEmpty() ? span.text : span.quote));
    q.addBindValue(spanAnchorName(span.anchor));
    q.addBindValue(span.confidence);
    q.addBindValue(nonNull(span.prefix));
    q.addBindValue(nonNull(span.suffix));
    q.addBindValue(span.selectorStart);
    q.addBindValue(span.selectorEnd);
    q.addBindValue(span.anchorVersion);
}

WriteOutcome SpanStore::update(Span &span)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("UPDATE spans SET start = ?, \"end\" = ?, text = ?, note = ?, note_author = ?, modified = ?,"
                       " quote = ?, anchor = ?, confidence = ?, prefix = ?, suffix = ?, selector_start = ?,"
                       " selector_end = ?, anchor_version = ?, row_version = row_version + 1, changed_by = ?,"
                       " changed_at = ? WHERE id = ? AND row_version = ?"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bindRange(q, span);
    q.addBindValue(nonNull(span.text));
    q.addBindValue(nonNull(span.note));
    q.addBindValue(nonNull(span.noteAuthor));
    q.addBindValue(span.modified.toUTC().toString(Qt::ISODateWithMs));
    bindAnchor(q, span);
    q.addBindValue(nonNull(m_db.editor()));
    q.addBindValue(now.toString(Qt::ISODateWithMs));
    q.addBindValue(span.id);
    q.addBindValue(span.stamp.version);
    const WriteOutcome outcome = m_db.versionedWrite(q, QStringLiteral("spans"), QStringLiteral("span"), span.id);
    if (outcome != WriteOutcome::Written)
        return outcome;
    span.stamp = { span.stamp.version + 1, m_db.editor(), now };
    if (!refreshSelectors(span.id))
        return WriteOutcome::Failed;
    QSqlQuery &del = m_db.prepared(QStringLiteral("DELETE FROM span_tags WHERE span_id = ?"));
    del.addBindValue(span.id);
    return m_db.exec(del) && writeTags(span) ? WriteOutcome::Written : WriteOutcome::Failed;
}

bool SpanStore::touch(qint64 id, qint64 *version)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("UPDATE spans SET row_version = row_version + 1, changed_by = ?, changed_at = ? WHERE id = ?"));
    q.addBindValue(nonNull(m_db.editor()));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(id);
    if (!m_db.exec(q))
        return false;
    QSqlQuery &read = m_db.prepared(QStringLiteral("SELECT row_version FROM spans WHERE id = ?"));
    read.addBindValue(id);
    if (!m_db.exec(read))
        return false;
    *version = read.next() ? read.value(0).toLongLong() : -1;
    read.finish();
    return true;
}

bool SpanStore::writeTags(const Span &span)
{
    QSet<qint64> seen;
    for (qint64 tagId : span.tagIds) {
        if (seen.contains(tagId))
            continue;
        seen.insert(tagId);
        if (!insertLink(span.id, tagId))
            return false;
    }
    return true;
}

bool SpanStore::insertLink(qint64 spanId, qint64 tagId)
{
    QSqlQuery &q
        = m_db.prepared(QStringLiteral("INSERT INTO span_tags (span_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(spanId);
    q.addBindValue(tagId);
    return m_db.exec(q);
}

WriteOutcome SpanStore::remove(qint64 id, qint64 version)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("DELETE FROM spans WHERE id = ? AND row_version = ?"));
    q.addBindValue(id);
    q.addBindValue(version);
    return m_db.versionedWrite(q, QStringLiteral("spans"), QStringLiteral("span"), id);
}

QList<qint64> SpanStore::articlesWithTags(const QList<qint64> &tagIds)
{
    QList<qint64> out;
    if (tagIds.isEmpty())
        return out;
    QStringList marks;
    for (int i = 0; i < tagIds.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT DISTINCT s.article_id FROM spans s JOIN span_tags st"
                                                " ON st.span_id = s.id WHERE st.tag_id IN (%1)")
                                     .arg(marks.join(u',')));
    for (qint64 id : tagIds)
        q.addBindValue(id);
    if (!m_db.exec(q))
        return out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

QList<QPair<qint64, qint64>> SpanStore::linksOfTags(const QList<qint64> &tagIds)
{
    QList<QPair<qint64, qint64>> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT span_id FROM span_tags WHERE tag_id = ?"));
    for (qint64 tagId : tagIds) {
        q.addBindValue(tagId);
        if (!m_db.exec(q))
            continue;
        while (q.next())
            out.append({ q.value(0).toLongLong(), tagId });
        q.finish();
    }
    return out;
}

QList<Span> SpanStore::codingsOf(const QStringList &coders)
{
    QList<Span> out;
    if (coders.isEmpty())
        return out;
    QStringList marks(coders.size(), QStringLiteral("?"));
    QSqlQuery &q
        = m_db.prepared(QStringLiteral(
            "SELECT s.id, s.article_id, s.start, s.\"end\", s.author,"
            " (SELECT %2 FROM span_tags WHERE span_id = s.id) FROM spans s"
            " WHERE s.author IN (%1) AND s.start IS NOT NULL ORDER BY s.article_id, s.start, s.\"end\", s.id")
                            .arg(marks.join(QStringLiteral(", ")), m_db.dialect().commaList(QStringLiteral("tag_id"))));
    for (const QString &c : coders)
        q.addBindValue(nonNull(c));
    if (!m_db.exec(q))
        return out;
    while (q.next()) {
        Span s;
        s.id = q.value(0).toLongLong();
        s.articleId = q.value(1).toLongLong();
        s.start = q.value(2).toLongLong();
        s.end = q.value(3).toLongLong();
        s.author = q.value(4).toString();
        const QString tags = q.value(5).toString();
        if (!tags.isEmpty()) {
            for (QStringView t : QStringView(tags).split(u','))
                s.tagIds.append(t.toLongLong());
            std::sort(s.tagIds.begin(), s.tagIds.end());
        }
        out.append(s);
    }
    q.finish();
    return out;
}

QStringList SpanStore::coders()
{
    QStringList out;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT DISTINCT author FROM spans WHERE author <> ''"));
    if (!m_db.exec(q))
        return out;
    while (q.next())
        out << q.value(0).toString();
    q.finish();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(out.begin(), out.end(), collator);
    return out;
}

qint64 SpanStore::count()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM spans"));
    const qint64 n = m_db.exec(q) && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

} // namespace crossread
