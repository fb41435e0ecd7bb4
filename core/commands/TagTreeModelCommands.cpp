// TagTreeModel's link to the undo stack lives with the commands it pushes: the models
// library stays free of the commands library, and whoever gives the tree a stack links
// both anyway.
#include "models/TagTreeModel.h"

#include "commands/RenameTagCommand.h"
#include "commands/ReparentTagCommand.h"

#include <QUndoStack>

namespace crossread {

void TagTreeModel::setUndoStack(QUndoStack *stack)
{
    m_undoStack = stack;
    m_makeRename = [](Project *project, qint64 tagId, const QString &name) -> QUndoCommand * {
        return new RenameTagCommand(project, tagId, name);
    };
    m_makeMove = [](Project *project, qint64 tagId, qint64 parentId, int row) -> QUndoCommand * {
        return new ReparentTagCommand(project, tagId, parentId, row);
    };
}

} // namespace crossread
