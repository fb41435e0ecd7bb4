#pragma once
// Brings a project's sentence index (ClaimIndex) up to date: indexes the articles imported before
// the index existed, or by an older version of its terms, a batch per transaction, the terms of a
// batch computed on every core. Runs on the connection it is given, so a worker thread gives it
// a connection of its own; a cancel leaves every finished batch indexed.
#include <QString>

#include <atomic>
#include <functional>

namespace crossread {

class Database;

class ClaimIndexer
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit ClaimIndexer(Database &db)
        : m_db(db)
    { }

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // Indexes every stale article. False when the project could not be read or written
    // (error() says why); a cancel is no failure.
    bool run(int batchSize = 64);
    QString error() const { return m_error; }
    qint64 indexed() const { return m_indexed; }

private:
    Database &m_db;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    QString m_error;
    qint64 m_indexed = 0;
};

} // namespace crossread
