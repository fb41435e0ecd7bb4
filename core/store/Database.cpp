#include "store/Database.h"

#include "store/Migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSqlError>
#include <QThread>

namespace crossread {

static QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("crossread-%1").arg(counter.fetchAndAddRelaxed(1));
}

Database::Database() = default;

Database::~Database()
{
    close();
}

bool Database::openConnection(const QString &path)
{
    close();
    m_error.clear();
    m_path = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(m_path);
    if (info.exists() && info.isDir()) {
        m_error = QObject::tr("%1: is a folder, not a project file").arg(m_path);
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = QObject::tr("%1: cannot create the folder %2").arg(m_path, info.absolutePath());
        return false;
    }
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        m_error = QObject::tr("%1: cannot open the project: %2").arg(m_path, m_db.lastError().text());
        return false;
    }
    // WAL keeps readers and the writer apart; FULL makes each commit durable before
    // it returns, so a killed process or a power cut never loses a saved annotation.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
    };
    for (const QString &p : pragmas) {
        QSqlQuery pragma(m_db);
        if (!pragma.exec(p)) {
            m_error = openFailure(m_path, pragma.lastError());
            return false;
        }
    }
    QSqlQuery check(m_db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
        || check.value(0).toString() != QLatin1String("ok")) {
        m_error = QObject::tr("%1: the project file is damaged (%2)")
                      .arg(m_path, check.lastError().isValid() ? check.lastError().text() : check.value(0).toString());
        return false;
    }
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

bool Database::open(const QString &path)
{
    return openAtVersion(path, Migrations::latestVersion());
}

bool Database::openAtVersion(const QString &path, int targetVersion)
{
    if (!openConnection(path) || !Migrations::migrate(*this, targetVersion)) {
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
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

int Database::schemaVersion()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        m_error = QObject::tr("%1: not a Crossread project or damaged (%2)").arg(m_path, q.lastError().text());
        return -1;
    }
    return q.value(0).toInt();
}

QString Database::metaValue(const QString &key)
{
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
    if (!execSql(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_depth = 0;
        m_error = QObject::tr("%1: cannot start a transaction: %2").arg(m_path, m_error);
        return false;
    }
    return true;
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
