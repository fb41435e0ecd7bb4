#pragma once
// Reads and writes the tag tree.
#include "domain/Types.h"
#include "store/WriteOutcome.h"

#include <QHash>
#include <QMap>

namespace crossread {

class Database;

class TagStore
{
public:
    explicit TagStore(Database &db)
        : m_db(db)
    { }

    QList<Tag> tags(); // ordered by parent, position, name
    Tag tag(qint64 id, bool *found = nullptr);
    Tag findByName(const QString &name, bool *found = nullptr); // case-insensitive, first match
    // The id of the tag named NAME (ASCII case ignored, as the unique index does) under
    // parentId (0: top level), other than exceptId; 0 when there is none.
    qint64 childNamed(qint64 parentId, const QString &name, qint64 exceptId = 0);
    bool insert(Tag &tag); // keeps tag.id when set (undo restores the same id)
    // Name, colour, description, parent, position, if the row is still at tag.stamp.version
    // (Conflict when another connection wrote it since); on success tag.stamp is the new one.
    WriteOutcome update(Tag &tag);
    // Deletes tag ID, its span links and any children with it, if the row is still at VERSION
    // (Conflict when another connection wrote it since; Failed, saying so, when it is gone).
    WriteOutcome remove(qint64 id, qint64 version);
    QList<qint64> subtree(qint64 id); // id and all descendants
    QHash<qint64, int> spanCounts();
    // For each tag, how many of the spans carrying it each coder made.
    QHash<qint64, QMap<QString, int>> spanCountsByCoder();
    // The same for one tag: cheaper than all of them when a view asks for one.
    QMap<QString, int> spanCountsByCoder(qint64 tagId);
    int nextPosition(qint64 parentId);

private:
    Database &m_db;
};

} // namespace crossread
