#include "commands/SetSpanTagsCommand.h"

#include "store/Project.h"

#include <algorithm>

namespace crossread {

static QList<qint64> normalised(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

SetSpanTagsCommand::SetSpanTagsCommand(
    Project *project, qint64 spanId, const QList<qint64> &tagIds, QUndoCommand *parent)
    : SpanEditCommand(project, spanId, parent)
    , m_tagIds(normalised(tagIds))
{
    QStringList names;
    for (qint64 id : std::as_const(m_tagIds)) {
        if (project)
            names << project->tags().tag(id).name;
    }
    names.removeAll(QString());
    setText(names.isEmpty() ? tr("Remove tags") : tr("Tag “%1”").arg(names.join(QStringLiteral(", "))));
}

bool SetSpanTagsCommand::remember(const Span &span)
{
    m_oldTagIds = normalised(span.tagIds);
    return m_oldTagIds != m_tagIds;
}

void SetSpanTagsCommand::assign(Span &span, bool undo) const
{
    span.tagIds = undo ? m_oldTagIds : m_tagIds;
}

} // namespace crossread
