#pragma once
// Places an orphan span again, on a range of its article's current text the analyst chose (one of
// the candidates re-anchoring offered, or a selection): its hand figures move with it, and it
// counts as coded there. Undo makes it the orphan it was, with the selectors of its last place.
#include "domain/Types.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace crossread {

class Project;

class ReattachSpanCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReattachSpanCommand)
public:
    ReattachSpanCommand(Project *project, qint64 spanId, const TextRange &range, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    QPointer<Project> m_project;
    qint64 m_spanId;
    TextRange m_range;
    std::optional<Span> m_before;
};

} // namespace crossread
