#include "commands/ReparentTagCommand.h"

#include "commands/CommandSupport.h"
#include "domain/TagOrder.h"
#include "store/Project.h"

#include <algorithm>

namespace crossread {

ReparentTagCommand::ReparentTagCommand(
    Project *project, qint64 tagId, qint64 newParentId, int position, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_tagId(tagId)
    , m_newParentId(std::max<qint64>(0, newParentId))
    , m_position(position)
{
    const QString name = project ? project->tags().tag(tagId).name : QString();
    setText(tr("Move tag “%1”").arg(name));
}

// Works out, once, which tags change: the moved one and the new siblings it shifts.
bool ReparentTagCommand::plan()
{
    const QList<Tag> all = m_project->tags().tags();
    auto moving = std::find_if(all.cbegin(), all.cend(), [this](const Tag &t) { return t.id == m_tagId; });
    if (moving == all.cend()) {
        commands::reportRefusal(m_project, tr("tag %1 no longer exists").arg(m_tagId));
        return false;
    }
    const bool parentExists = m_newParentId == 0
        || std::any_of(all.cbegin(), all.cend(), [this](const Tag &t) { return t.id == m_newParentId; });
    if (!parentExists) {
        commands::reportRefusal(m_project, tr("tag %1 no longer exists").arg(m_newParentId));
        return false;
    }
    if (m_newParentId != 0 && m_project->tags().subtree(m_tagId).contains(m_newParentId)) {
        commands::reportRefusal(m_project, tr("“%1” cannot be moved into itself").arg(moving->name));
        return false;
    }
    QList<Tag> siblings;
    for (const Tag &t : all) {
        if (t.parentId == m_newParentId && t.id != m_tagId)
            siblings.append(t);
    }
    std::sort(siblings.begin(), siblings.end(), tagSiblingLess);
    const int row = m_position < 0 || m_position > siblings.size() ? int(siblings.size()) : m_position;
    Tag moved = *moving;
    moved.parentId = m_newParentId;
    siblings.insert(row, moved);
    for (int i = 0; i < siblings.size(); ++i) {
        const Tag &t = siblings.at(i);
        const Tag &was = t.id == m_tagId ? *moving : t;
        if (was.parentId == t.parentId && was.position == i)
            continue;
        Tag changed = t;
        changed.position = i;
        m_before.append(was);
        m_after.append(changed);
    }
    return true;
}

// The renumbering is several updates, saved as one edit; the project reports a failure.
// Versions: the first time those the plan read, later those this project wrote last.
bool ReparentTagCommand::apply(QList<Tag> tags)
{
    if (m_applied) {
        for (Tag &t : tags)
            t.stamp.version = m_project->writtenTagVersion(t.id, t.stamp.version);
    }
    if (!m_project->updateTags(tags))
        return false;
    m_applied = true;
    return true;
}

void ReparentTagCommand::redo()
{
    if (!m_project || !m_project->isOpen()) {
        setObsolete(true);
        return;
    }
    if (!m_planned) {
        if (!plan() || m_after.isEmpty()) {
            setObsolete(true); // refused, or the tag is already there
            return;
        }
        m_planned = true;
    }
    if (!apply(m_after))
        setObsolete(true);
}

void ReparentTagCommand::undo()
{
    if (!m_project || !apply(m_before))
        setObsolete(true);
}

} // namespace crossread
