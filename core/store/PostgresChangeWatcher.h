#pragma once
// The ChangeWatcher of a team project: LISTENs on the channel that every committed write
// NOTIFYs (statement triggers, migration 9 on PostgreSQL), so another analyst's edit is known
// as soon as the server delivers it, with no polling. The project's own commits are ignored.
#include "store/ChangeWatcher.h"

#include <QSqlDriver>

namespace crossread {

class Database;

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
    bool m_active = false;
};

} // namespace crossread
