#include "commands/AddTagCommand.h"

#include "commands/CommandSupport.h"
#include "store/Project.h"

namespace crossread {

AddTagCommand::AddTagCommand(Project *project, const Tag &tag, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_tag(tag)
{
    m_tag.name = m_tag.name.trimmed();
    setText(tr("New tag “%1”").arg(m_tag.name));
}

void AddTagCommand::redo()
{
    if (!m_project || !m_project->isOpen()) {
        setObsolete(true);
        return;
    }
    if (m_tag.name.isEmpty()) {
        commands::reportRefusal(m_project, tr("a tag needs a name"));
        setObsolete(true);
        return;
    }
    if (!m_project->addTag(m_tag)) // keeps the id and position it got for the next redo
        setObsolete(true);
}

void AddTagCommand::undo()
{
    // The tag as this project last wrote it, without sub-tags or codings (this analyst's later
    // codings with it were undone first): another analyst's changes stay.
    const QList<QPair<qint64, qint64>> noLinks;
    if (!m_project
        || !m_project->removeTag(
            m_tag.id, { { m_tag.id, m_project->writtenTagVersion(m_tag.id, m_tag.stamp.version) } }, nullptr, &noLinks))
        setObsolete(true);
}

} // namespace crossread
