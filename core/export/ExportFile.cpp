#include "export/ExportFile.h"

#include <QSaveFile>

namespace crossread {

ExportResult writeExportFile(
    const QString &path, const std::function<QByteArray()> &bytes, const ExportProgress &progress)
{
    if (progress && !progress(0, 1))
        return ExportResult::cancel();
    const QByteArray data = bytes();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ExportResult::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(data);
    if (progress && !progress(1, 1)) {
        file.cancelWriting();
        return ExportResult::cancel();
    }
    if (!file.commit())
        return ExportResult::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    ExportResult r;
    r.ok = true;
    r.files << path;
    return r;
}

} // namespace crossread
