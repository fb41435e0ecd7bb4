#pragma once
// The one gesture "tag this selection": adds the tag to the coder's own span of exactly that
// range when there is one, otherwise creates a span of the coder's. Keeps a range a coder
// tagged twice one span; another coder's span of the same range stays theirs.
#include <QCoreApplication>

class QUndoCommand;

namespace crossread {

class Project;

class ApplyTag
{
    Q_DECLARE_TR_FUNCTIONS(ApplyTag)
public:
    // The command to push, or nullptr when the coder's span there already carries the tag.
    // An empty CODER is the project's default coder.
    static QUndoCommand *create(Project *project, qint64 articleId, qint64 start, qint64 end, qint64 tagId,
        const QString &coder = QString(), QUndoCommand *parent = nullptr);
};

} // namespace crossread
