#include "store/ArticleStore.h"

#include "domain/CodePoints.h"
#include "store/ClaimIndex.h"
#include "store/Database.h"

#include <QDataStream>
#include <QIODevice>

namespace crossread {

// Empty strings must reach SQLite as '' not NULL: a null QString binds as NULL.
static QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

static QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QHash<QString, ArticleStore::Known> ArticleStore::knownFiles()
{
    QHash<QString, Known> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id, path, content_hash FROM articles"));
    if (!m_db.exec(q))
        return out;
    while (q.next())
        out.insert(q.value(1).toString(), Known { q.value(0).toLongLong(), q.value(2).toByteArray() });
    q.finish();
    return out;
}

qint64 ArticleStore::idForHash(const QByteArray &hash)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id FROM articles WHERE content_hash = ? LIMIT 1"));
    q.addBindValue(QString::fromLatin1(hash));
    const qint64 id = m_db.exec(q) && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

bool ArticleStore::insert(Article &article, const QList<PdfGlyph> &glyphs)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO articles (path, content_hash, title, outlet, author, published, text, format, chars,"
        " imported, changed, version_imported) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    q.addBindValue(nonNull(article.path));
    q.addBindValue(QString::fromLatin1(article.contentHash));
    q.addBindValue(nonNull(article.title));
    q.addBindValue(nonNull(article.outlet));
    q.addBindValue(nonNull(article.author));
    q.addBindValue(dateValue(article.published));
    q.addBindValue(nonNull(article.text));
    q.addBindValue(formatName(article.format));
    q.addBindValue(CodePoints::count(article.text));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!m_db.exec(q) || !q.next())
        return false;
    article.id = q.value(0).toLongLong();
    q.finish();
    return writeChildren(article, glyphs);
}

bool ArticleStore::update(const Article &article, const QList<PdfGlyph> &glyphs)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("UPDATE articles SET content_hash = ?,"
                       " title = CASE WHEN ',' || edited || ',' LIKE '%,title,%' THEN title ELSE ? END,"
                       " outlet = CASE WHEN ',' || edited || ',' LIKE '%,outlet,%' THEN outlet ELSE ? END,"
                       " author = CASE WHEN ',' || edited || ',' LIKE '%,author,%' THEN author ELSE ? END,"
                       " published = CASE WHEN ',' || edited || ',' LIKE '%,published,%' THEN published ELSE ? END,"
                       // A new text may bring new metadata: an edit based on the row before it is a conflict.
                       " text = ?, format = ?, chars = ?, changed = ?, row_version = row_version + 1, changed_by = '',"
                       " changed_at = changed WHERE id = ?"));
    q.addBindValue(QString::fromLatin1(article.contentHash));
    q.addBindValue(nonNull(article.title));
    q.addBindValue(nonNull(article.outlet));
    q.addBindValue(nonNull(article.author));
    q.addBindValue(dateValue(article.published));
    q.addBindValue(nonNull(article.text));
    q.addBindValue(formatName(article.format));
    q.addBindValue(CodePoints::count(article.text));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    q.addBindValue(article.id);
    if (!m_db.exec(q))
        return false;
    QSqlQuery &del = m_db.prepared(QStringLiteral("DELETE FROM boilerplate WHERE article_id = ?"));
    del.addBindValue(article.id);
    if (!m_db.exec(del))
        return false;
    QSqlQuery &delLayout = m_db.prepared(QStringLiteral("DELETE FROM pdf_layout WHERE article_id = ?"));
    delLayout.addBindValue(article.id);
    if (!m_db.exec(delLayout))
        return false;
    return writeChildren(article, glyphs);
}

WriteOutcome ArticleStore::setMetadata(
    qint64 id, const ArticleMetadata &metadata, ArticleFields edited, qint64 *version)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "UPDATE articles SET title = ?, outlet = ?, author = ?, published = ?, edited = ?,"
        " row_version = row_version + 1, changed_by = ?, changed_at = ? WHERE id = ? AND row_version = ?"));
    q.addBindValue(nonNull(metadata.title));
    q.addBindValue(nonNull(metadata.outlet));
    q.addBindValue(nonNull(metadata.author));
    q.addBindValue(dateValue(metadata.published));
    q.addBindValue(nonNull(articleFieldNames(edited)));
    q.addBindValue(nonNull(m_db.editor()));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(id);
    q.addBindValue(*version);
    const WriteOutcome outcome = m_db.versionedWrite(q, QStringLiteral("articles"), QStringLiteral("article"), id);
    if (outcome == WriteOutcome::Written)
        ++*version;
    return outcome;
}

