#pragma once
// Sets the note of a span. Successive edits of the same note merge into one undo step,
// so a note editor may save on every pause in typing.
#include "commands/RecordEditCommand.h"

namespace crossread {

class SetSpanNoteCommand : public SpanEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetSpanNoteCommand)
public:
    SetSpanNoteCommand(Project *project, qint64 spanId, const QString &note, QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    bool remember(const Span &span) override;
    void assign(Span &span, bool undo) const override;

private:
    QString m_note;
    QString m_oldNote;
};

} // namespace crossread
