#include "commands/SetSpanTagsCommand.h"

#include "commands/CommandSupport.h"
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
    : QUndoCommand(parent)
    , m_project(project)
    , m_spanId(spanId)
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

bool SetSpanTagsCommand::apply(const QList<qint64> &tagIds, const QDateTime &modified)
{
    if (!m_project || !m_project->isOpen())
        return false;
    bool found = false;
    Span span = m_project->spans().span(m_spanId, &found);
    if (!found) {
        commands::reportRefusal(m_project, tr("span %1 no longer exists").arg(m_spanId));
        return false;
    }
    if (!m_done) {
        m_oldTagIds = normalised(span.tagIds);
        m_oldModified = span.modified;
        m_modified = QDateTime::currentDateTimeUtc();
        m_done = true;
        if (m_oldTagIds == m_tagIds)
            return false; // nothing would change: no undo step
    }
    span.tagIds = tagIds;
    span.modified = modified.isValid() ? modified : m_modified;
    return m_project->updateSpan(span);
}

void SetSpanTagsCommand::redo()
{
    if (!apply(m_tagIds, m_modified))
        setObsolete(true);
}

void SetSpanTagsCommand::undo()
{
    if (!apply(m_oldTagIds, m_oldModified))
        setObsolete(true);
}

} // namespace crossread
