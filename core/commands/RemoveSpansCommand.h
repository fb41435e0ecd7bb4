#pragma once
// Removes spans (and the figures set on them); undo restores them under the same ids.
#include "store/Project.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace crossread {

class RemoveSpansCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveSpansCommand)
public:
    RemoveSpansCommand(Project *project, const QList<qint64> &spanIds, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<Project> m_project;
    QList<qint64> m_ids;
    QList<SpanSnapshot> m_removed;
};

} // namespace crossread
