#include "commands/RemoveTagCommand.h"

#include "commands/CommandSupport.h"

namespace crossread {

RemoveTagCommand::RemoveTagCommand(Project *project, qint64 tagId, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_tagId(tagId)
{
    if (project) {
        for (qint64 id : project->tags().subtree(tagId)) {
            bool found = false;
            const Tag tag = project->tags().tag(id, &found);
            if (found)
                m_expected.insert(id, tag.stamp.version);
        }
        m_expectedLinks = project->spans().linksOfTags(m_expected.keys());
    }
    const QString name = project ? project->tags().tag(tagId).name : QString();
    setText(tr("Remove tag “%1”").arg(name));
}

void RemoveTagCommand::setReadVersions(const Project::RowVersions &versions)
{
    if (!versions.isEmpty())
        m_expected = versions;
}

void RemoveTagCommand::redo()
{
    if (!m_project || !m_project->isOpen()) {
        setObsolete(true);
        return;
    }
    bool found = false;
    m_project->tags().tag(m_tagId, &found);
    if (!found) {
        commands::reportRefusal(m_project, tr("tag %1 no longer exists").arg(m_tagId));
        setObsolete(true);
        return;
    }
    // After an undo: the tags it put back, as this project wrote them then.
    if (!m_snapshot.tags.isEmpty()) {
        m_expected.clear();
        for (const Tag &t : std::as_const(m_snapshot.tags))
            m_expected.insert(t.id, m_project->writtenTagVersion(t.id, t.stamp.version));
        m_expectedLinks = m_snapshot.links;
    }
    m_snapshot = {};
    if (!m_project->removeTag(m_tagId, m_expected, &m_snapshot, &m_expectedLinks))
        setObsolete(true);
}

void RemoveTagCommand::undo()
{
    if (!m_project || !m_project->restoreTags(m_snapshot))
        setObsolete(true);
}

} // namespace crossread
