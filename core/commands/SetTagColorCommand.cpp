#include "commands/SetTagColorCommand.h"

#include "commands/CommandSupport.h"
#include "store/Project.h"

namespace crossread {

static constexpr int kSetTagColorId = 0x7a6c01;

SetTagColorCommand::SetTagColorCommand(Project *project, qint64 tagId, const QColor &color, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_tagId(tagId)
    , m_color(color)
{
    const QString name = project ? project->tags().tag(tagId).name : QString();
    setText(tr("Colour of “%1”").arg(name));
}

bool SetTagColorCommand::apply(const QColor &color)
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
        if (!m_color.isValid()) {
            commands::reportRefusal(m_project, tr("not a colour"));
            return false;
        }
        m_oldColor = tag.color;
        m_done = true;
        if (m_oldColor == m_color)
            return false; // nothing would change: no undo step
    }
    tag.color = color;
    return m_project->updateTag(tag);
}

void SetTagColorCommand::redo()
{
    if (!apply(m_color))
        setObsolete(true);
}

void SetTagColorCommand::undo()
{
    if (!apply(m_oldColor))
        setObsolete(true);
}

int SetTagColorCommand::id() const
{
    return kSetTagColorId;
}

bool SetTagColorCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetTagColorCommand *>(other);
    if (next->m_tagId != m_tagId || next->isObsolete())
        return false;
    m_color = next->m_color;
    setObsolete(m_color == m_oldColor);
    return true;
}

} // namespace crossread
