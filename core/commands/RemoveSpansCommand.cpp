#include "commands/RemoveSpansCommand.h"

#include "commands/CommandSupport.h"

namespace crossread {

RemoveSpansCommand::RemoveSpansCommand(Project *project, const QList<qint64> &spanIds, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
{
    QString first;
    for (qint64 id : spanIds) {
        bool found = false;
        const Span span = project ? project->spans().span(id, &found) : Span {};
        if (!found)
            continue; // gone already: nothing to remove
        m_expected.insert(id, span.stamp.version);
        if (first.isNull())
            first = span.text;
    }
    if (spanIds.size() == 1 && project)
        setText(tr("Remove “%1”").arg(commands::shortQuote(first)));
    else
        setText(tr("Remove %n span(s)", nullptr, int(spanIds.size())));
}

void RemoveSpansCommand::setReadVersions(const Project::RowVersions &versions)
{
    for (auto it = versions.cbegin(); it != versions.cend(); ++it) {
        if (m_expected.contains(it.key()))
            m_expected.insert(it.key(), it.value());
    }
}

void RemoveSpansCommand::redo()
{
    if (!m_project || !m_project->isOpen()) {
        setObsolete(true);
        return;
    }
    // After an undo: the spans it put back, as this project wrote them then, so that a redo never
    // removes what another analyst has changed in between.
    if (!m_removed.isEmpty()) {
        m_expected.clear();
        for (const SpanSnapshot &s : std::as_const(m_removed))
            m_expected.insert(s.span.id, m_project->writtenSpanVersion(s.span.id, s.span.stamp.version));
    }
    m_removed.clear();
    // Nothing removed (the spans are gone already) leaves nothing to undo.
    if (!m_project->removeSpans(m_expected, &m_removed) || m_removed.isEmpty())
        setObsolete(true);
}

void RemoveSpansCommand::undo()
{
    if (!m_project || !m_project->restoreSpans(m_removed))
        setObsolete(true);
}

} // namespace crossread
