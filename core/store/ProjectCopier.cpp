#include "store/ProjectCopier.h"

#include "store/Database.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace crossread {

namespace {

// Parents before children, rows before the rows that refer to them.
const char *const kTables[]
    = { "meta", "articles", "boilerplate", "pdf_layout", "article_versions", "tags", "spans", "span_tags", "figures" };

// The columns a table stores (generated ones, such as a server's search vectors, are computed).
QStringList storedColumns(Database &db, const QString &table)
{
    QStringList columns;
    QSqlQuery q(db.connection());
    if (db.isServer()) {
        q.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema ="
                                 " current_schema() AND table_name = ? AND is_generated = 'NEVER'"
                                 " ORDER BY ordinal_position"));
        q.addBindValue(table);
        q.exec();
    } else {
        q.exec(QStringLiteral("SELECT name FROM pragma_table_xinfo('%1') WHERE hidden = 0 ORDER BY cid").arg(table));
    }
    while (q.next())
        columns << q.value(0).toString();
    return columns;
}

QString quoted(const QStringList &columns)
{
    QStringList out;
    for (const QString &c : columns)
        out << QLatin1Char('"') + c + QLatin1Char('"');
    return out.join(QStringLiteral(", "));
}

qint64 countOf(Database &db, const char *table)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) && q.next()
        ? q.value(0).toLongLong()
        : -1;
}

} // namespace

bool ProjectCopier::copyTable(Database &source, Database &target, const QString &table, qint64 *rows, QString *error)
{
    const QStringList targetColumns = storedColumns(target, table);
    QStringList columns;
    for (const QString &c : storedColumns(source, table)) {
        if (targetColumns.contains(c))
            columns << c;
    }
    if (columns.isEmpty()) {
        *error = QObject::tr("table %1 is missing").arg(table);
        return false;
    }
    // The engine's own bookkeeping in meta stays the target's (its schema version and id).
    QString where;
    if (table == QLatin1String("meta"))
        where = QStringLiteral(" WHERE key NOT IN ('schema_version', 'application_id')");
    QString order = QStringLiteral(" ORDER BY 1");
    QString from = table;
    if (table == QLatin1String("tags")) {
        from
            = QStringLiteral("(WITH RECURSIVE depth(id, level) AS (SELECT id, 0 FROM tags WHERE parent_id IS NULL"
                             " UNION ALL SELECT t.id, d.level + 1 FROM tags t JOIN depth d ON t.parent_id = d.id)"
                             " SELECT tags.*, depth.level AS copy_level FROM tags JOIN depth ON depth.id = tags.id) t");
        order = QStringLiteral(" ORDER BY copy_level, id");
    }
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2%3%4").arg(quoted(columns), from, where, order))) {
        *error = QObject::tr("cannot read %1: %2").arg(table, read.lastError().text());
        return false;
    }
    QStringList marks(columns.size(), QStringLiteral("?"));
    QSqlQuery write(target.connection());
    const QString insert
        = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, quoted(columns), marks.join(u','));
    if (table == QLatin1String("meta")) {
        // A new project already holds its default coder: the source's wins.
        if (!write.prepare(insert + QStringLiteral(" ON CONFLICT (key) DO UPDATE SET value = excluded.value"))) {
            *error = write.lastError().text();
            return false;
        }
    } else if (!write.prepare(insert)) {
        *error = QObject::tr("cannot write %1: %2").arg(table, write.lastError().text());
        return false;
    }
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec()) {
            *error = QObject::tr("cannot write %1: %2").arg(table, write.lastError().text());
            return false;
        }
        ++*rows;
    }
    return true;
}

CopyReport ProjectCopier::copy(Database &source, Database &target)
{
    CopyReport report;
    if (source.schemaVersion() != target.schemaVersion()) {
        report.error = QObject::tr("%1 and %2 have different schema versions").arg(source.path(), target.path());
        return report;
    }
    Transaction tx(target);
    if (!tx.isActive()) {
        report.error = target.error();
        return report;
    }
    // Under the target's write lock: nobody fills it between this check and the copy.
    for (const char *table : { "articles", "tags", "spans" }) {
        const qint64 n = countOf(target, table);
        if (n != 0) {
            report.error = n < 0 ? QObject::tr("%1: cannot read the project").arg(target.path())
                                 : QObject::tr("%1 already holds a project (%2 %3); copy into an empty one")
                                       .arg(target.path())
                                       .arg(n)
                                       .arg(QLatin1String(table));
            return report;
        }
    }
    for (const char *table : kTables) {
        qint64 rows = 0;
        QString error;
        if (!copyTable(source, target, QLatin1String(table), &rows, &error)) {
            report.error = QObject::tr("%1: nothing was copied (%2)").arg(target.path(), error);
            return report;
        }
        if (qstrcmp(table, "articles") == 0)
            report.articles = rows;
        else if (qstrcmp(table, "spans") == 0)
            report.spans = rows;
        else if (qstrcmp(table, "tags") == 0)
            report.tags = rows;
    }
    if (!tx.commit()) {
        report.error = QObject::tr("%1: nothing was copied (%2)").arg(target.path(), target.error());
        return report;
    }
    // A server plans its queries from statistics it gathers only a while after a bulk load; the
    // first searches of a pushed project should not wait for them. Best effort: the copy is done.
    if (target.isServer())
        target.execSql(QStringLiteral("ANALYZE"));
    return report;
}

} // namespace crossread
