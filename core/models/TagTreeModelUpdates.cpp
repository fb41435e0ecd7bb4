// TagTreeModel, part two: following the project's tag signals row by row, and drag and drop.
#include "models/TagTreeModel.h"

#include "domain/TagOrder.h"
#include "store/Project.h"
#include "workspace/Workspace.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace crossread {

void TagTreeModel::onTagAdded(const Tag &tag)
{
    if (m_nodes.contains(tag.id)) {
        onTagChanged(tag);
        return;
    }
    if (tag.parentId > 0 && !m_nodes.contains(tag.parentId)) {
        reload();
        return;
    }
    QList<qint64> &siblings = childrenOf(tag.parentId);
    const int row = sortedRow(siblings, tag);
    beginInsertRows(indexForTag(tag.parentId), row, row);
    m_nodes.insert(tag.id, Node { tag, {} });
    childrenOf(tag.parentId).insert(row, tag.id);
    endInsertRows();
    refreshQuickBar();
}

void TagTreeModel::onTagChanged(const Tag &tag)
{
    auto it = m_nodes.find(tag.id);
    if (it == m_nodes.end() || (tag.parentId > 0 && !m_nodes.contains(tag.parentId)) || tag.parentId == tag.id
        || isAncestor(tag.id, tag.parentId)) {
        reload();
        return;
    }
    const Tag old = it->tag;
    const int oldRow = rowOf(tag.id);
    QList<qint64> without = childrenOf(tag.parentId);
    without.removeOne(tag.id);
    const int newRow = sortedRow(without, tag);

    if (old.parentId != tag.parentId) {
        beginMoveRows(indexForTag(old.parentId), oldRow, oldRow, indexForTag(tag.parentId), newRow);
        childrenOf(old.parentId).removeAt(oldRow);
        childrenOf(tag.parentId).insert(newRow, tag.id);
        m_nodes[tag.id].tag = tag;
        endMoveRows();
    } else if (newRow != oldRow) {
        const QModelIndex parent = indexForTag(tag.parentId);
        // beginMoveRows counts the destination in the list before the row leaves it.
        beginMoveRows(parent, oldRow, oldRow, parent, newRow > oldRow ? newRow + 1 : newRow);
        QList<qint64> &siblings = childrenOf(tag.parentId);
        siblings.removeAt(oldRow);
        siblings.insert(newRow, tag.id);
        m_nodes[tag.id].tag = tag;
        endMoveRows();
    } else {
        m_nodes[tag.id].tag = tag;
    }
    const QModelIndex first = indexForTag(tag.id, NameColumn);
    emit dataChanged(first, first.siblingAtColumn(CountColumn));
    if (m_quick.contains(tag.id) || old.parentId != tag.parentId || newRow != oldRow)
        refreshQuickBar(m_quick.contains(tag.id));
}

void TagTreeModel::onTagsRemoved(const QList<qint64> &ids)
{
    const QSet<qint64> removed(ids.cbegin(), ids.cend());
    for (qint64 id : ids) {
        auto it = m_nodes.constFind(id);
        // Descendants go with the top of their removed subtree.
        if (it == m_nodes.cend() || removed.contains(it->tag.parentId))
            continue;
        const qint64 parentId = it->tag.parentId;
        const int row = rowOf(id);
        beginRemoveRows(indexForTag(parentId), row, row);
        childrenOf(parentId).removeAt(row);
        eraseSubtree(id);
        endRemoveRows();
    }
    refreshQuickBar();
}

void TagTreeModel::eraseSubtree(qint64 id)
{
    const Node node = m_nodes.take(id);
    m_counts.remove(id);
    m_coderCounts.remove(id);
    for (qint64 child : node.children)
        eraseSubtree(child);
}

QStringList TagTreeModel::mimeTypes() const
{
    return { MimeType };
}

QByteArray TagTreeModel::encodeTagIds(const QList<qint64> &ids)
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << ids;
    return out;
}

QList<qint64> TagTreeModel::decodeTagIds(const QByteArray &data)
{
    QList<qint64> ids;
    QDataStream stream(data);
    stream >> ids;
    return stream.status() == QDataStream::Ok ? ids : QList<qint64>();
}

QMimeData *TagTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = tag(index).id;
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(MimeType, encodeTagIds(ids));
    QStringList paths;
    for (qint64 id : std::as_const(ids))
        paths << tagPath(id);
    data->setText(paths.join(QLatin1Char('\n')));
    return data;
}

Qt::DropActions TagTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions TagTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

// The dragged tags that may go under PARENT: none when one of them would land in itself.
QList<qint64> TagTreeModel::dropIds(const QMimeData *data, const QModelIndex &parent) const
{
    if (!data || !data->hasFormat(MimeType) || (parent.isValid() && parent.model() != this))
        return {};
    const QList<qint64> ids = decodeTagIds(data->data(MimeType));
    const qint64 parentId = parent.isValid() ? qint64(parent.internalId()) : 0;
    for (qint64 id : ids) {
        if (!m_nodes.contains(id) || id == parentId || isAncestor(id, parentId))
            return {};
    }
    return ids;
}

bool TagTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    return action == Qt::MoveAction && m_project && m_workspace && !dropIds(data, parent).isEmpty();
}

bool TagTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    const QModelIndex parentName = parent.isValid() ? parent.siblingAtColumn(NameColumn) : QModelIndex();
    const qint64 parentId = parentName.isValid() ? qint64(parentName.internalId()) : 0;
    const QList<qint64> ids = dropIds(data, parent);
    const QList<qint64> siblings = childrenOf(parentId);

    // ROW counts the rows as they are now, dragged tags included. The dragged tags end up
    // as one block after the tag that stays just above the drop point. Each move places
    // its tag right after the previous one, so later moves cannot disturb earlier ones;
    // the simulated list tells each move its row at the moment it is made.
    qint64 anchor = 0;
    const int end = row < 0 ? int(siblings.size()) : std::min(row, int(siblings.size()));
    for (int i = end - 1; i >= 0 && anchor == 0; --i) {
        if (!ids.contains(siblings.at(i)))
            anchor = siblings.at(i);
    }
    QList<qint64> current = siblings;
    QList<TagMove> moves;
    qint64 previous = 0;
    for (qint64 id : ids) {
        const qsizetype was = current.indexOf(id);
        current.removeOne(id);
        const qint64 after = previous > 0 ? previous : anchor;
        const int position = after > 0 ? int(current.indexOf(after)) + 1 : 0;
        current.insert(position, id);
        previous = id;
        if (was != position)
            moves.append(TagMove { id, parentId, position });
    }
    if (moves.isEmpty() || !m_workspace->moveTags(moves))
        return false;
    // True tells a dragging view that the move happened; it then asks this model to remove
    // the source rows, which it declines (removeRows is not implemented): the move already
    // took them away.
    return true;
}

} // namespace crossread
