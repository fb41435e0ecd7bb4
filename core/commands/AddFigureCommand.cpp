#include "commands/AddFigureCommand.h"

#include "commands/CommandSupport.h"
#include "store/Project.h"

namespace crossread {

AddFigureCommand::AddFigureCommand(Project *project, const Figure &figure, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_figure(figure)
{
    m_figure.manual = true;
    const QString what = figure.label.isEmpty() ? figure.text : figure.label;
    setText(tr("Figure “%1”").arg(commands::shortQuote(what)));
}

void AddFigureCommand::redo()
{
    if (!m_project || !m_project->isOpen() || !m_project->addFigure(m_figure))
        setObsolete(true);
}

void AddFigureCommand::undo()
{
    if (!m_project || !m_project->removeFigure(m_figure.id))
        setObsolete(true);
}

} // namespace crossread
