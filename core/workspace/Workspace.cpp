#include "workspace/Workspace.h"

#include "commands/AddTagCommand.h"
#include "commands/CommandSupport.h"
#include "commands/EditGroupCommand.h"
#include "commands/RemoveTagCommand.h"
#include "commands/RenameTagCommand.h"
#include "commands/ReparentTagCommand.h"
#include "commands/SetArticleMetadataCommand.h"
#include "commands/SetTagColorCommand.h"
#include "domain/CoderName.h"
#include "domain/TagPalette.h"
#include "store/Project.h"
#include "workspace/StarterCodebook.h"

#include <QUndoStack>

#include <memory>
#include <utility>

namespace crossread {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_project(new Project(this))
    , m_undoStack(new QUndoStack(this))
    , m_coder(CoderName::systemUser())
{
    // Commands and the project report refusals and failed saves here; the last one is kept
    // for callers that have no window to show it in (the command line).
    connect(m_project, &Project::errorOccurred, this, [this](const QString &message) { m_lastError = message; });
    connect(m_project, &Project::conflictOccurred, this, &Workspace::conflictOccurred);
    m_project->setEditor(m_coder);
}

Workspace::~Workspace()
{
    // Closed here, while the workspace is whole: whoever follows the project's closed()
    // may still ask the workspace (its coder) and must not find it half destroyed.
    close();
}

bool Workspace::open(const QString &path, ProjectOpenMode mode)
{
    close();
    m_lastError.clear();
    if (!m_project->open(path, mode)) {
        m_lastError = m_project->error();
        return false;
    }
    restartWatcher();
    return true;
}

void Workspace::close()
{
    delete std::exchange(m_watcher, nullptr);
    // Commands point at this project; they must not be replayed on the next one.
    m_undoStack->clear();
    m_project->close();
}

void Workspace::setWatchingChanges(bool on)
{
    if (on == m_watching)
        return;
    m_watching = on;
    restartWatcher();
}

void Workspace::restartWatcher()
{
    delete std::exchange(m_watcher, nullptr);
    if (!m_watching || !isOpen())
        return;
    m_watcher = m_project->createChangeWatcher(this);
    connect(m_watcher, &ChangeWatcher::changedElsewhere, m_project, &Project::notifyChangedElsewhere);
    m_watcher->start();
}

bool Workspace::isOpen() const
{
    return m_project->isOpen();
}

void Workspace::setCoder(const QString &name)
{
    QString coder = CoderName::normalized(name);
    if (coder.isEmpty())
        coder = CoderName::systemUser();
    if (coder == m_coder)
        return;
    m_coder = coder;
    m_project->setEditor(m_coder);
    emit coderChanged(m_coder);
}

bool Workspace::canUndo() const
{
    return m_undoStack->canUndo();
}

bool Workspace::canRedo() const
{
    return m_undoStack->canRedo();
}

void Workspace::undo()
{
    m_lastError.clear();
    m_undoStack->undo();
}

void Workspace::redo()
{
    m_lastError.clear();
    m_undoStack->redo();
}

EditResult::Outcome Workspace::perform(const QString &text, const std::function<bool(EditGroupCommand &)> &build)
{
    m_lastError.clear();
    if (!isOpen()) {
        m_lastError = tr("no project is open");
        return EditResult::Failed;
    }
    auto group = std::make_unique<EditGroupCommand>(m_project, text);
    if (!group->begin())
        return EditResult::Failed;
    if (!build(*group) || group->steps().isEmpty()) {
        group->cancel();
        return m_lastError.isEmpty() ? EditResult::Unchanged : EditResult::Failed;
    }
    if (!group->commit())
        return EditResult::Failed;
    // A step of one command reads as that command (which may have named itself while it ran).
    if (group->steps().size() == 1 && group->text().isEmpty())
        group->setText(group->steps().first()->text());
    m_undoStack->push(group.release());
    return EditResult::Done;
}

bool Workspace::push(QUndoCommand *command)
{
    m_lastError.clear();
    if (!isOpen()) {
        delete command;
        m_lastError = tr("no project is open");
        return false;
    }
    m_undoStack->push(command); // a command that changed nothing is dropped by the stack
    return m_lastError.isEmpty();
}

bool Workspace::refuse(const QString &message)
{
    commands::reportRefusal(m_project, message);
    return false;
}

bool Workspace::tagExists(qint64 tagId) const
{
    bool found = false;
    m_project->tags().tag(tagId, &found);
    return found;
}

QColor Workspace::nextTagColor() const
{
    return TagPalette::colorForIndex(int(m_project->tags().tags().size()));
}

namespace {

// "Parent/Child" of a tag among TAGS; a damaged file could hold a cycle, which ends it.
QString pathIn(const QHash<qint64, Tag> &tags, qint64 tagId)
{
    QStringList parts;
    for (qint64 id = tagId; id > 0 && tags.contains(id) && parts.size() <= tags.size(); id = tags[id].parentId)
        parts.prepend(tags[id].name);
    return parts.join(QLatin1Char('/'));
}

QHash<qint64, Tag> tagsById(const QList<Tag> &list)
{
    QHash<qint64, Tag> tags;
    for (const Tag &t : list)
        tags.insert(t.id, t);
    return tags;
}

} // namespace

qint64 Workspace::tagAtPath(const QString &path) const
{
    const QString wanted = path.trimmed();
    if (wanted.isEmpty() || !isOpen())
        return 0;
    // In the tree's order, so that of two paths differing in case the first one wins.
    const QList<Tag> list = m_project->tags().tags();
    const QHash<qint64, Tag> tags = tagsById(list);
    for (const Tag &t : list) {
        if (pathIn(tags, t.id).compare(wanted, Qt::CaseInsensitive) == 0)
            return t.id;
    }
    return 0;
}

QString Workspace::tagPath(qint64 tagId) const
{
    return isOpen() ? pathIn(tagsById(m_project->tags().tags()), tagId) : QString();
}

Tag Workspace::newTagFromPath(const QString &path) const
{
    Tag tag;
    tag.name = path.trimmed();
    tag.position = -1;
    // "Parent/Name" puts Name inside an existing Parent; otherwise the whole text is the name.
    const qsizetype slash = tag.name.lastIndexOf(QLatin1Char('/'));
    if (slash > 0) {
        if (const qint64 parent = tagAtPath(tag.name.left(slash))) {
            tag.parentId = parent;
            tag.name = tag.name.mid(slash + 1).trimmed();
        }
    }
    return tag;
}

EditResult Workspace::createTag(const QString &name, qint64 parentId, const QColor &color)
{
    Tag tag;
    tag.name = name.trimmed();
    tag.parentId = parentId;
    tag.position = -1;
    EditResult result;
    result.outcome = perform(QString(), [&](EditGroupCommand &group) {
        if (parentId > 0 && !tagExists(parentId))
            return refuse(tr("tag %1 no longer exists").arg(parentId));
        tag.color = color.isValid() ? color : nextTagColor();
        auto *add = new AddTagCommand(m_project, tag, &group);
        if (!group.run(add))
            return false;
        result.id = add->tagId();
        return true;
    });
    if (result.outcome != EditResult::Done)
        result.id = 0;
    return result;
}

EditResult Workspace::addStarterCodebook()
{
    EditResult result;
    result.outcome = perform(tr("Starter codebook"), [&](EditGroupCommand &group) {
        for (const StarterCodebook::Entry &entry : StarterCodebook::entries()) {
            if (m_project->tags().childNamed(0, entry.name))
                continue;
            Tag tag;
            tag.name = entry.name;
            tag.description = entry.description;
            tag.position = -1;
            tag.color = nextTagColor();
            auto *add = new AddTagCommand(m_project, tag, &group);
            if (!group.run(add))
                return false;
            if (result.id == 0)
                result.id = add->tagId();
        }
        return true;
    });
    if (result.outcome != EditResult::Done)
        result.id = 0;
    return result;
}

bool Workspace::setArticleMetadata(qint64 articleId, const ArticleMetadata &metadata, ArticleFields fields)
{
    return push(new SetArticleMetadataCommand(m_project, articleId, metadata, fields));
}

bool Workspace::renameTag(qint64 tagId, const QString &name)
{
    return push(new RenameTagCommand(m_project, tagId, name));
}

bool Workspace::setTagColor(qint64 tagId, const QColor &color)
{
    return push(new SetTagColorCommand(m_project, tagId, color));
}

bool Workspace::moveTags(const QList<TagMove> &moves)
{
    if (moves.isEmpty())
        return false;
    const QString text = moves.size() == 1 ? QString() : tr("Move %n tag(s)", nullptr, int(moves.size()));
    return perform(text, [&](EditGroupCommand &group) {
        for (const TagMove &m : moves) {
            // A move that leaves a tag where it is changes nothing and is left out.
            auto *move = new ReparentTagCommand(m_project, m.tagId, m.parentId, m.position, &group);
            if (!group.run(move) && !m_lastError.isEmpty())
                return false;
        }
        return true;
    }) == EditResult::Done;
}

bool Workspace::removeTag(qint64 tagId, const QHash<qint64, qint64> &readVersions,
    const std::optional<QList<QPair<qint64, qint64>>> &readLinks)
{
    auto *command = new RemoveTagCommand(m_project, tagId);
    command->setReadVersions(readVersions);
    if (readLinks)
        command->setReadLinks(*readLinks);
    return push(command);
}

QList<QPair<qint64, qint64>> Workspace::codingsOfTag(qint64 tagId) const
{
    if (!isOpen())
        return {};
    return m_project->spans().linksOfTags(m_project->tags().subtree(tagId));
}

} // namespace crossread
