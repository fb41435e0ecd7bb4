#include "models/TagTreeModel.h"

#include "domain/TagOrder.h"
#include "store/Project.h"
#include "workspace/Workspace.h"

#include <QSet>

#include <algorithm>

namespace crossread {

TagTreeModel::TagTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

Project *TagTreeModel::project() const
{
    return m_project;
}

Workspace *TagTreeModel::workspace() const
{
    return m_workspace;
}

void TagTreeModel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    setProject(workspace ? workspace->project() : nullptr);
}

void TagTreeModel::setProject(Project *project)
{
    if (m_project == project)
        return;
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        connect(m_project, &Project::tagAdded, this, &TagTreeModel::onTagAdded);
        connect(m_project, &Project::tagChanged, this, &TagTreeModel::onTagChanged);
        connect(m_project, &Project::tagsRemoved, this, &TagTreeModel::onTagsRemoved);
        connect(m_project, &Project::tagsReset, this, &TagTreeModel::reload);
        connect(m_project, &Project::opened, this, &TagTreeModel::reload);
        connect(m_project, &Project::closed, this, &TagTreeModel::reload);
        connect(m_project, &Project::spansAdded, this, &TagTreeModel::refreshCounts);
        connect(m_project, &Project::spansRemoved, this, &TagTreeModel::refreshCounts);
        connect(m_project, &Project::spanChanged, this, &TagTreeModel::refreshCounts);
        connect(m_project, &Project::changedElsewhere, this, &TagTreeModel::refreshFromStore);
    }
    reload();
}

void TagTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_counts.clear();
    m_coderCounts.clear();
    if (m_project && m_project->isOpen()) {
        const QList<Tag> tags = m_project->tags().tags();
        for (const Tag &t : tags)
            m_nodes.insert(t.id, Node { t, {} });
        for (const Tag &t : tags) {
            // A dangling parent cannot happen with foreign keys on; show such a tag at the top.
            if (t.parentId > 0 && m_nodes.contains(t.parentId))
                m_nodes[t.parentId].children.append(t.id);
            else
                m_roots.append(t.id);
            if (t.parentId > 0 && !m_nodes.contains(t.parentId))
                m_nodes[t.id].tag.parentId = 0;
        }
        auto bySibling = [this](qint64 a, qint64 b) { return tagSiblingLess(m_nodes[a].tag, m_nodes[b].tag); };
        std::sort(m_roots.begin(), m_roots.end(), bySibling);
        for (Node &n : m_nodes)
            std::sort(n.children.begin(), n.children.end(), bySibling);
        m_counts = m_project->tags().spanCounts();
    }
    endResetModel();
    refreshQuickBar(true);
}

QList<qint64> &TagTreeModel::childrenOf(qint64 parentId)
{
    return parentId > 0 ? m_nodes[parentId].children : m_roots;
}

const QList<qint64> &TagTreeModel::childrenOf(qint64 parentId) const
{
    static const QList<qint64> none;
    if (parentId <= 0)
        return m_roots;
    auto it = m_nodes.constFind(parentId);
    return it == m_nodes.cend() ? none : it->children;
}

int TagTreeModel::rowOf(qint64 id) const
{
    auto it = m_nodes.constFind(id);
    if (it == m_nodes.cend())
        return -1;
    return int(childrenOf(it->tag.parentId).indexOf(id));
}

int TagTreeModel::sortedRow(const QList<qint64> &siblings, const Tag &tag) const
{
    auto it = std::lower_bound(siblings.cbegin(), siblings.cend(), tag,
        [this](qint64 id, const Tag &t) { return tagSiblingLess(m_nodes[id].tag, t); });
    return int(it - siblings.cbegin());
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.model() != this))
        return {};
    const QList<qint64> &list = childrenOf(parent.isValid() ? qint64(parent.internalId()) : 0);
    if (row >= list.size())
        return {};
    return createIndex(row, column, quintptr(list.at(row)));
}

QModelIndex TagTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const qint64 parentId = m_nodes.value(qint64(child.internalId())).tag.parentId;
    if (parentId <= 0)
        return {};
    return createIndex(rowOf(parentId), 0, quintptr(parentId));
}

int TagTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? qint64(parent.internalId()) : 0).size());
}

int TagTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TagTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const qint64 id = qint64(index.internalId());
    const Tag &t = m_nodes[id].tag;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(t.name) : QVariant(m_counts.value(id));
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(t.name) : QVariant();
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(t.color) : QVariant();
    case Qt::ToolTipRole:
        return toolTip(id);
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case TagIdRole:
        return id;
    case ColorRole:
        return t.color;
    case DescriptionRole:
        return t.description;
    case CountRole:
        return m_counts.value(id);
    case QuickSlotRole:
        return int(m_quick.indexOf(id) + 1);
    case CoderCountsRole: {
        QVariantMap counts;
        const QMap<QString, int> perCoder = coderCounts(id);
        for (auto it = perCoder.cbegin(); it != perCoder.cend(); ++it)
            counts.insert(it.key(), it.value());
        return counts;
    }
    default:
        return {};
    }
}

QMap<QString, int> TagTreeModel::coderCounts(qint64 id) const
{
    if (!m_counts.value(id) || !m_project || !m_project->isOpen())
        return {};
    auto it = m_coderCounts.constFind(id);
    if (it == m_coderCounts.cend())
        it = m_coderCounts.insert(id, m_project->tags().spanCountsByCoder(id));
    return *it;
}

