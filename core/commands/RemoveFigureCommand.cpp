#include "commands/RemoveFigureCommand.h"

#include "commands/CommandSupport.h"
#include "store/Project.h"

namespace crossread {

RemoveFigureCommand::RemoveFigureCommand(Project *project, qint64 figureId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_figureId(figureId)
{
    setText(tr("Remove figure"));
}

void RemoveFigureCommand::redo()
{
    if (!m_project || !m_project->isOpen()) {
        setObsolete(true);
        return;
    }
    bool found = false;
    for (const Figure &f : m_project->figures().manualFigures()) {
        if (f.id == m_figureId) {
            m_figure = f;
            found = true;
        }
    }
    if (!found) {
        commands::reportRefusal(m_project, tr("figure %1 no longer exists").arg(m_figureId));
        setObsolete(true);
        return;
    }
    const QString what = m_figure.label.isEmpty() ? m_figure.text : m_figure.label;
    setText(tr("Remove figure “%1”").arg(commands::shortQuote(what)));
    if (!m_project->removeFigure(m_figureId))
        setObsolete(true);
}

void RemoveFigureCommand::undo()
{
    Figure figure = m_figure;
    if (!m_project || !m_project->addFigure(figure))
        setObsolete(true);
}

} // namespace crossread