bool ArticleStore::updatePath(qint64 id, const QString &path)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("UPDATE articles SET path = ? WHERE id = ?"));
    q.addBindValue(path);
    q.addBindValue(id);
    return m_db.exec(q);
}

bool ArticleStore::writeChildren(const Article &article, const QList<PdfGlyph> &glyphs)
{
    if (!article.boilerplate.isEmpty()) {
        QSqlQuery &b
            = m_db.prepared(QStringLiteral("INSERT INTO boilerplate (article_id, start, \"end\") VALUES (?, ?, ?)"));
        for (const TextRange &r : article.boilerplate) {
            b.addBindValue(article.id);
            b.addBindValue(r.start);
            b.addBindValue(r.end);
            if (!m_db.exec(b))
                return false;
        }
    }
    if (!glyphs.isEmpty()) {
        QSqlQuery &g = m_db.prepared(QStringLiteral("INSERT INTO pdf_layout (article_id, glyphs) VALUES (?, ?)"));
        g.addBindValue(article.id);
        g.addBindValue(packGlyphs(glyphs));
        if (!m_db.exec(g))
            return false;
    }
    return true;
}

bool ArticleStore::remove(qint64 id)
{
    // The sentence index's FTS5 table is told what to forget; its rows would go by cascade.
    if (!ClaimIndex(m_db).removeArticle(id))
        return false;
    QSqlQuery &q = m_db.prepared(QStringLiteral("DELETE FROM articles WHERE id = ?"));
    q.addBindValue(id);
    return m_db.exec(q);
}

Article ArticleStore::article(qint64 id, bool *found)
{
    Article a;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT id, path, content_hash, title, outlet, author, published, text, format, imported, changed,"
        " version, edited, row_version, changed_by, changed_at FROM articles WHERE id = ?"));
    q.addBindValue(id);
    const bool ok = m_db.exec(q) && q.next();
    if (found)
        *found = ok;
    if (!ok)
        return a;
    a.id = q.value(0).toLongLong();
    a.path = q.value(1).toString();
    a.contentHash = q.value(2).toString().toLatin1();
    a.title = q.value(3).toString();
    a.outlet = q.value(4).toString();
    a.author = q.value(5).toString();
    a.published = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    a.text = q.value(7).toString();
    a.format = formatFromName(q.value(8).toString());
    a.imported = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    a.changed = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
    a.version = q.value(11).toInt();
    a.edited = articleFieldsFromNames(q.value(12).toString());
    a.stamp = { q.value(13).toLongLong(), q.value(14).toString(),
        QDateTime::fromString(q.value(15).toString(), Qt::ISODateWithMs) };
    q.finish();
    a.boilerplate = boilerplate(id);
    return a;
}

QByteArray ArticleStore::contentHash(qint64 id, bool *found)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT content_hash FROM articles WHERE id = ?"));
    q.addBindValue(id);
    const bool ok = m_db.exec(q) && q.next();
    const QByteArray hash = ok ? q.value(0).toString().toLatin1() : QByteArray();
    q.finish();
    if (found)
        *found = ok;
    return hash;
}

QString ArticleStore::text(qint64 id)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT text FROM articles WHERE id = ?"));
    q.addBindValue(id);
    const QString t = m_db.exec(q) && q.next() ? q.value(0).toString() : QString();
    q.finish();
    return t;
}

QList<QString> ArticleStore::texts(int limit)
{
    const QList<qint64> all = ids();
    QList<QString> out;
    const double step = limit > 0 && all.size() > limit ? double(all.size()) / limit : 1.0;
    for (double at = 0; at < all.size(); at += step)
        out.append(text(all.at(qsizetype(at))));
    return out;
}

QList<ArticleSummary> ArticleStore::summaries()
{
    QList<ArticleSummary> out;
    forEachSummary([&out](const ArticleSummary &s) {
        out.append(s);
        return true;
    });
    return out;
}

