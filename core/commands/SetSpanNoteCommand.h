#pragma once
// Sets the note of a span. Successive edits of the same note merge into one undo step,
// so a note editor may save on every pause in typing.
#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QUndoCommand>

namespace crossread {

class Project;

class SetSpanNoteCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetSpanNoteCommand)
public:
    SetSpanNoteCommand(Project *project, qint64 spanId, const QString &note, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool apply(const QString &note, const QDateTime &modified);
    QPointer<Project> m_project;
    qint64 m_spanId;
    QString m_note;
    QString m_oldNote;
    QDateTime m_modified;
    QDateTime m_oldModified;
    bool m_done = false; // m_old* are read on the first redo
};

} // namespace crossread
