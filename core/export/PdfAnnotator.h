#pragma once
// Adds highlight annotations to an existing PDF with poppler and writes the result (the
// original bytes plus an incremental update) to a device.
#include "export/PdfHighlight.h"

#include <QString>

class QIODevice;

namespace crossread {

class PdfAnnotator
{
public:
    bool annotate(const QString &inputPath, const QList<PdfHighlight> &highlights, QIODevice *output);
    QString errorString() const { return m_error; }

    // Pages and their sizes in points, or an empty list when poppler cannot open the file.
    static QList<QSizeF> pageSizes(const QString &path);

private:
    QString m_error;
};

} // namespace crossread
