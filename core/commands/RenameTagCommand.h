#pragma once
// Renames a tag.
#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace crossread {

class Project;

class RenameTagCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameTagCommand)
public:
    RenameTagCommand(Project *project, qint64 tagId, const QString &name, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    bool apply(const QString &name);
    QPointer<Project> m_project;
    qint64 m_tagId;
    QString m_name;
    QString m_oldName;
    bool m_done = false;
};

} // namespace crossread
