#pragma once
// Adds W3C Web Annotations to the articles they were made on (AnnotationImporter) as one edit:
// undo removes the spans and the tags the import made, in one transaction; redo puts them back
// under the same ids.
#include "store/AnnotationImporter.h"
#include "store/Project.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace crossread {

class ImportAnnotationsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportAnnotationsCommand)
public:
    // Annotations without a creator are CODER's (empty: the project's default coder). The first
    // redo writes what it did to *REPORT when given: a stack deletes a command that did nothing.
    ImportAnnotationsCommand(Project *project, const QList<WebAnnotation> &annotations, const QString &coder,
        AnnotationImporter::Report *report = nullptr, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<Project> m_project;
    QList<WebAnnotation> m_annotations; // until the first redo
    QString m_coder;
    AnnotationImporter::Report *m_reportOut;
    QList<qint64> m_spanIds;
    QList<qint64> m_tagIds; // parents first
    bool m_imported = false;
    QList<SpanSnapshot> m_spans; // what undo removed, for redo
    QList<TagSnapshot> m_tags; // parents first
};

} // namespace crossread
