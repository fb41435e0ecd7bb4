#pragma once
// Sets the note of a span and records who wrote it (CODER; empty = the project's default
// coder). Successive edits of the same note by the same coder merge into one undo step, so
// a note editor may save on every pause in typing. Undo restores the note and its coder.
#include "commands/RecordEditCommand.h"

namespace crossread {

class SetSpanNoteCommand : public SpanEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetSpanNoteCommand)
public:
    SetSpanNoteCommand(Project *project, qint64 spanId, const QString &note, const QString &coder = QString(),
        QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    bool remember(const Span &span) override;
    void assign(Span &span, bool undo) const override;

private:
    QString m_note;
    QString m_coder;
    QString m_oldNote;
    QString m_oldNoteAuthor;
};

} // namespace crossread
