#include "commands/RenameTagCommand.h"

namespace crossread {

RenameTagCommand::RenameTagCommand(Project *project, qint64 tagId, const QString &name, QUndoCommand *parent)
    : TagEditCommand(project, tagId, parent)
    , m_name(name.trimmed())
{
    setText(tr("Rename tag to “%1”").arg(m_name));
}

QString RenameTagCommand::problem() const
{
    return m_name.isEmpty() ? tr("a tag needs a name") : QString();
}

bool RenameTagCommand::remember(const Tag &tag)
{
    m_oldName = tag.name;
    setText(tr("Rename tag “%1” to “%2”").arg(m_oldName, m_name));
    return m_oldName != m_name;
}

void RenameTagCommand::assign(Tag &tag, bool undo) const
{
    tag.name = undo ? m_oldName : m_name;
}

} // namespace crossread