bool ArticleStore::forEachSummary(const std::function<bool(const ArticleSummary &)> &visit)
{
    // Its own statement (not the cached one): the visitor may read the store meanwhile.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT a.id, a.path, a.title, a.outlet, a.author, a.published, a.chars,"
                       " (SELECT COUNT(*) FROM spans s WHERE s.article_id = a.id AND s.anchor <> 'orphan'), a.version"
                       " FROM articles a ORDER BY a.id"));
    if (!m_db.exec(q))
        return false;
    while (q.next()) {
        if (!visit(summaryFromRow(q)))
            break;
    }
    return true;
}

ArticleSummary ArticleStore::summary(qint64 id, bool *found)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT a.id, a.path, a.title, a.outlet, a.author, a.published, a.chars,"
                       " (SELECT COUNT(*) FROM spans s WHERE s.article_id = a.id AND s.anchor <> 'orphan'), a.version"
                       " FROM articles a WHERE a.id = ?"));
    q.addBindValue(id);
    ArticleSummary s;
    const bool ok = m_db.exec(q) && q.next();
    if (found)
        *found = ok;
    if (ok)
        s = summaryFromRow(q);
    q.finish();
    return s;
}

ArticleSummary ArticleStore::summaryFromRow(const QSqlQuery &q)
{
    ArticleSummary s;
    s.id = q.value(0).toLongLong();
    s.path = q.value(1).toString();
    s.title = q.value(2).toString();
    s.outlet = q.value(3).toString();
    s.author = q.value(4).toString();
    s.published = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    s.chars = q.value(6).toLongLong();
    s.spanCount = q.value(7).toInt();
    s.version = q.value(8).toInt();
    return s;
}

QHash<qint64, QPair<QString, QDate>> ArticleStore::textsWithDates(const QList<qint64> &ids)
{
    QHash<qint64, QPair<QString, QDate>> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT text, published FROM articles WHERE id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (m_db.exec(q) && q.next())
            out.insert(id, { q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate) });
        q.finish();
    }
    return out;
}

QList<TextRange> ArticleStore::boilerplate(qint64 id)
{
    QList<TextRange> out;
    QSqlQuery &q
        = m_db.prepared(QStringLiteral("SELECT start, \"end\" FROM boilerplate WHERE article_id = ? ORDER BY start"));
    q.addBindValue(id);
    if (!m_db.exec(q))
        return out;
    while (q.next())
        out.append(TextRange { q.value(0).toLongLong(), q.value(1).toLongLong() });
    q.finish();
    return out;
}

QList<PdfGlyph> ArticleStore::glyphs(qint64 id)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT glyphs FROM pdf_layout WHERE article_id = ?"));
    q.addBindValue(id);
    QList<PdfGlyph> out;
    if (m_db.exec(q) && q.next())
        out = unpackGlyphs(q.value(0).toByteArray());
    q.finish();
    return out;
}

QList<qint64> ArticleStore::ids()
{
    QList<qint64> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id FROM articles ORDER BY id"));
    if (!m_db.exec(q))
        return out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

qint64 ArticleStore::count()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM articles"));
    const qint64 n = m_db.exec(q) && q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

QByteArray ArticleStore::packGlyphs(const QList<PdfGlyph> &glyphs)
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out << quint32(glyphs.size());
    for (const PdfGlyph &g : glyphs)
        out << qint32(g.page) << g.box.x() << g.box.y() << g.box.width() << g.box.height();
    return qCompress(blob);
}

QList<PdfGlyph> ArticleStore::unpackGlyphs(const QByteArray &compressed)
{
    const QByteArray blob = qUncompress(compressed);
    QDataStream in(blob);
    in.setVersion(QDataStream::Qt_6_4);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 n = 0;
    in >> n;
    QList<PdfGlyph> out;
    if (n > quint32(blob.size()))
        return out; // damaged blob: never trust the count
    out.reserve(n);
    for (quint32 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        qint32 page = 0;
        double x = 0, y = 0, w = 0, h = 0;
        in >> page >> x >> y >> w >> h;
        out.append(PdfGlyph { page, QRectF(x, y, w, h) });
    }
    return out;
}

} // namespace crossread
