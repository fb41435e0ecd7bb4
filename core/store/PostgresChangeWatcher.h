#pragma once
// The ChangeWatcher of a team project: LISTENs on the channel that every committed write
// NOTIFYs (statement triggers, migration 9 on PostgreSQL), so another analyst's edit is known
// as soon as the server delivers it, with no polling. It listens on a connection of its own that
// runs no queries (Qt's driver reports a notification only when the socket wakes it, and a query
// on the project's connection would swallow it); the project's own commits, which name its
// connection's server process, are ignored.
#include "store/ChangeWatcher.h"
#include "store/Database.h"

#include <QSqlDriver>

namespace crossread {

class PostgresChangeWatcher : public ChangeWatcher
{
    Q_OBJECT
public:
    // The channel the triggers notify.
    static constexpr const char *kChannel = "crossread_changes";

    explicit PostgresChangeWatcher(Database &db, QObject *parent = nullptr);
    ~PostgresChangeWatcher() override;

    void start() override;
    void stop() override;
    bool isActive() const override { return m_active; }

private:
    void notified(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    Database &m_db;
    Database m_listener;
    QString m_ownProcess; // the project connection's server process id
    bool m_active = false;
};

} // namespace crossread
