#include "commands/AddSpanCommand.h"

#include "commands/CommandSupport.h"
#include "store/Project.h"

namespace crossread {

AddSpanCommand::AddSpanCommand(Project *project, const Span &span, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_span(span)
{
    updateText();
}

void AddSpanCommand::updateText()
{
    const Tag first = m_project && !m_span.tagIds.isEmpty() ? m_project->tags().tag(m_span.tagIds.first()) : Tag {};
    if (!first.name.isEmpty())
        setText(tr("Tag “%1”").arg(first.name));
    else
        setText(tr("Highlight “%1”").arg(commands::shortQuote(m_span.text)));
}

void AddSpanCommand::redo()
{
    if (!m_project || !m_project->isOpen()) {
        setObsolete(true);
        return;
    }
    if (!m_validated) {
        QString error;
        if (!m_project->validateSpan(m_span, &error)) {
            commands::reportRefusal(m_project, error);
            setObsolete(true);
            return;
        }
        m_validated = true;
        updateText(); // validation filled in the quoted text
    }
    QList<Span> spans { m_span };
    if (!m_project->addSpans(spans)) {
        setObsolete(true);
        return;
    }
    m_span = spans.first(); // the id, author and creation time stay for the next redo
}

void AddSpanCommand::undo()
{
    // The span as this project last wrote it: a note or tag another analyst has added since stays.
    if (!m_project
        || !m_project->removeSpans(
            { { m_span.id, m_project->writtenSpanVersion(m_span.id, m_span.stamp.version) } }, nullptr))
        setObsolete(true);
}

} // namespace crossread
