#include "store/TagStore.h"

#include "store/Database.h"

namespace crossread {

// Empty strings must reach SQLite as '' not NULL: a null QString binds as NULL.
static QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

static QVariant parentValue(qint64 parentId)
{
    return parentId > 0 ? QVariant(parentId) : QVariant(QMetaType(QMetaType::LongLong));
}

static Tag readTag(const QSqlQuery &q)
{
    Tag t;
    t.id = q.value(0).toLongLong();
    t.parentId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    t.name = q.value(2).toString();
    t.color = QColor(q.value(3).toString());
    t.description = q.value(4).toString();
    t.position = q.value(5).toInt();
    t.stamp = { q.value(6).toLongLong(), q.value(7).toString(),
        QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs) };
    return t;
}

QList<Tag> TagStore::tags()
{
    QList<Tag> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT id, parent_id, name, color, description, position, row_version, changed_by, changed_at FROM tags"
        " ORDER BY COALESCE(parent_id, 0), position, name"));
    if (!m_db.exec(q))
        return out;
    while (q.next())
        out.append(readTag(q));
    q.finish();
    return out;
}

Tag TagStore::tag(qint64 id, bool *found)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id, parent_id, name, color, description, position, "
                                                "row_version, changed_by, changed_at FROM tags WHERE id = ?"));
    q.addBindValue(id);
    Tag t;
    const bool ok = m_db.exec(q) && q.next();
    if (ok)
        t = readTag(q);
    q.finish();
    if (found)
        *found = ok;
    return t;
}

Tag TagStore::findByName(const QString &name, bool *found)
{
    QSqlQuery &q
        = m_db.prepared(QStringLiteral("SELECT id, parent_id, name, color, description, position, row_version, "
                                       "changed_by, changed_at FROM tags WHERE lower(name) = lower(?)"
                                       " ORDER BY id LIMIT 1"));
    q.addBindValue(name);
    Tag t;
    const bool ok = m_db.exec(q) && q.next();
    if (ok)
        t = readTag(q);
    q.finish();
    if (found)
        *found = ok;
    return t;
}

qint64 TagStore::childNamed(qint64 parentId, const QString &name, qint64 exceptId)
{
    QSqlQuery &q
        = m_db.prepared(QStringLiteral("SELECT id FROM tags WHERE COALESCE(parent_id, 0) = ? AND %1"
                                       " AND id <> ? LIMIT 1")
                            .arg(m_db.dialect().sameIgnoringCase(QStringLiteral("name"), QStringLiteral("?"))));
    q.addBindValue(parentId);
    q.addBindValue(nonNull(name));
    q.addBindValue(exceptId);
    const qint64 id = m_db.exec(q) && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

bool TagStore::insert(Tag &tag)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO tags (id, parent_id, name, color, description, position, row_version, changed_by, changed_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(tag.id > 0 ? QVariant(tag.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(parentValue(tag.parentId));
    q.addBindValue(nonNull(tag.name));
    q.addBindValue(tag.color.name(QColor::HexRgb));
    q.addBindValue(nonNull(tag.description));
    q.addBindValue(tag.position);
    // A new tag is version 0; one put back by undo continues from the version it had.
    tag.stamp.by = m_db.editor();
    tag.stamp.at = QDateTime::currentDateTimeUtc();
    q.addBindValue(tag.stamp.version);
    q.addBindValue(nonNull(tag.stamp.by));
    q.addBindValue(tag.stamp.at.toString(Qt::ISODateWithMs));
    if (!m_db.exec(q) || !q.next())
        return false;
    tag.id = q.value(0).toLongLong();
    q.finish();
    return true;
}

WriteOutcome TagStore::update(Tag &tag)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "UPDATE tags SET parent_id = ?, name = ?, color = ?, description = ?, position = ?,"
        " row_version = row_version + 1, changed_by = ?, changed_at = ? WHERE id = ? AND row_version = ?"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    q.addBindValue(parentValue(tag.parentId));
    q.addBindValue(nonNull(tag.name));
    q.addBindValue(tag.color.name(QColor::HexRgb));
    q.addBindValue(nonNull(tag.description));
    q.addBindValue(tag.position);
    q.addBindValue(nonNull(m_db.editor()));
    q.addBindValue(now.toString(Qt::ISODateWithMs));
    q.addBindValue(tag.id);
    q.addBindValue(tag.stamp.version);
    const WriteOutcome outcome = m_db.versionedWrite(q, QStringLiteral("tags"), QStringLiteral("tag"), tag.id);
    if (outcome == WriteOutcome::Written)
        tag.stamp = { tag.stamp.version + 1, m_db.editor(), now };
    return outcome;
}

WriteOutcome TagStore::remove(qint64 id, qint64 version)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("DELETE FROM tags WHERE id = ? AND row_version = ?"));
    q.addBindValue(id);
    q.addBindValue(version);
    return m_db.versionedWrite(q, QStringLiteral("tags"), QStringLiteral("tag"), id);
}

QList<qint64> TagStore::subtree(qint64 id)
{
    QList<qint64> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral("WITH RECURSIVE sub(id) AS (SELECT CAST(? AS BIGINT) UNION ALL SELECT "
                                                "t.id FROM tags t JOIN sub ON t.parent_id = sub.id)"
                                                " SELECT id FROM sub"));
    q.addBindValue(id);
    if (!m_db.exec(q))
        return out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

// Placed spans only: an orphan is not on the text (it waits in Needs attention).
QHash<qint64, int> TagStore::spanCounts()
{
    QHash<qint64, int> out;
    QSqlQuery &q
        = m_db.prepared(QStringLiteral("SELECT st.tag_id, COUNT(*) FROM span_tags st JOIN spans s ON s.id = st.span_id"
                                       " WHERE s.anchor <> 'orphan' GROUP BY st.tag_id"));
    if (!m_db.exec(q))
        return out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    q.finish();
    return out;
}

QHash<qint64, QMap<QString, int>> TagStore::spanCountsByCoder()
{
    QHash<qint64, QMap<QString, int>> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT st.tag_id, s.author, COUNT(*) FROM span_tags st"
                                                " JOIN spans s ON s.id = st.span_id WHERE s.anchor <> 'orphan'"
                                                " GROUP BY st.tag_id, s.author"));
    if (!m_db.exec(q))
        return out;
    while (q.next())
        out[q.value(0).toLongLong()].insert(q.value(1).toString(), q.value(2).toInt());
    q.finish();
    return out;
}

QMap<QString, int> TagStore::spanCountsByCoder(qint64 tagId)
{
    QMap<QString, int> out;
    QSqlQuery &q
        = m_db.prepared(QStringLiteral("SELECT s.author, COUNT(*) FROM span_tags st"
                                       " JOIN spans s ON s.id = st.span_id WHERE st.tag_id = ? AND s.anchor <> 'orphan'"
                                       " GROUP BY s.author"));
    q.addBindValue(tagId);
    if (!m_db.exec(q))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    q.finish();
    return out;
}

int TagStore::nextPosition(qint64 parentId)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM tags WHERE COALESCE(parent_id, 0) = ?"));
    q.addBindValue(parentId);
    const int pos = m_db.exec(q) && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return pos;
}

} // namespace crossread
