#include "store/Database.h"

#include "store/Migrations.h"
#include "store/ProjectLocation.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QObject>
#include <QSqlError>
#include <QSet>
#include <QThread>
#include <QUrl>

namespace crossread {

static QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("crossread-%1").arg(counter.fetchAndAddRelaxed(1));
}

// How long a connection waits for another process's write before it reports the project busy.
static constexpr int kBusyTimeoutMs = 10000;

// SQLite's "busy" and "locked" result codes: another connection holds the lock for now.
static bool isBusy(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 5 || code == 6;
}

Database::Database() = default;

Database::~Database()
{
    close();
}

bool Database::openConnection(const QString &path, OpenMode mode)
{
    close();
    m_error.clear();
    if (ProjectLocation::isServerUrl(path))
        return openServer(path, mode);
    m_dialect = SqlDialect(SqlDialect::Backend::Sqlite);
    return openFile(path, mode);
}

bool Database::openServer(const QString &url, OpenMode mode)
{
    m_dialect = SqlDialect(SqlDialect::Backend::Postgres);
    const ProjectLocation location(url);
    m_path = ProjectLocation::withoutPassword(url);
    if (!location.valid()) {
        m_error = location.error();
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_error = QObject::tr("%1: cannot open a team project: Qt's PostgreSQL driver is not installed"
                              " (Debian: libqt6sql6-psql)")
                      .arg(m_path);
        return false;
    }
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(location.host());
    m_db.setPort(location.port());
    m_db.setDatabaseName(location.database());
    m_db.setUserName(location.user());
    // Given in the URL it is used, never kept; otherwise libpq reads ~/.pgpass or PGPASSWORD.
    if (!location.password().isEmpty())
        m_db.setPassword(location.password());
    m_db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=crossread"));
    if (!m_db.open()) {
        m_error = QObject::tr("%1: cannot connect to the team project: %2")
                      .arg(m_path, m_db.lastError().databaseText().trimmed());
        return false;
    }
    // A writer waits as long for another's turn as SQLite's busy timeout lets it; NOTICEs
    // (such as "relation already exists, skipping") are not the user's business.
    for (const QString &setting : { QStringLiteral("SET lock_timeout = %1").arg(kBusyTimeoutMs),
             QStringLiteral("SET client_min_messages = warning") }) {
        QSqlQuery q(m_db);
        if (!q.exec(setting)) {
            m_error = QObject::tr("%1: cannot open the team project: %2").arg(m_path, q.lastError().text());
            return false;
        }
    }
    Content content = Content::Foreign;
    if (!classifyServer(&content))
        return false;
    if (content == Content::Foreign) {
        m_error = QObject::tr("%1: not a Crossread project (the database holds other tables); it was left unchanged")
                      .arg(m_path);
        return false;
    }
    if (content == Content::Empty && mode == OpenMode::ExistingOnly) {
        m_error = QObject::tr("%1: not a Crossread project (an empty database; 'crossread push' copies a project"
                              " into it)")
                      .arg(m_path);
        return false;
    }
    return true;
}

bool Database::hasMetaTable()
{
    // Read from pg_class with the statement's snapshot: to_regclass() consults a catalog cache
    // that taking the advisory lock does not refresh, and would miss a meta another process just
    // committed (and the migration would run twice).
    QSqlQuery q(m_db);
    return q.exec(
               QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
                              " ON n.oid = c.relnamespace WHERE c.relname = 'meta' AND n.nspname = current_schema())"))
        && q.next() && q.value(0).toBool();
}

