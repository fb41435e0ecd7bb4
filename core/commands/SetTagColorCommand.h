#pragma once
// Sets the colour of a tag. Successive colours for the same tag (a colour dialog
// reporting each pick) merge into one undo step.
#include "commands/RecordEditCommand.h"

#include <QColor>

namespace crossread {

class SetTagColorCommand : public TagEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetTagColorCommand)
public:
    SetTagColorCommand(Project *project, qint64 tagId, const QColor &color, QUndoCommand *parent = nullptr);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    QString problem() const override;
    bool remember(const Tag &tag) override;
    void assign(Tag &tag, bool undo) const override;

private:
    QColor m_color;
    QColor m_oldColor;
};

} // namespace crossread
