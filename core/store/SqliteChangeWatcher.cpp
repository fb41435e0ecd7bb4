#include "store/SqliteChangeWatcher.h"

#include "store/Database.h"

namespace crossread {

SqliteChangeWatcher::SqliteChangeWatcher(Database &db, int intervalMs, QObject *parent)
    : ChangeWatcher(parent)
    , m_db(db)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SqliteChangeWatcher::poll);
}

void SqliteChangeWatcher::start()
{
    m_seen = m_db.isOpen() ? m_db.dataVersion() : -1;
    m_timer.start();
}

void SqliteChangeWatcher::stop()
{
    m_timer.stop();
}

void SqliteChangeWatcher::poll()
{
    // Inside an edit the connection sees its own snapshot; ask again once it has committed.
    if (!m_db.isOpen() || m_db.inTransaction())
        return;
    const qint64 version = m_db.dataVersion();
    if (version < 0 || version == m_seen)
        return;
    const bool first = m_seen < 0;
    m_seen = version;
    if (!first)
        emit changedElsewhere();
}

} // namespace crossread
