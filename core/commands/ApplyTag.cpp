#include "commands/ApplyTag.h"

#include "commands/AddSpanCommand.h"
#include "commands/SetSpanTagsCommand.h"
#include "store/Project.h"

namespace crossread {

QUndoCommand *ApplyTag::create(Project *project, qint64 articleId, qint64 start, qint64 end, qint64 tagId)
{
    if (!project)
        return nullptr;
    for (const Span &s : project->spans().spansOfArticle(articleId)) {
        if (s.start != start || s.end != end)
            continue;
        if (s.tagIds.contains(tagId))
            return nullptr;
        QList<qint64> tags = s.tagIds;
        tags.append(tagId);
        auto *command = new SetSpanTagsCommand(project, s.id, tags);
        command->setText(tr("Tag “%1”").arg(project->tags().tag(tagId).name));
        return command;
    }
    Span span;
    span.articleId = articleId;
    span.start = start;
    span.end = end;
    span.tagIds = { tagId };
    return new AddSpanCommand(project, span);
}

} // namespace crossread