bool Database::classifyServer(Content *content)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()"))
        || !q.next()) {
        m_error = QObject::tr("%1: cannot read the team project: %2").arg(m_path, q.lastError().text());
        return false;
    }
    const qint64 tables = q.value(0).toLongLong();
    q.finish();
    if (tables == 0) {
        *content = Content::Empty;
        return true;
    }
    *content = Content::Foreign;
    if (hasMetaTable()) {
        // Each migration step commits on its own and the id comes with step 3: a project that
        // another process is creating this moment has steps 1 and 2 and no id yet. Both are read
        // by one statement, from one snapshot: read one after the other, the id could be read
        // before step 3 committed and the version after it.
        QSqlQuery meta(m_db);
        qint32 id = 0;
        int version = 0;
        if (meta.exec(
                QStringLiteral("SELECT key, value FROM meta WHERE key IN ('application_id', 'schema_version')"))) {
            while (meta.next()) {
                if (meta.value(0).toString() == QLatin1String("application_id"))
                    id = qint32(meta.value(1).toLongLong());
                else
                    version = meta.value(1).toInt();
            }
        }
        if (id == kApplicationId || (id == 0 && version >= 1 && version < 3))
            *content = Content::Project;
    }
    return true;
}

bool Database::openFile(const QString &path, OpenMode mode)
{
    m_path = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(m_path);
    if (info.exists() && info.isDir()) {
        m_error = QObject::tr("%1: is a folder, not a project file").arg(m_path);
        return false;
    }
    // A FIFO or a device would block SQLite or feed it garbage.
    if (info.exists() && !info.isFile()) {
        m_error = QObject::tr("%1: not a Crossread project (not a regular file)").arg(m_path);
        return false;
    }
    if (mode == OpenMode::ExistingOnly) {
        if (!info.exists()) {
            m_error = QObject::tr("%1: no such project").arg(m_path);
            return false;
        }
        if (info.size() == 0) {
            m_error = QObject::tr("%1: not a Crossread project (the file is empty)").arg(m_path);
            return false;
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        m_error = QObject::tr("%1: cannot create the folder %2").arg(m_path, info.absolutePath());
        return false;
    }
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (mode == OpenMode::ExistingOnly) {
        // mode=rw: should the file vanish after the check above, SQLite must not create it.
        QUrl uri = QUrl::fromLocalFile(m_path);
        uri.setQuery(QStringLiteral("mode=rw"));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
        m_db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    } else {
        m_db.setDatabaseName(m_path);
    }
    if (!m_db.open()) {
        m_error = QObject::tr("%1: cannot open the project: %2").arg(m_path, m_db.lastError().text());
        return false;
    }
    QSqlQuery busy(m_db);
    if (!busy.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs))) {
        m_error = openFailure(m_path, busy.lastError());
        m_busy = isBusy(busy.lastError());
        return false;
    }
    // Decide before the pragmas below write to the file: a foreign database stays untouched.
    Content content = Content::Foreign;
    if (!classify(&content))
        return false;
    if (content == Content::Foreign) {
        m_error = QObject::tr("%1: not a Crossread project (a database of another program); it was left unchanged")
                      .arg(m_path);
        return false;
    }
    if (content == Content::Empty && mode == OpenMode::ExistingOnly) {
        m_error = QObject::tr("%1: not a Crossread project (an empty database)").arg(m_path);
        return false;
    }
    // WAL keeps readers and the writer apart; FULL makes each commit durable before
    // it returns, so a killed process or a power cut never loses a saved annotation.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
    };
    for (const QString &p : pragmas) {
        QSqlQuery pragma(m_db);
        if (!pragma.exec(p)) {
            m_error = openFailure(m_path, pragma.lastError());
            m_busy = isBusy(pragma.lastError());
            return false;
        }
    }
    QSqlQuery check(m_db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
        || check.value(0).toString() != QLatin1String("ok")) {
        m_busy = isBusy(check.lastError());
        m_error = QObject::tr("%1: the project file is damaged (%2)")
                      .arg(m_path, check.lastError().isValid() ? check.lastError().text() : check.value(0).toString());
        return false;
    }
    return true;
}

