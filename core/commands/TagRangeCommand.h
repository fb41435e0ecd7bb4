#pragma once
// "Tag this range" with a tag given by name (found or created), and optionally the span's
// note and a figure: one undo step that writes in one transaction (Project::tagRange), so a
// killed process never leaves a span without its note. Shared by the window and the CLI.
#include "store/TagRangeEdit.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace crossread {

class Project;

class TagRangeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(TagRangeCommand)
public:
    TagRangeCommand(Project *project, const TagRangeEdit &edit, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // After redo: what was done (edit().done false when it failed; the project says why).
    const TagRangeEdit &edit() const { return m_edit; }

private:
    QPointer<Project> m_project;
    TagRangeEdit m_edit;
};

} // namespace crossread
