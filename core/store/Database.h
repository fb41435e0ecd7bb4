#pragma once
// One connection to a project database: a SQLite file or a PostgreSQL team project (a
// postgresql:// URL). Opens it (creating the project only when asked to), refuses databases
// that are not Crossread projects before writing anything to them, makes every commit durable,
// and brings the schema up to date.
#include "store/ProjectOpenMode.h"
#include "store/SqlDialect.h"
#include "store/WriteOutcome.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace crossread {

class Database
{
public:
    using OpenMode = ProjectOpenMode;
    // The SQLite header's application id of a Crossread project ("Crsr").
    static constexpr qint32 kApplicationId = 0x43727372;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens a path or a server URL and migrates it to the current schema. On failure returns
    // false and error() names the project and the reason; a refused database is left untouched.
    // On a server, CreateIfMissing makes an empty database a project (it never creates databases).
    bool open(const QString &path, OpenMode mode = OpenMode::ExistingOnly);
    // Opens (or creates) without migrating further than targetVersion (tests of migrations).
    bool openAtVersion(const QString &path, int targetVersion);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    // The file's absolute path, or the server URL without its password.
    QString path() const { return m_path; }
    bool isServer() const { return m_dialect.isPostgres(); }
    const SqlDialect &dialect() const { return m_dialect; }
    QString error() const { return m_error; }
    QSqlDatabase &connection() { return m_db; }
    int schemaVersion();
    // Records the schema version (SQLite's user_version; a meta row on a server). In a transaction.
    bool setSchemaVersion(int version);
    qint32 applicationId();
    // Changes whenever another connection (another process) commits to the file.
    qint64 dataVersion();

    // A cached prepared statement; bind and exec it. Never shared across threads.
    QSqlQuery &prepared(const QString &sql);
    bool exec(QSqlQuery &query); // records the error on failure
    bool execSql(const QString &sql); // unprepared, for pragmas and DDL

    // Transactions nest: only the outermost begin/commit reach the database. Writers take turns:
    // SQLite's BEGIN IMMEDIATE, a transaction-scoped advisory lock on a server.
    bool begin();
    bool commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    void setError(const QString &error) { m_error = error; }
    // Runs a write of row ID of TABLE that names the version it read (… WHERE id = ? AND
    // row_version = ?): Written when it changed the row; Conflict when the row is there at another
    // version (someone else wrote it since); Failed when it failed or the row is gone (the error
    // then says "NOUN ID no longer exists").
    WriteOutcome versionedWrite(QSqlQuery &query, const QString &table, const QString &noun, qint64 id);
    // Who the rows written from here on are by (their changed_by); empty when unknown.
    void setEditor(const QString &editor) { m_editor = editor; }
    QString editor() const { return m_editor; }
    // A value of the meta table (project-wide settings such as the default coder); empty when unset.
    QString metaValue(const QString &key);

    // Why a project could not be opened, for the user: a full disk or a file that cannot be
    // written is said as such, anything else as a damaged or foreign file.
    static QString openFailure(const QString &path, const QSqlError &error);

private:
    enum class Content { Empty, Project, Foreign };
    bool openConnection(const QString &path, OpenMode mode);
    bool openFile(const QString &path, OpenMode mode);
    bool openServer(const QString &url, OpenMode mode);
    bool classify(Content *content);
    bool classifyServer(Content *content);
    bool hasMetaTable();
    bool beginOnServer();
    SqlDialect m_dialect;
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_error;
    QString m_editor;
    QHash<QString, QSqlQuery *> m_statements;
    int m_depth = 0;
    bool m_failed = false;
    bool m_busy = false; // the last failure was another connection's lock
};

// Rolls back unless commit() succeeded, so an early return never leaves half an edit.
class Transaction
{
public:
    explicit Transaction(Database &db)
        : m_db(db)
        , m_active(db.begin())
    { }
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }

private:
    Database &m_db;
    bool m_active;
};

} // namespace crossread
