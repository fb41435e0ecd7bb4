#pragma once
// Writes a single-file export the same way for every format: atomically (QSaveFile, so a
// failed or cancelled export leaves any earlier file as it was and no partial one), with the
// progress callback asked before and after, and a message naming the path when it fails.
#include "export/ExportResult.h"

#include <QByteArray>

namespace crossread {

// bytes: called only when the export was not cancelled at once (rendering may be costly).
ExportResult writeExportFile(
    const QString &path, const std::function<QByteArray()> &bytes, const ExportProgress &progress);

} // namespace crossread
