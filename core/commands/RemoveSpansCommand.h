#pragma once
// Removes spans (and the figures set on them); undo restores them under the same ids. A span
// another analyst changed since the analyst saw it is not removed: the removal is refused as a
// conflict, all of it.
#include "store/Project.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace crossread {

class RemoveSpansCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveSpansCommand)
public:
    // Reads the versions of the spans as they are stored now: the ones the analyst sees.
    RemoveSpansCommand(Project *project, const QList<qint64> &spanIds, QUndoCommand *parent = nullptr);

    // The versions of the spans the analyst saw (Span::stamp), by id, where the window shows
    // them as read earlier than now; ids not among spanIds are ignored.
    void setReadVersions(const Project::RowVersions &versions);

    void redo() override;
    void undo() override;

private:
    QPointer<Project> m_project;
    Project::RowVersions m_expected; // the spans the next redo removes, at these versions
    QList<SpanSnapshot> m_removed;
};

} // namespace crossread
