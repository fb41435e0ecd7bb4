#pragma once
// Renames a tag.
#include "commands/RecordEditCommand.h"

namespace crossread {

class RenameTagCommand : public TagEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenameTagCommand)
public:
    RenameTagCommand(Project *project, qint64 tagId, const QString &name, QUndoCommand *parent = nullptr);

protected:
    QString problem() const override;
    bool remember(const Tag &tag) override;
    void assign(Tag &tag, bool undo) const override;

private:
    QString m_name;
    QString m_oldName;
};

} // namespace crossread
