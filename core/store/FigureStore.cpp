#include "store/FigureStore.h"

#include "store/Database.h"

namespace crossread {

// Empty strings must reach SQLite as '' not NULL: a null QString binds as NULL.
static QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

static const char kFigureColumns[]
    = "SELECT id, article_id, span_id, kind, value, date_value, unit, qualifier, text, start, \"end\", label, author,"
      " row_version, changed_by, changed_at FROM figures ";

QList<Figure> FigureStore::read(QSqlQuery &q)
{
    QList<Figure> out;
    if (!m_db.exec(q))
        return out;
    while (q.next()) {
        Figure f;
        f.id = q.value(0).toLongLong();
        f.articleId = q.value(1).toLongLong();
        f.spanId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
        figureKindFromName(q.value(3).toString(), &f.kind);
        f.value = q.value(4).toDouble();
        f.dateValue = q.value(5).toString();
        f.unit = q.value(6).toString();
        f.qualifier = qualifierFromName(q.value(7).toString());
        f.text = q.value(8).toString();
        f.start = q.value(9).toLongLong();
        f.end = q.value(10).toLongLong();
        f.label = q.value(11).toString();
        f.author = q.value(12).toString();
        f.stamp = { q.value(13).toLongLong(), q.value(14).toString(),
            QDateTime::fromString(q.value(15).toString(), Qt::ISODateWithMs) };
        f.manual = true;
        out.append(f);
    }
    q.finish();
    return out;
}

// A figure of an orphan span stands on text of an earlier version: left out until the span is placed again.
static const char kOnPlacedSpans[]
    = " (span_id IS NULL OR NOT EXISTS (SELECT 1 FROM spans s WHERE s.id = span_id AND s.start IS NULL)) ";

QList<Figure> FigureStore::manualFigures(qint64 articleId)
{
    if (articleId > 0) {
        QSqlQuery &q = m_db.prepared(QLatin1String(kFigureColumns) + QStringLiteral("WHERE article_id = ? AND")
            + QLatin1String(kOnPlacedSpans) + QStringLiteral("ORDER BY start"));
        q.addBindValue(articleId);
        return read(q);
    }
    QSqlQuery &q = m_db.prepared(QLatin1String(kFigureColumns) + QStringLiteral("WHERE") + QLatin1String(kOnPlacedSpans)
        + QStringLiteral("ORDER BY article_id, start"));
    return read(q);
}

bool FigureStore::move(qint64 id, qint64 start, qint64 end)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("UPDATE figures SET start = ?, \"end\" = ? WHERE id = ?"));
    q.addBindValue(start);
    q.addBindValue(end);
    q.addBindValue(id);
    return m_db.exec(q);
}

QList<Figure> FigureStore::figuresOfSpan(qint64 spanId)
{
    QSqlQuery &q = m_db.prepared(QLatin1String(kFigureColumns) + QStringLiteral("WHERE span_id = ?"));
    q.addBindValue(spanId);
    return read(q);
}

bool FigureStore::insert(Figure &f)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO figures (id, article_id, span_id, kind, value, date_value, unit, qualifier, text, start, \"end\","
        " label, author, row_version, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?) RETURNING id"));
    q.addBindValue(f.id > 0 ? QVariant(f.id) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(f.articleId);
    q.addBindValue(f.spanId > 0 ? QVariant(f.spanId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(figureKindName(f.kind));
    q.addBindValue(f.value);
    q.addBindValue(nonNull(f.dateValue));
    q.addBindValue(nonNull(f.unit));
    q.addBindValue(qualifierName(f.qualifier));
    q.addBindValue(nonNull(f.text));
    q.addBindValue(f.start);
    q.addBindValue(f.end);
    q.addBindValue(nonNull(f.label));
    q.addBindValue(nonNull(f.author));
    // A hand figure is never updated in place: a correction replaces it, so a row's version
    // stays as written and an edit of a figure another analyst replaced finds it gone.
    f.stamp.by = m_db.editor();
    f.stamp.at = QDateTime::currentDateTimeUtc();
    q.addBindValue(f.stamp.version);
    q.addBindValue(nonNull(f.stamp.by));
    q.addBindValue(f.stamp.at.toString(Qt::ISODateWithMs));
    if (!m_db.exec(q) || !q.next())
        return false;
    f.id = q.value(0).toLongLong();
    q.finish();
    f.manual = true;
    return true;
}

bool FigureStore::remove(qint64 id)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("DELETE FROM figures WHERE id = ?"));
    q.addBindValue(id);
    return m_db.exec(q);
}

} // namespace crossread