bool Database::classify(Content *content)
{
    // One statement, so one snapshot: read piecemeal, a file another process is creating could
    // show its new version number but not yet its tables, and look like someone else's.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT (SELECT group_concat(name, char(31)) FROM sqlite_master WHERE type = 'table'),"
                               " (SELECT user_version FROM pragma_user_version),"
                               " (SELECT application_id FROM pragma_application_id)"))
        || !q.next()) {
        m_error = openFailure(m_path, q.lastError());
        m_busy = isBusy(q.lastError());
        return false;
    }
    const QStringList names = q.value(0).toString().split(QChar(31), Qt::SkipEmptyParts);
    const QSet<QString> tables(names.cbegin(), names.cend());
    const int version = q.value(1).toInt();
    const auto id = qint32(q.value(2).toLongLong());
    q.finish();
    // Files from before the application id was set are known by their tables.
    static const QSet<QString> kTables = { QStringLiteral("meta"), QStringLiteral("articles"), QStringLiteral("tags"),
        QStringLiteral("spans"), QStringLiteral("span_tags") };
    if (tables.isEmpty() && version == 0 && id == 0)
        *content = Content::Empty;
    else if (id == kApplicationId || (id == 0 && version >= 1 && tables.contains(kTables)))
        *content = Content::Project;
    else
        *content = Content::Foreign;
    return true;
}

QString Database::openFailure(const QString &path, const QSqlError &error)
{
    // SQLite's primary result codes (the low byte of extended ones).
    enum { ReadOnly = 8, IoError = 10, Full = 13, CantOpen = 14 };
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case ReadOnly:
    case IoError:
    case Full:
    case CantOpen:
        return QObject::tr("%1: cannot open the project: the disk is full or the file cannot be written (%2)")
            .arg(path, error.text());
    default:
        return QObject::tr("%1: not a Crossread project or damaged (%2)").arg(path, error.text());
    }
}

bool Database::open(const QString &path, OpenMode mode)
{
    // While another process creates the file or switches it to WAL, SQLite may answer "busy"
    // without waiting (journal mode changes do not call the busy handler): try again a while.
    QElapsedTimer waited;
    waited.start();
    while (true) {
        m_busy = false;
        if (openConnection(path, mode) && Migrations::migrate(*this, Migrations::latestVersion()))
            return true;
        const QString error = m_error;
        close();
        m_error = error;
        if (!m_busy || waited.elapsed() > kBusyTimeoutMs)
            return false;
        QThread::msleep(20);
    }
}

bool Database::openAtVersion(const QString &path, int targetVersion)
{
    if (!openConnection(path, OpenMode::CreateIfMissing) || !Migrations::migrate(*this, targetVersion)) {
        const QString error = m_error;
        close();
        m_error = error;
        return false;
    }
    return true;
}

void Database::close()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    m_depth = 0;
    m_dialect = SqlDialect();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

int Database::schemaVersion()
{
    if (isServer()) {
        if (!hasMetaTable())
            return 0;
        const QString version = metaValue(QStringLiteral("schema_version"));
        if (!m_failed)
            return version.toInt();
        m_error = QObject::tr("%1: not a Crossread project or damaged (%2)").arg(m_path, m_error);
        return -1;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_error = QObject::tr("%1: not a Crossread project or damaged (%2)").arg(m_path, q.lastError().text());
        m_busy = isBusy(q.lastError());
        return -1;
    }
    return q.value(0).toInt();
}

bool Database::setSchemaVersion(int version)
{
    if (!isServer())
        return execSql(QStringLiteral("PRAGMA user_version = %1").arg(version));
    QSqlQuery &q = prepared(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?)"
                                           " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(version));
    return exec(q);
}

qint64 Database::dataVersion()
{
    QSqlQuery q(m_db);
    // On a server: the whole snapshot (xmin:xmax:transactions in progress). Two equal snapshots
    // see the same commits; any commit since changes it. Its xmax alone does not move when a
    // transaction that began before the newest one commits, and an import missed the files
    // another had just stored (duplicate key on articles.path). Some others' reads change it
    // too, which costs only a needless re-read.
    const QString sql
        = isServer() ? QStringLiteral("SELECT pg_current_snapshot()::text") : QStringLiteral("PRAGMA data_version");
    if (!q.exec(sql) || !q.next())
        return -1;
    if (isServer())
        return qint64(qHash(q.value(0).toString(), 0) & 0x7fffffffffffffffULL);
    return q.value(0).toLongLong();
}

