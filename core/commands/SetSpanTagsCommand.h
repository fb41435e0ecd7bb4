#pragma once
// Replaces the tags of a span (adding one tag is replacing with one more).
#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QUndoCommand>

namespace crossread {

class Project;

class SetSpanTagsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetSpanTagsCommand)
public:
    SetSpanTagsCommand(Project *project, qint64 spanId, const QList<qint64> &tagIds, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    bool apply(const QList<qint64> &tagIds, const QDateTime &modified);
    QPointer<Project> m_project;
    qint64 m_spanId;
    QList<qint64> m_tagIds;
    QList<qint64> m_oldTagIds;
    QDateTime m_modified;
    QDateTime m_oldModified;
    bool m_done = false;
};

} // namespace crossread
