#pragma once
// Several commands as one undo step written in one transaction: a new tag and the span
// tagged with it, a figure replacing another, a span with its note and figure. The group
// is built by running each child as it is added, because a later child needs what an
// earlier one made (the new tag's id); the push that follows does not run them again.
// Undo and redo run every child in one transaction of the project: all or nothing, and
// the models hear of it only once it is saved.
#include <QList>
#include <QPointer>
#include <QUndoCommand>

namespace crossread {

class Project;

class EditGroupCommand : public QUndoCommand
{
public:
    EditGroupCommand(Project *project, const QString &text);
    ~EditGroupCommand() override;

    // Opens the group's transaction; false when the project cannot start one.
    bool begin();
    // Runs CHILD (made with this group as its parent) inside the open transaction; false
    // when it was refused or failed (then the group is to be cancelled) or changed nothing
    // (then it is left out of the group).
    bool run(QUndoCommand *child);
    // Saves what the children did; false (and nothing changed) when the project could not.
    bool commit();
    // Rolls back what the children did so far; the group must not be pushed then.
    void cancel();
    // The children that ran and changed something, in order.
    const QList<QUndoCommand *> &steps() const { return m_children; }

    void redo() override;
    void undo() override;

private:
    bool replay(bool undo);
    QPointer<Project> m_project;
    QList<QUndoCommand *> m_children; // in the order they ran; owned by QUndoCommand
    bool m_open = false;
    bool m_applied = false; // the children ran while the group was built
};

} // namespace crossread
