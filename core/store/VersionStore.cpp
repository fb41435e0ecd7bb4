#include "store/VersionStore.h"

#include "domain/CodePoints.h"
#include "store/Database.h"

#include <QObject>

namespace crossread {

int VersionStore::archiveCurrent(qint64 articleId)
{
    QSqlQuery &read = m_db.prepared(
        QStringLiteral("SELECT version, content_hash, version_imported, text FROM articles WHERE id = ?"));
    read.addBindValue(articleId);
    if (!m_db.exec(read))
        return 0;
    if (!read.next()) {
        read.finish();
        m_db.setError(QObject::tr("no article %1").arg(articleId));
        return 0;
    }
    const int version = read.value(0).toInt();
    const QString hash = read.value(1).toString();
    const QString imported = read.value(2).toString();
    const QString text = read.value(3).toString();
    read.finish();

    QSqlQuery &keep = m_db.prepared(QStringLiteral("INSERT INTO article_versions (article_id, version, content_hash, "
                                                   "imported, chars, text) VALUES (?, ?, ?, ?, ?, ?)"));
    keep.addBindValue(articleId);
    keep.addBindValue(version);
    keep.addBindValue(hash);
    keep.addBindValue(imported);
    keep.addBindValue(CodePoints::count(text));
    keep.addBindValue(qCompress(text.toUtf8()));
    if (!m_db.exec(keep))
        return 0;
    QSqlQuery &next
        = m_db.prepared(QStringLiteral("UPDATE articles SET version = ?, version_imported = ? WHERE id = ?"));
    next.addBindValue(version + 1);
    next.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    next.addBindValue(articleId);
    return m_db.exec(next) ? version + 1 : 0;
}

QList<ArticleVersion> VersionStore::versions(qint64 articleId)
{
    QList<ArticleVersion> out;
    QSqlQuery &earlier = m_db.prepared(QStringLiteral("SELECT version, content_hash, imported, chars"
                                                      " FROM article_versions WHERE article_id = ? ORDER BY version"));
    earlier.addBindValue(articleId);
    if (!m_db.exec(earlier))
        return out;
    while (earlier.next()) {
        out.append(ArticleVersion { articleId, earlier.value(0).toInt(), earlier.value(1).toString().toLatin1(),
            QDateTime::fromString(earlier.value(2).toString(), Qt::ISODate), earlier.value(3).toLongLong(), false });
    }
    earlier.finish();
    QSqlQuery &current = m_db.prepared(
        QStringLiteral("SELECT version, content_hash, version_imported, chars FROM articles WHERE id = ?"));
    current.addBindValue(articleId);
    if (!m_db.exec(current))
        return {};
    if (!current.next()) {
        current.finish();
        return {};
    }
    out.append(ArticleVersion { articleId, current.value(0).toInt(), current.value(1).toString().toLatin1(),
        QDateTime::fromString(current.value(2).toString(), Qt::ISODate), current.value(3).toLongLong(), true });
    current.finish();
    return out;
}

int VersionStore::currentVersion(qint64 articleId)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT version FROM articles WHERE id = ?"));
    q.addBindValue(articleId);
    const int version = m_db.exec(q) && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return version;
}

std::optional<QString> VersionStore::text(qint64 articleId, int version)
{
    QSqlQuery &current = m_db.prepared(QStringLiteral("SELECT text FROM articles WHERE id = ? AND version = ?"));
    current.addBindValue(articleId);
    current.addBindValue(version);
    if (m_db.exec(current) && current.next()) {
        const QString text = current.value(0).toString();
        current.finish();
        return text;
    }
    current.finish();
    QSqlQuery &earlier
        = m_db.prepared(QStringLiteral("SELECT text FROM article_versions WHERE article_id = ? AND version = ?"));
    earlier.addBindValue(articleId);
    earlier.addBindValue(version);
    if (!m_db.exec(earlier) || !earlier.next()) {
        earlier.finish();
        return std::nullopt;
    }
    const QByteArray blob = earlier.value(0).toByteArray();
    earlier.finish();
    // An import never stores an empty text, so nothing back from qUncompress means a damaged blob.
    const QByteArray utf8 = qUncompress(blob);
    if (utf8.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(utf8);
}

} // namespace crossread
