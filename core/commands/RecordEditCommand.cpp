#include "commands/RecordEditCommand.h"

#include "commands/CommandSupport.h"
#include "store/Project.h"

namespace crossread {

SpanEditCommand::SpanEditCommand(Project *project, qint64 spanId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_spanId(spanId)
{ }

void SpanEditCommand::setReadVersion(qint64 version)
{
    m_readVersion = version;
}

bool SpanEditCommand::apply(bool undo)
{
    if (!m_project || !m_project->isOpen())
        return false;
    bool found = false;
    Span span = m_project->spans().span(m_spanId, &found);
    if (!found) {
        commands::reportRefusal(m_project, tr("span %1 no longer exists").arg(m_spanId));
        return false;
    }
    // The version the edit is based on: the one the analyst saw (or, when the caller did not say,
    // the one just read) the first time; later the one this project itself last wrote, so that
    // undo and redo never overwrite another analyst's change made in between.
    const qint64 expected = m_done ? m_project->writtenSpanVersion(m_spanId, span.stamp.version)
                                   : (m_readVersion >= 0 ? m_readVersion : span.stamp.version);
    if (!m_done) {
        m_oldModified = span.modified;
        m_modified = QDateTime::currentDateTimeUtc();
        m_done = true;
        if (!remember(span))
            return false; // nothing would change: no undo step
    }
    span.stamp.version = expected;
    assign(span, undo);
    const QDateTime &when = undo ? m_oldModified : m_modified;
    span.modified = when.isValid() ? when : m_modified;
    return m_project->updateSpan(span);
}

void SpanEditCommand::redo()
{
    if (!apply(false))
        setObsolete(true);
}

void SpanEditCommand::undo()
{
    if (!apply(true))
        setObsolete(true);
}

TagEditCommand::TagEditCommand(Project *project, qint64 tagId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_tagId(tagId)
{ }

bool TagEditCommand::apply(bool undo)
{
    if (!m_project || !m_project->isOpen())
        return false;
    bool found = false;
    Tag tag = m_project->tags().tag(m_tagId, &found);
    if (!found) {
        commands::reportRefusal(m_project, tr("tag %1 no longer exists").arg(m_tagId));
        return false;
    }
    // As for spans: the version read the first time, later the one this project wrote last.
    const qint64 expected = m_done ? m_project->writtenTagVersion(m_tagId, tag.stamp.version) : tag.stamp.version;
    if (!m_done) {
        const QString refused = problem();
        if (!refused.isEmpty()) {
            commands::reportRefusal(m_project, refused);
            return false;
        }
        m_done = true;
        if (!remember(tag))
            return false; // nothing would change: no undo step
    }
    tag.stamp.version = expected;
    assign(tag, undo);
    return m_project->updateTag(tag);
}

void TagEditCommand::redo()
{
    if (!apply(false))
        setObsolete(true);
}

void TagEditCommand::undo()
{
    if (!apply(true))
        setObsolete(true);
}

} // namespace crossread
