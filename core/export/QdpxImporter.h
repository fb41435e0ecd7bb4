#pragma once
// Reads a REFI-QDA project (.qdpx) into an ExportBundle: codes become tags (parent links,
// colours, descriptions), text sources articles, text selections spans with their codings
// as tags and their notes. Ids are assigned afresh (1, 2, …) per kind. The archive is
// untrusted: anything malformed or hostile makes the import fail as a whole with a message.
#include "export/ExportBundle.h"

#include <QStringList>

#include <optional>

class QIODevice;

namespace crossread {

struct QdpxProject;
class ZipReader;

class QdpxImporter
{
public:
    std::optional<ExportBundle> importFile(const QString &path);
    std::optional<ExportBundle> importDevice(QIODevice *device);

    QString errorString() const { return m_error; }
    QStringList warnings() const { return m_warnings; } // what was skipped or repaired

    // The colour given to codes without one (REFI-QDA makes colours optional).
    static QColor defaultColor(int index);

private:
    std::optional<ExportBundle> importArchive(ZipReader &zip);
    std::optional<QString> internalText(ZipReader &zip, const QString &url, const QString &what);
    ExportBundle build(const QdpxProject &project, ZipReader &zip);

    QString m_error;
    QStringList m_warnings;
};

} // namespace crossread
