#pragma once
// What every exporter reports back, and the progress callback they all accept.
#include <QString>
#include <QStringList>

#include <functional>

namespace crossread {

// Called with steps done and steps in total; returning false cancels the export, which then
// leaves no output file behind.
using ExportProgress = std::function<bool(int done, int total)>;

struct ExportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error; // for the user, when !ok
    QStringList files; // every file written, the main output first
    QStringList warnings; // things the user should know although the export succeeded

    static ExportResult failure(const QString &message)
    {
        ExportResult r;
        r.error = message;
        return r;
    }
    static ExportResult cancel()
    {
        ExportResult r;
        r.cancelled = true;
        r.error = QStringLiteral("export cancelled");
        return r;
    }
};

} // namespace crossread
