#pragma once
// Removes a tag with its sub-tags and their span links; undo puts all of it back under
// the same ids. A tag of the subtree another analyst changed since the analyst saw it, a
// sub-tag they made since, or a span they coded or uncoded with one of these tags since (read
// when the command is made), refuses the removal as a conflict.
#include "store/Project.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace crossread {

class RemoveTagCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveTagCommand)
public:
    // Reads the versions of the tag and its sub-tags as they are stored now.
    RemoveTagCommand(Project *project, qint64 tagId, QUndoCommand *parent = nullptr);

    // The tag and its sub-tags as the analyst saw them (Tag::stamp), by id, where the window read
    // them earlier than now: a sub-tag not among them was made since and refuses the removal.
    // Empty leaves the subtree the constructor read.
    void setReadVersions(const Project::RowVersions &versions);
    // The (span, tag) codings of the subtree as the analyst was told of them, where read earlier
    // than now.
    void setReadLinks(const QList<QPair<qint64, qint64>> &links) { m_expectedLinks = links; }

    void redo() override;
    void undo() override;

private:
    QPointer<Project> m_project;
    qint64 m_tagId;
    Project::RowVersions m_expected; // the subtree the next redo removes, at these versions
    QList<QPair<qint64, qint64>> m_expectedLinks; // its codings, (span, tag)
    TagSnapshot m_snapshot;
};

} // namespace crossread
