#include "commands/RemoveTagCommand.h"

#include "commands/CommandSupport.h"

namespace crossread {

RemoveTagCommand::RemoveTagCommand(Project *project, qint64 tagId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_tagId(tagId)
{
    const QString name = project ? project->tags().tag(tagId).name : QString();
    setText(tr("Remove tag “%1”").arg(name));
}

void RemoveTagCommand::redo()
{
    if (!m_project || !m_project->isOpen()) {
        setObsolete(true);
        return;
    }
    bool found = false;
    m_project->tags().tag(m_tagId, &found);
    if (!found) {
        commands::reportRefusal(m_project, tr("tag %1 no longer exists").arg(m_tagId));
        setObsolete(true);
        return;
    }
    m_snapshot = {};
    if (!m_project->removeTag(m_tagId, &m_snapshot))
        setObsolete(true);
}

void RemoveTagCommand::undo()
{
    if (!m_project || !m_project->restoreTags(m_snapshot))
        setObsolete(true);
}

} // namespace crossread
