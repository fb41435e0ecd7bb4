#pragma once
// Sets the colour of a tag. Successive colours for the same tag (a colour dialog
// reporting each pick) merge into one undo step.
#include <QColor>
#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace crossread {

class Project;

class SetTagColorCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetTagColorCommand)
public:
    SetTagColorCommand(Project *project, qint64 tagId, const QColor &color, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool apply(const QColor &color);
    QPointer<Project> m_project;
    qint64 m_tagId;
    QColor m_color;
    QColor m_oldColor;
    bool m_done = false;
};

} // namespace crossread
