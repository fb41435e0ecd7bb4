#pragma once
// Reads a file for File › Import Annotations… (no widgets: the window calls it): W3C Web Annotations (.jsonld, .json)
// as `crossread import-jsonld` reads them, or a REFI-QDA project (.qdpx, QdpxImporter as `crossread import-qdpx` reads
// it) whose codings become annotations on their sources by title, so that both go onto the project's articles through
// AnnotationImporter in one undoable edit.
#include "export/WebAnnotationReader.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace crossread {

struct ExportBundle;

class AnnotationFile
{
public:
    // False with errorString() when the file as a whole cannot be used.
    bool read(const QString &path);

    const QList<WebAnnotation> &annotations() const { return m_annotations; }
    QStringList warnings() const { return m_warnings; } // annotations or codings skipped, and why
    QString errorString() const { return m_error; }

    static bool isQdpx(const QString &path);
    // Each coding of BUNDLE as an annotation of its source (by title) with its W3C selectors.
    static QList<WebAnnotation> fromBundle(const ExportBundle &bundle);

private:
    QList<WebAnnotation> m_annotations;
    QStringList m_warnings;
    QString m_error;
};

} // namespace crossread
