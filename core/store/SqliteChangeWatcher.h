#pragma once
// The ChangeWatcher of a SQLite project: asks SQLite's data version, which moves only when
// another connection commits, on a timer (a cheap query that reads no table).
#include "store/ChangeWatcher.h"

#include <QTimer>

namespace crossread {

class Database;

class SqliteChangeWatcher : public ChangeWatcher
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 500;

    explicit SqliteChangeWatcher(Database &db, int intervalMs = kDefaultIntervalMs, QObject *parent = nullptr);

    void start() override;
    void stop() override;
    bool isActive() const override { return m_timer.isActive(); }

private:
    void poll();
    Database &m_db;
    QTimer m_timer;
    qint64 m_seen = -1;
};

} // namespace crossread
