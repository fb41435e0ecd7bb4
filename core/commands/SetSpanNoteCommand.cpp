#include "commands/SetSpanNoteCommand.h"

#include "commands/CommandSupport.h"
#include "store/Project.h"

namespace crossread {

static constexpr int kSetSpanNoteId = 0x5e7a01;

SetSpanNoteCommand::SetSpanNoteCommand(Project *project, qint64 spanId, const QString &note, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_spanId(spanId)
    , m_note(note)
{
    setText(note.isEmpty() ? tr("Clear note") : tr("Note “%1”").arg(commands::shortQuote(note)));
}

bool SetSpanNoteCommand::apply(const QString &note, const QDateTime &modified)
{
    if (!m_project || !m_project->isOpen())
        return false;
    bool found = false;
    Span span = m_project->spans().span(m_spanId, &found);
    if (!found) {
        commands::reportRefusal(m_project, tr("span %1 no longer exists").arg(m_spanId));
        return false;
    }
    if (!m_done) {
        m_oldNote = span.note;
        m_oldModified = span.modified;
        m_modified = QDateTime::currentDateTimeUtc();
        m_done = true;
        if (m_oldNote == note)
            return false; // nothing would change: no undo step
    }
    span.note = note;
    span.modified = modified.isValid() ? modified : m_modified;
    return m_project->updateSpan(span);
}

void SetSpanNoteCommand::redo()
{
    if (!apply(m_note, m_modified))
        setObsolete(true);
}

void SetSpanNoteCommand::undo()
{
    if (!apply(m_oldNote, m_oldModified))
        setObsolete(true);
}

int SetSpanNoteCommand::id() const
{
    return kSetSpanNoteId;
}

bool SetSpanNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetSpanNoteCommand *>(other);
    if (next->m_spanId != m_spanId || next->isObsolete())
        return false;
    m_note = next->m_note;
    m_modified = next->m_modified;
    setText(next->text());
    // Typed back to where it started: the step disappears from the stack.
    setObsolete(m_note == m_oldNote);
    return true;
}

} // namespace crossread
