#include "store/PostgresChangeWatcher.h"

#include <QSqlQuery>

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
    QSqlQuery pid(m_db.connection());
    if (!pid.exec(QStringLiteral("SELECT pg_backend_pid()")) || !pid.next())
        return;
    m_ownProcess = pid.value(0).toString();
    if (!m_listener.isOpen() && !m_listener.open(m_db.path()))
        return;
    QSqlDriver *driver = m_listener.connection().driver();
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
    if (!m_listener.isOpen())
        return;
    QSqlDriver *driver = m_listener.connection().driver();
    disconnect(driver, &QSqlDriver::notification, this, &PostgresChangeWatcher::notified);
    driver->unsubscribeFromNotification(QLatin1String(kChannel));
    m_listener.close();
}

void PostgresChangeWatcher::notified(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    // A commit of the project's own connection is already known to the window.
    if (m_active && name == QLatin1String(kChannel) && payload.toString() != m_ownProcess)
        emit changedElsewhere();
}

} // namespace crossread
