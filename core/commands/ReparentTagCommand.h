#pragma once
// Moves a tag (with its subtree) under another parent, or to another row among its
// siblings. POSITION is the tag's row among its new siblings after the move; -1 = last.
// The siblings are renumbered 0, 1, 2… so that the order stays total.
#include "domain/Types.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace crossread {

class Project;

class ReparentTagCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReparentTagCommand)
public:
    ReparentTagCommand(
        Project *project, qint64 tagId, qint64 newParentId, int position = -1, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    bool plan();
    bool apply(QList<Tag> tags);
    QPointer<Project> m_project;
    qint64 m_tagId;
    qint64 m_newParentId;
    int m_position;
    bool m_planned = false;
    bool m_applied = false; // written once: replays expect the versions this project wrote
    QList<Tag> m_before; // every tag the move changes, as it was
    QList<Tag> m_after; // the same tags as the move leaves them
};

} // namespace crossread
