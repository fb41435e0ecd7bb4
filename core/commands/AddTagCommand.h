#pragma once
// Creates a tag. A negative Tag::position appends it after its siblings. Redo after undo
// recreates it under the same id.
#include "domain/Types.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace crossread {

class Project;

class AddTagCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddTagCommand)
public:
    AddTagCommand(Project *project, const Tag &tag, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 tagId() const { return m_tag.id; } // 0 until the first redo succeeded
    Tag tag() const { return m_tag; }

private:
    QPointer<Project> m_project;
    Tag m_tag;
};

} // namespace crossread
