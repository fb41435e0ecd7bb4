#include "commands/ImportAnnotationsCommand.h"

#include "commands/CommandSupport.h"

namespace crossread {

ImportAnnotationsCommand::ImportAnnotationsCommand(Project *project, const QList<WebAnnotation> &annotations,
    const QString &coder, AnnotationImporter::Report *report, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_annotations(annotations)
    , m_coder(coder)
    , m_reportOut(report)
{
    setText(tr("Import %n annotation(s)", nullptr, int(annotations.size())));
}

void ImportAnnotationsCommand::redo()
{
    if (!m_project || !m_project->isOpen()) {
        setObsolete(true);
        return;
    }
    if (!m_imported) {
        m_imported = true;
        const AnnotationImporter::Report report = AnnotationImporter::import(*m_project, m_annotations, m_coder);
        m_annotations.clear();
        m_spanIds = report.spanIds;
        m_tagIds = report.tagIds;
        if (m_reportOut)
            *m_reportOut = report;
        m_reportOut = nullptr;
        if (!report.error.isEmpty()) {
            commands::reportRefusal(m_project, report.error);
            setObsolete(true);
        } else if (m_spanIds.isEmpty() && m_tagIds.isEmpty()) {
            setObsolete(true); // nothing was added: nothing to undo
        }
        return;
    }
    if (!m_project->beginEdit()) {
        setObsolete(true);
        return;
    }
    for (const TagSnapshot &t : std::as_const(m_tags)) {
        if (!m_project->restoreTags(t)) {
            m_project->cancelEdit();
            setObsolete(true);
            return;
        }
    }
    if (!m_project->restoreSpans(m_spans) || !m_project->commitEdit()) {
        m_project->cancelEdit();
        setObsolete(true);
    }
}

void ImportAnnotationsCommand::undo()
{
    if (!m_project || !m_project->isOpen() || !m_project->beginEdit()) {
        setObsolete(true);
        return;
    }
    m_spans.clear();
    m_tags.clear();
    // The rows as this project last wrote them (the import made them at version 0): a span or tag
    // another analyst has changed since stays, and so does the rest of the import.
    Project::RowVersions spans;
    for (qint64 id : std::as_const(m_spanIds))
        spans.insert(id, m_project->writtenSpanVersion(id, 0));
    bool ok = m_project->removeSpans(spans, &m_spans);
    // Children before their parents: removing a parent would take its children along unrecorded.
    for (auto it = m_tagIds.crbegin(); ok && it != m_tagIds.crend(); ++it) {
        TagSnapshot snapshot;
        // The import's own spans are gone: a coding with its tag now is another analyst's.
        const QList<QPair<qint64, qint64>> noLinks;
        ok = m_project->removeTag(*it, { { *it, m_project->writtenTagVersion(*it, 0) } }, &snapshot, &noLinks);
        m_tags.prepend(snapshot);
    }
    if (!ok || !m_project->commitEdit()) {
        m_project->cancelEdit();
        setObsolete(true);
    }
}

} // namespace crossread
