#pragma once
// Where a project lives: a file path (SQLite) or a postgresql:// URL (a team project). A URL is
// kept and shown without its password; libpq finds the password in ~/.pgpass or PGPASSWORD.
#include <QString>
#include <QUrl>

namespace crossread {

class ProjectLocation
{
public:
    // True for "postgresql://…" and "postgres://…" (the schemes libpq accepts).
    static bool isServerUrl(const QString &location);
    // The URL without a password, as it may be stored (recent projects) and shown; a path as it is.
    static QString withoutPassword(const QString &location);

    // The parts of a server URL; valid() is false (and error() says why) for anything else.
    explicit ProjectLocation(const QString &url);
    bool valid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    // host, port, database and user as a URL (never the password).
    QString url() const;

    static QString makeUrl(const QString &host, int port, const QString &database, const QString &user);

private:
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_error;
};

} // namespace crossread
