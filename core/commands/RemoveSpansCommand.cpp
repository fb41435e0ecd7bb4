#include "commands/RemoveSpansCommand.h"

#include "commands/CommandSupport.h"

namespace crossread {

RemoveSpansCommand::RemoveSpansCommand(Project *project, const QList<qint64> &spanIds, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_ids(spanIds)
{
    if (m_ids.size() == 1 && project)
        setText(tr("Remove “%1”").arg(commands::shortQuote(project->spans().span(m_ids.first()).text)));
    else
        setText(tr("Remove %n span(s)", nullptr, int(m_ids.size())));
}

void RemoveSpansCommand::redo()
{
    m_removed.clear();
    // Nothing removed (the spans are gone already) leaves nothing to undo.
    if (!m_project || !m_project->isOpen() || !m_project->removeSpans(m_ids, &m_removed) || m_removed.isEmpty())
        setObsolete(true);
}

void RemoveSpansCommand::undo()
{
    if (!m_project || !m_project->restoreSpans(m_removed))
        setObsolete(true);
}

} // namespace crossread
