#include "commands/SetTagColorCommand.h"

#include "store/Project.h"

namespace crossread {

static constexpr int kSetTagColorId = 0x7a6c01;

SetTagColorCommand::SetTagColorCommand(Project *project, qint64 tagId, const QColor &color, QUndoCommand *parent)
    : TagEditCommand(project, tagId, parent)
    , m_color(color)
{
    const QString name = project ? project->tags().tag(tagId).name : QString();
    setText(tr("Colour of “%1”").arg(name));
}

QString SetTagColorCommand::problem() const
{
    return m_color.isValid() ? QString() : tr("not a colour");
}

bool SetTagColorCommand::remember(const Tag &tag)
{
    m_oldColor = tag.color;
    return m_oldColor != m_color;
}

void SetTagColorCommand::assign(Tag &tag, bool undo) const
{
    tag.color = undo ? m_oldColor : m_color;
}

int SetTagColorCommand::id() const
{
    return kSetTagColorId;
}

bool SetTagColorCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetTagColorCommand *>(other);
    if (next->tagId() != tagId() || next->isObsolete())
        return false;
    m_color = next->m_color;
    setObsolete(m_color == m_oldColor);
    return true;
}

} // namespace crossread
