#include "commands/TagRangeCommand.h"

#include "store/Project.h"

namespace crossread {

TagRangeCommand::TagRangeCommand(Project *project, const TagRangeEdit &edit, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_edit(edit)
{
    const QString name = m_edit.tag.id > 0 && project ? project->tags().tag(m_edit.tag.id).name : m_edit.tag.name;
    setText(tr("Tag “%1”").arg(name.trimmed()));
}

void TagRangeCommand::redo()
{
    if (!m_project || !m_project->isOpen() || !m_project->tagRange(m_edit))
        setObsolete(true);
}

void TagRangeCommand::undo()
{
    if (!m_project || !m_project->untagRange(m_edit))
        setObsolete(true);
}

} // namespace crossread
