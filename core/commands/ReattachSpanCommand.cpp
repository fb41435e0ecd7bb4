#include "commands/ReattachSpanCommand.h"

#include "commands/CommandSupport.h"
#include "store/Project.h"

namespace crossread {

ReattachSpanCommand::ReattachSpanCommand(Project *project, qint64 spanId, const TextRange &range, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_spanId(spanId)
    , m_range(range)
{
    if (project)
        setText(tr("Re-attach “%1”").arg(commands::shortQuote(project->spans().span(spanId).text)));
}

void ReattachSpanCommand::redo()
{
    if (!m_project || !m_project->isOpen()) {
        setObsolete(true);
        return;
    }
    bool found = false;
    Span span = m_project->spans().span(m_spanId, &found);
    if (!found) {
        commands::reportRefusal(m_project, tr("span %1 no longer exists").arg(m_spanId));
        setObsolete(true);
        return;
    }
    if (!m_before)
        m_before = span;
    else
        span.stamp.version = m_project->writtenSpanVersion(m_spanId, span.stamp.version);
    span.start = m_range.start;
    span.end = m_range.end;
    span.text.clear(); // validateSpan reads it from the article
    QString error;
    if (!m_project->validateSpan(span, &error)) {
        commands::reportRefusal(m_project, error);
        setObsolete(true);
        return;
    }
    // The analyst put it here: as sure as a span coded here, changed if its words differ.
    span.anchor = span.text.simplified() == span.quote.simplified() ? SpanAnchor::Exact : SpanAnchor::Fuzzy;
    span.confidence = 1;
    span.modified = QDateTime::currentDateTimeUtc();
    if (!m_project->placeSpan(span))
        setObsolete(true);
}

void ReattachSpanCommand::undo()
{
    if (!m_project || !m_before) {
        setObsolete(true);
        return;
    }
    Span before = *m_before;
    before.stamp.version = m_project->writtenSpanVersion(m_spanId, before.stamp.version);
    if (!m_project->placeSpan(before))
        setObsolete(true);
}

} // namespace crossread
