#pragma once
// Records a figure an analyst read from a span by hand; redo after undo keeps its id.
#include "domain/Types.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace crossread {

class Project;

class AddFigureCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddFigureCommand)
public:
    AddFigureCommand(Project *project, const Figure &figure, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 figureId() const { return m_figure.id; }
    Figure figure() const { return m_figure; }

private:
    QPointer<Project> m_project;
    Figure m_figure;
};

} // namespace crossread
