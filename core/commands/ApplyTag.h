#pragma once
// The one gesture "tag this selection": adds the tag to a span of exactly that range when
// there is one, otherwise creates the span. Keeps a twice-tagged range one span.
#include <QCoreApplication>

class QUndoCommand;

namespace crossread {

class Project;

class ApplyTag
{
    Q_DECLARE_TR_FUNCTIONS(ApplyTag)
public:
    // The command to push, or nullptr when the span there already carries the tag.
    static QUndoCommand *create(Project *project, qint64 articleId, qint64 start, qint64 end, qint64 tagId);
};

} // namespace crossread
