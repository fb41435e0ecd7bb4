#pragma once
// Replaces the tags of a span (adding one tag is replacing with one more).
#include "commands/RecordEditCommand.h"

namespace crossread {

class SetSpanTagsCommand : public SpanEditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetSpanTagsCommand)
public:
    SetSpanTagsCommand(Project *project, qint64 spanId, const QList<qint64> &tagIds, QUndoCommand *parent = nullptr);

protected:
    bool remember(const Span &span) override;
    void assign(Span &span, bool undo) const override;

private:
    QList<qint64> m_tagIds;
    QList<qint64> m_oldTagIds;
};

} // namespace crossread
