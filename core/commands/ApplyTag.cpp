#include "commands/ApplyTag.h"

#include "commands/AddSpanCommand.h"
#include "commands/SetSpanTagsCommand.h"
#include "store/Project.h"

namespace crossread {

QUndoCommand *ApplyTag::create(Project *project, qint64 articleId, qint64 start, qint64 end, qint64 tagId,
    const QString &coder, QUndoCommand *parent)
{
    if (!project)
        return nullptr;
    const QString author = coder.isEmpty() ? project->defaultCoder() : coder;
    for (const Span &s : project->spans().spansOfArticle(articleId)) {
        if (s.start != start || s.end != end || s.author != author)
            continue;
        if (s.tagIds.contains(tagId))
            return nullptr;
        QList<qint64> tags = s.tagIds;
        tags.append(tagId);
        auto *command = new SetSpanTagsCommand(project, s.id, tags, parent);
        command->setText(tr("Tag “%1”").arg(project->tags().tag(tagId).name));
        return command;
    }
    Span span;
    span.articleId = articleId;
    span.start = start;
    span.end = end;
    span.tagIds = { tagId };
    span.author = author;
    return new AddSpanCommand(project, span, parent);
}

} // namespace crossread
