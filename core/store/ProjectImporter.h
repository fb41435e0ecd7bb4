#pragma once
// Imports files and folders into a project. Runs on its own database connection, so it
// can work in a background thread while the window keeps reading; commits in batches,
// so a cancel or a crash leaves every finished batch saved and the project consistent.
// Creates the project when its path holds none; several importers may run on one project
// at once (each batch re-reads what the others committed).
#include "anchor/AnchorResult.h"

#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <functional>

namespace crossread {

struct ImportReport
{
    struct Entry
    {
        QString path;
        QString reason;
    };
    // A span a changed file left without a place (an orphan, kept in the project), with the best
    // candidates the re-anchoring offered.
    struct Orphan
    {
        qint64 articleId = 0;
        qint64 spanId = 0;
        QString path;
        QString text; // where the span was last placed
        QList<AnchorCandidate> candidates;
    };
    int imported = 0;
    int updated = 0; // of which `versions` changed their text
    int unchanged = 0;
    int versions = 0; // changed texts kept as a new version of their article
    int exact = 0; // spans of those re-anchored with their context, elsewhere, or with their text edited
    int relocated = 0;
    int fuzzy = 0;
    QList<Entry> skipped;
    QList<Entry> failed;
    QList<Entry> notes; // imported, with something the user should know (a name shown in a readable form)
    QList<Orphan> orphans; // of the articles whose text changed
    bool cancelled = false;
    QString error; // the project itself could not be opened or written

    QJsonObject toJson() const;
};

class ProjectImporter
{
public:
    using Progress = std::function<void(int done, int total, const QString &path)>;

    explicit ProjectImporter(const QString &projectPath);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setBatchSize(int n) { m_batchSize = std::max(1, n); }

    // Each entry is a folder (walked recursively) or a single file.
    ImportReport run(const QStringList &paths);

private:
    QString m_projectPath;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_batchSize = 128;
};

} // namespace crossread
