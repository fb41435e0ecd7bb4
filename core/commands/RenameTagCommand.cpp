#include "commands/RenameTagCommand.h"

#include "commands/CommandSupport.h"
#include "store/Project.h"

namespace crossread {

RenameTagCommand::RenameTagCommand(Project *project, qint64 tagId, const QString &name, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_tagId(tagId)
    , m_name(name.trimmed())
{
    setText(tr("Rename tag to “%1”").arg(m_name));
}

bool RenameTagCommand::apply(const QString &name)
{
    if (!m_project || !m_project->isOpen())
        return false;
    bool found = false;
    Tag tag = m_project->tags().tag(m_tagId, &found);
    if (!found) {
        commands::reportRefusal(m_project, tr("tag %1 no longer exists").arg(m_tagId));
        return false;
    }
    if (!m_done) {
        if (m_name.isEmpty()) {
            commands::reportRefusal(m_project, tr("a tag needs a name"));
            return false;
        }
        m_oldName = tag.name;
        m_done = true;
        setText(tr("Rename tag “%1” to “%2”").arg(m_oldName, m_name));
        if (m_oldName == m_name)
            return false; // nothing would change: no undo step
    }
    tag.name = name;
    return m_project->updateTag(tag);
}

void RenameTagCommand::redo()
{
    if (!apply(m_name))
        setObsolete(true);
}

void RenameTagCommand::undo()
{
    if (!apply(m_oldName))
        setObsolete(true);
}

} // namespace crossread