// The tag's path and description, and how many of its spans each coder made.
QString TagTreeModel::toolTip(qint64 id) const
{
    QStringList lines { tagPath(id) };
    const QString description = m_nodes.value(id).tag.description;
    if (!description.isEmpty())
        lines << description;
    const QMap<QString, int> perCoder = coderCounts(id);
    if (!perCoder.isEmpty()) {
        lines << tr("Spans per coder:");
        for (auto it = perCoder.cbegin(); it != perCoder.cend(); ++it)
            lines << tr("%1: %2").arg(it.key()).arg(it.value());
    }
    return lines.join(QLatin1Char('\n'));
}

bool TagTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn || !m_workspace
        || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const qint64 id = qint64(index.internalId());
    const QString name = value.toString().trimmed();
    if (name.isEmpty() || name == m_nodes[id].tag.name)
        return false;
    m_workspace->renameTag(id, name);
    // The tree itself changes when the project announces the rename.
    return m_nodes.value(id).tag.name == name;
}

QVariant TagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return tr("Tag");
    if (section == CountColumn)
        return tr("Spans");
    return {};
}

Qt::ItemFlags TagTreeModel::flags(const QModelIndex &index) const
{
    const bool editable = m_workspace && m_project;
    if (!index.isValid())
        return editable ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (editable) {
        f |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
        if (index.column() == NameColumn)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

QHash<int, QByteArray> TagTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(TagIdRole, "tagId");
    names.insert(ColorRole, "color");
    names.insert(DescriptionRole, "description");
    names.insert(CountRole, "count");
    names.insert(QuickSlotRole, "quickSlot");
    names.insert(CoderCountsRole, "coderCounts");
    return names;
}

QModelIndex TagTreeModel::indexForTag(qint64 id, int column) const
{
    const int row = rowOf(id);
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column, quintptr(id));
}

Tag TagTreeModel::tag(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    return m_nodes.value(qint64(index.internalId())).tag;
}

void TagTreeModel::collectDepthFirst(qint64 parentId, QList<qint64> *out, int limit) const
{
    for (qint64 id : childrenOf(parentId)) {
        if (limit >= 0 && out->size() >= limit)
            return;
        out->append(id);
        collectDepthFirst(id, out, limit);
    }
}

QList<Tag> TagTreeModel::quickBarTags() const
{
    QList<Tag> out;
    for (qint64 id : m_quick)
        out.append(m_nodes.value(id).tag);
    return out;
}

QList<Tag> TagTreeModel::allTags() const
{
    QList<qint64> ids;
    collectDepthFirst(0, &ids, -1);
    QList<Tag> out;
    for (qint64 id : ids)
        out.append(m_nodes.value(id).tag);
    return out;
}

QString TagTreeModel::tagPath(qint64 id) const
{
    QStringList parts;
    // The guard stops at a cycle, which the store forbids but a damaged file could hold.
    for (qint64 cur = id; cur > 0 && m_nodes.contains(cur) && parts.size() <= m_nodes.size();
         cur = m_nodes[cur].tag.parentId)
        parts.prepend(m_nodes[cur].tag.name);
    return parts.join(QLatin1Char('/'));
}

bool TagTreeModel::isAncestor(qint64 ancestor, qint64 id) const
{
    int guard = 0;
    for (qint64 cur = m_nodes.value(id).tag.parentId; cur > 0 && guard <= m_nodes.size(); ++guard) {
        if (cur == ancestor)
            return true;
        cur = m_nodes.value(cur).tag.parentId;
    }
    return false;
}

void TagTreeModel::refreshQuickBar(bool force)
{
    QList<qint64> quick;
    collectDepthFirst(0, &quick, QuickSlots);
    if (quick == m_quick && !force)
        return;
    const QList<qint64> old = m_quick;
    m_quick = quick;
    for (int i = 0; i < std::max(old.size(), quick.size()); ++i) {
        for (qint64 id : { old.value(i), quick.value(i) }) {
            if (id > 0 && old.indexOf(id) != quick.indexOf(id) && m_nodes.contains(id)) {
                const QModelIndex idx = indexForTag(id);
                emit dataChanged(idx, idx, { QuickSlotRole });
            }
        }
    }
    emit quickBarChanged();
}

void TagTreeModel::refreshFromStore()
{
    if (!m_project || !m_project->isOpen())
        return;
    const QList<Tag> tags = m_project->tags().tags();
    bool same = tags.size() == m_nodes.size();
    for (qsizetype i = 0; same && i < tags.size(); ++i) {
        const Tag &t = tags.at(i);
        const auto it = m_nodes.constFind(t.id);
        same = it != m_nodes.cend() && it->tag.stamp.version == t.stamp.version && it->tag.name == t.name
            && it->tag.parentId == t.parentId && it->tag.color == t.color && it->tag.position == t.position
            && it->tag.description == t.description;
    }
    if (same)
        refreshCounts(); // a reset would collapse the tree and drop its selection
    else
        reload();
}

void TagTreeModel::refreshCounts()
{
    if (!m_project || !m_project->isOpen())
        return;
    const QHash<qint64, int> counts = m_project->tags().spanCounts();
    // A span's tags changed: the per-coder counts are read again when next asked for. A
    // tag whose counts a view holds (asked for before) is announced even when its total
    // stays, since its spans may have changed coders.
    QSet<qint64> changed;
    for (auto it = m_coderCounts.cbegin(); it != m_coderCounts.cend(); ++it)
        changed.insert(it.key());
    m_coderCounts.clear();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (m_counts.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (!counts.contains(it.key()) && it.value() != 0)
            changed.insert(it.key());
    }
    m_counts = counts;
    for (qint64 id : std::as_const(changed)) {
        const QModelIndex idx = indexForTag(id, CountColumn);
        if (idx.isValid())
            emit dataChanged(
                idx.siblingAtColumn(NameColumn), idx, { Qt::DisplayRole, Qt::ToolTipRole, CountRole, CoderCountsRole });
    }
}

} // namespace crossread
