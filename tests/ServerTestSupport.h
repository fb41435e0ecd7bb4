#pragma once
// The `pg` runs of the store, command, workspace and CLI tests: when CROSSREAD_TEST_PG names a
// PostgreSQL server (scripts/pg-scratch.sh starts one for ctest), every project a test creates
// is a fresh empty database on it instead of a file; without it the tests run on files as ever.
#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace crossread::test {

inline QString serverUrl()
{
    return qEnvironmentVariable("CROSSREAD_TEST_PG");
}

inline bool onServer()
{
    return !serverUrl().isEmpty();
}

// A connection to the server's maintenance database, for creating and dropping scratch ones.
class ScratchServer
{
public:
    static ScratchServer &instance()
    {
        static ScratchServer server;
        return server;
    }
    // Empty when reachable, else why not (one line, for QSKIP).
    QString unavailable() const { return m_unavailable; }

    // A new empty database; its URL. Empty (and FAILURE set) when it cannot be made.
    QString newDatabase(QString *failure)
    {
        static QAtomicInt counter;
        const QString name = QStringLiteral("crt_%1_%2_%3")
                                 .arg(QCoreApplication::applicationName().toLower().remove(QLatin1Char('-')))
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(counter.fetchAndAddRelaxed(1));
        QSqlQuery q(QSqlDatabase::database(kConnection));
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            *failure = q.lastError().text();
            return {};
        }
        m_created << name;
        QUrl url(serverUrl());
        url.setPath(QLatin1Char('/') + name);
        return url.toString();
    }

    ~ScratchServer()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(kConnection, false);
            if (db.isOpen()) {
                for (const QString &name : std::as_const(m_created))
                    QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(kConnection);
    }

private:
    static constexpr const char *kConnection = "crossread-test-scratch";
    ScratchServer()
    {
        const QUrl url(serverUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), kConnection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        if (!db.open())
            m_unavailable
                = QStringLiteral("no PostgreSQL server at %1 (%2); start one with scripts/pg-scratch.sh start")
                      .arg(serverUrl(), db.lastError().text().simplified());
    }
    QString m_unavailable;
    QStringList m_created;
};

// In initTestCase of a test that runs twice: skip the `pg` run, with the reason, when its
// server cannot be reached (a machine without PostgreSQL).
#define CROSSREAD_REQUIRE_SERVER_IF_ASKED()                                                                            \
    do {                                                                                                               \
        if (crossread::test::onServer() && !crossread::test::ScratchServer::instance().unavailable().isEmpty())        \
            QSKIP(qPrintable(crossread::test::ScratchServer::instance().unavailable()));                               \
    } while (false)

// Where a test's new project lives: DIR/NAME, or a new database on the test server.
inline QString newProjectLocation(const QString &dir, const QString &name = QStringLiteral("project.db"))
{
    if (!onServer())
        return QDir(dir).filePath(name);
    QString failure;
    const QString url = ScratchServer::instance().newDatabase(&failure);
    if (url.isEmpty())
        qFatal("cannot create a scratch database on %s: %s", qPrintable(serverUrl()), qPrintable(failure));
    return url;
}

// What a test about SQLite files alone (their header, journal, damage) says on the `pg` run.
#define CROSSREAD_SQLITE_ONLY()                                                                                        \
    do {                                                                                                               \
        if (crossread::test::onServer())                                                                               \
            QSKIP("about SQLite project files; a team project has none");                                              \
    } while (false)

} // namespace crossread::test
