#include "store/PostgresChangeWatcher.h"

#include "store/Database.h"

namespace crossread {

PostgresChangeWatcher::PostgresChangeWatcher(Database &db, QObject *parent)
    : ChangeWatcher(parent)
    , m_db(db)
{ }

PostgresChangeWatcher::~PostgresChangeWatcher()
{
    stop();
}

void PostgresChangeWatcher::start()
{
    if (m_active || !m_db.isOpen())
        return;
    QSqlDriver *driver = m_db.connection().driver();
    if (!driver->subscribeToNotification(QLatin1String(kChannel)))
        return;
    connect(driver, &QSqlDriver::notification, this, &PostgresChangeWatcher::notified);
    m_active = true;
}

void PostgresChangeWatcher::stop()
{
    if (!m_active)
        return;
    m_active = false;
    if (!m_db.isOpen())
        return;
    QSqlDriver *driver = m_db.connection().driver();
    disconnect(driver, &QSqlDriver::notification, this, &PostgresChangeWatcher::notified);
    driver->unsubscribeFromNotification(QLatin1String(kChannel));
}

void PostgresChangeWatcher::notified(const QString &name, QSqlDriver::NotificationSource source, const QVariant &)
{
    // The server delivers a commit of this very connection too: that change is already known.
    if (m_active && name == QLatin1String(kChannel) && source != QSqlDriver::SelfSource)
        emit changedElsewhere();
}

} // namespace crossread
