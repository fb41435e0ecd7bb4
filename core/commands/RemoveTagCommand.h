#pragma once
// Removes a tag with its sub-tags and their span links; undo puts all of it back under
// the same ids.
#include "store/Project.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace crossread {

class RemoveTagCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveTagCommand)
public:
    RemoveTagCommand(Project *project, qint64 tagId, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<Project> m_project;
    qint64 m_tagId;
    TagSnapshot m_snapshot;
};

} // namespace crossread