qint32 Database::applicationId()
{
    // A server has no file header: the id is a row of meta (migration 3).
    if (isServer())
        return qint32(metaValue(QStringLiteral("application_id")).toLongLong());
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return 0;
    return qint32(q.value(0).toLongLong());
}

QString Database::metaValue(const QString &key)
{
    m_failed = false;
    QSqlQuery &q = prepared(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    const QString value = exec(q) && q.next() ? q.value(0).toString() : QString();
    q.finish();
    return value;
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto *q = new QSqlQuery(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            m_error = QObject::tr("cannot prepare statement: %1").arg(q->lastError().text());
        it = m_statements.insert(sql, q);
    }
    it.value()->finish();
    return *it.value();
}

bool Database::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = QObject::tr("%1: %2").arg(m_path, query.lastError().text());
    m_failed = true;
    return false;
}

WriteOutcome Database::versionedWrite(QSqlQuery &query, const QString &table, const QString &noun, qint64 id)
{
    if (!exec(query))
        return WriteOutcome::Failed;
    if (query.numRowsAffected() == 1)
        return WriteOutcome::Written;
    QSqlQuery &there = prepared(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    there.addBindValue(id);
    const bool found = exec(there) && there.next();
    there.finish();
    if (found)
        return WriteOutcome::Conflict;
    m_error = QStringLiteral("%1 %2 no longer exists").arg(noun).arg(id);
    return WriteOutcome::Failed;
}

bool Database::execSql(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    m_error = q.lastError().text();
    m_failed = true;
    return false;
}

bool Database::begin()
{
    if (m_depth++ > 0)
        return true;
    m_failed = false;
    if (isServer())
        return beginOnServer();
    // IMMEDIATE takes the write lock now, so whatever the edit reads next is what it writes
    // over; another process's write is waited for (busy_timeout) before giving up.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_depth = 0;
        m_busy = isBusy(q.lastError());
        m_error = m_busy
            ? QObject::tr("%1: the project is busy: another program kept it locked for %2 seconds; try again")
                  .arg(m_path)
                  .arg(kBusyTimeoutMs / 1000)
            : QObject::tr("%1: cannot start a transaction: %2").arg(m_path, q.lastError().text());
        m_failed = true;
        return false;
    }
    return true;
}

bool Database::beginOnServer()
{
    // As BEGIN IMMEDIATE does on SQLite, writers take turns (a lock on the project, released at
    // COMMIT or ROLLBACK), so whatever an edit reads is what it writes over; readers never wait.
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("BEGIN"))
        && q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationId)))
        return true;
    const QSqlError error = q.lastError();
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    m_depth = 0;
    m_failed = true;
    // 55P03: lock_not_available, the lock_timeout ran out.
    m_error = error.nativeErrorCode() == QLatin1String("55P03")
        ? QObject::tr("%1: the project is busy: another analyst's edit held it for %2 seconds; try again")
              .arg(m_path)
              .arg(kBusyTimeoutMs / 1000)
        : QObject::tr("%1: cannot start a transaction: %2").arg(m_path, error.text());
    return false;
}

bool Database::commit()
{
    if (m_depth == 0)
        return false;
    if (--m_depth > 0)
        return true;
    // Statements must be reset before COMMIT or SQLite keeps the read open.
    for (QSqlQuery *q : std::as_const(m_statements))
        q->finish();
    if (!execSql(QStringLiteral("COMMIT"))) {
        // After a full disk or an I/O error SQLite has already rolled back; the ROLLBACK
        // then fails too, and its message must not hide the reason.
        const QString error = QObject::tr("%1: cannot save (%2); the change was not applied").arg(m_path, m_error);
        execSql(QStringLiteral("ROLLBACK"));
        m_error = error;
        return false;
    }
    return true;
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    m_depth = 0;
    for (QSqlQuery *q : std::as_const(m_statements))
        q->finish();
    const QString error = m_error;
    execSql(QStringLiteral("ROLLBACK"));
    m_error = error;
}

} // namespace crossread
