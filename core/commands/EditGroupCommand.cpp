#include "commands/EditGroupCommand.h"

#include "store/Project.h"

namespace crossread {

EditGroupCommand::EditGroupCommand(Project *project, const QString &text)
    : QUndoCommand(text)
    , m_project(project)
{ }

EditGroupCommand::~EditGroupCommand()
{
    cancel();
}

bool EditGroupCommand::begin()
{
    if (!m_project || !m_project->isOpen() || m_open)
        return false;
    m_open = m_project->beginEdit();
    return m_open;
}

bool EditGroupCommand::run(QUndoCommand *child)
{
    if (!m_open || !child)
        return false;
    child->redo();
    if (child->isObsolete())
        return false; // stays owned by the group, but is never run again
    m_children.append(child);
    return true;
}

bool EditGroupCommand::commit()
{
    if (!m_open)
        return false;
    m_open = false;
    m_applied = m_project && m_project->commitEdit();
    return m_applied;
}

void EditGroupCommand::cancel()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_project)
        m_project->cancelEdit();
}

// Runs the children forwards (redo) or backwards (undo), stopping at the first one that
// fails: after a failure the project has rolled back, and the rest must not run outside it.
bool EditGroupCommand::replay(bool undo)
{
    if (!m_project || !m_project->isOpen() || !m_project->beginEdit())
        return false;
    const qsizetype n = m_children.size();
    for (qsizetype i = 0; i < n; ++i) {
        QUndoCommand *child = m_children.at(undo ? n - 1 - i : i);
        if (undo)
            child->undo();
        else
            child->redo();
        if (child->isObsolete()) {
            m_project->cancelEdit();
            return false;
        }
    }
    return m_project->commitEdit();
}

void EditGroupCommand::redo()
{
    if (m_applied) {
        m_applied = false; // the push after building: the children ran already
        return;
    }
    if (!replay(false))
        setObsolete(true);
}

void EditGroupCommand::undo()
{
    if (!replay(true))
        setObsolete(true);
}

} // namespace crossread
