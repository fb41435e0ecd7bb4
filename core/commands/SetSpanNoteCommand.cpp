#include "commands/SetSpanNoteCommand.h"

#include "commands/CommandSupport.h"

namespace crossread {

static constexpr int kSetSpanNoteId = 0x5e7a01;

SetSpanNoteCommand::SetSpanNoteCommand(Project *project, qint64 spanId, const QString &note, QUndoCommand *parent)
    : SpanEditCommand(project, spanId, parent)
    , m_note(note)
{
    setText(note.isEmpty() ? tr("Clear note") : tr("Note “%1”").arg(commands::shortQuote(note)));
}

bool SetSpanNoteCommand::remember(const Span &span)
{
    m_oldNote = span.note;
    return m_oldNote != m_note;
}

void SetSpanNoteCommand::assign(Span &span, bool undo) const
{
    span.note = undo ? m_oldNote : m_note;
}

int SetSpanNoteCommand::id() const
{
    return kSetSpanNoteId;
}

bool SetSpanNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetSpanNoteCommand *>(other);
    if (next->spanId() != spanId() || next->isObsolete())
        return false;
    m_note = next->m_note;
    m_modified = next->m_modified;
    setText(next->text());
    // Typed back to where it started: the step disappears from the stack.
    setObsolete(m_note == m_oldNote);
    return true;
}

} // namespace crossread
