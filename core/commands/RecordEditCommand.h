#pragma once
// The skeleton shared by commands that change one field of one stored span or tag (a
// span's note or tags, a tag's name or colour): load the record, remember the old value
// on the first redo (no undo step when nothing would change), save the new value, and on
// undo save the old one back. A record that has gone away refuses the edit with a message.
#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QUndoCommand>

#include "domain/Types.h"

namespace crossread {

class Project;

class SpanEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SpanEditCommand)
public:
    void redo() override;
    void undo() override;
    // The version of the span the analyst saw when asking for the edit: when the stored span is
    // no longer at it, the edit is refused as a conflict. Unset, the version read on the first redo.
    void setReadVersion(qint64 version);

protected:
    SpanEditCommand(Project *project, qint64 spanId, QUndoCommand *parent);

    // On the first redo, with the span as stored: remember the old value; false when the
    // edit would change nothing.
    virtual bool remember(const Span &span) = 0;
    // Puts the new value (or, for undo, the old one) into the span.
    virtual void assign(Span &span, bool undo) const = 0;

    qint64 spanId() const { return m_spanId; }
    QDateTime m_modified; // when the edit was first made; merges may move it on

private:
    bool apply(bool undo);
    QPointer<Project> m_project;
    qint64 m_spanId;
    QDateTime m_oldModified;
    qint64 m_readVersion = -1;
    bool m_done = false;
};

class TagEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(TagEditCommand)
public:
    void redo() override;
    void undo() override;

protected:
    TagEditCommand(Project *project, qint64 tagId, QUndoCommand *parent);

    // Why the new value cannot be stored, or empty; asked once, before the first change.
    virtual QString problem() const { return {}; }
    // As SpanEditCommand::remember and assign, for the tag.
    virtual bool remember(const Tag &tag) = 0;
    virtual void assign(Tag &tag, bool undo) const = 0;

    qint64 tagId() const { return m_tagId; }

private:
    bool apply(bool undo);
    QPointer<Project> m_project;
    qint64 m_tagId;
    bool m_done = false;
};

} // namespace crossread
