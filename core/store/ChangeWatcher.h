#pragma once
// Tells an open window that another connection (another analyst's process) committed to the
// project, so that its models read again what changed. One implementation per engine: SQLite
// polls its data version; a server engine can forward its notifications (LISTEN/NOTIFY).
#include <QObject>

namespace crossread {

class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    // Watches from now on; changes committed before start() are not reported.
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

signals:
    // Another connection committed since the last report (or since start()).
    void changedElsewhere();
};

} // namespace crossread
