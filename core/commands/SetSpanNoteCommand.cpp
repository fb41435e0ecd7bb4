#include "commands/SetSpanNoteCommand.h"

#include "commands/CommandSupport.h"
#include "store/Project.h"

namespace crossread {

static constexpr int kSetSpanNoteId = 0x5e7a01;

SetSpanNoteCommand::SetSpanNoteCommand(
    Project *project, qint64 spanId, const QString &note, const QString &coder, QUndoCommand *parent)
    : SpanEditCommand(project, spanId, parent)
    , m_note(note)
    , m_coder(coder.isEmpty() && project ? project->defaultCoder() : coder)
{
    setText(note.isEmpty() ? tr("Clear note") : tr("Note “%1”").arg(commands::shortQuote(note)));
}

bool SetSpanNoteCommand::remember(const Span &span)
{
    m_oldNote = span.note;
    m_oldNoteAuthor = span.noteAuthor;
    return m_oldNote != m_note;
}

void SetSpanNoteCommand::assign(Span &span, bool undo) const
{
    span.note = undo ? m_oldNote : m_note;
    // A note nobody wrote has no coder; the one who clears a note leaves none behind.
    span.noteAuthor = undo ? m_oldNoteAuthor : (m_note.isEmpty() ? QString() : m_coder);
}

int SetSpanNoteCommand::id() const
{
    return kSetSpanNoteId;
}

bool SetSpanNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetSpanNoteCommand *>(other);
    if (next->spanId() != spanId() || next->m_coder != m_coder || next->isObsolete())
        return false;
    m_note = next->m_note;
    m_modified = next->m_modified;
    setText(next->text());
    // Typed back to where it started: the step disappears from the stack.
    setObsolete(m_note == m_oldNote);
    return true;
}

} // namespace crossread
