#pragma once
// Removes a figure set by hand; undo puts it back under the same id.
#include "domain/Types.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace crossread {

class Project;

class RemoveFigureCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveFigureCommand)
public:
    RemoveFigureCommand(Project *project, qint64 figureId, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<Project> m_project;
    qint64 m_figureId;
    Figure m_figure;
};

} // namespace crossread
