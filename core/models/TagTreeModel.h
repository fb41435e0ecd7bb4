#pragma once
// The tag tree (name, span count, counts per coder in the tooltip) shared by the tag panel,
// the tag picker and the quick bar.
// It follows the project's tag and span signals row by row, so expanded branches and
// selections survive edits; renames and drag-and-drop moves are Workspace edits.
#include "domain/Types.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QMap>
#include <QPointer>

namespace crossread {

class Project;
class Workspace;

class TagTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CountColumn, ColumnCount };
    enum Role {
        TagIdRole = Qt::UserRole + 1,
        ColorRole, // QColor
        DescriptionRole,
        CountRole, // spans carrying this very tag
        QuickSlotRole, // 1..9 for the quick bar's digit keys, 0 otherwise
        CoderCountsRole, // QVariantMap: coder name -> spans of theirs carrying this very tag
    };
    Q_ENUM(Role)

    static constexpr int QuickSlots = 9;
    static inline const QString MimeType = QStringLiteral("application/x-crossread-tag-ids");

    explicit TagTreeModel(QObject *parent = nullptr);

    // Shows the project's tags, read-only.
    void setProject(Project *project);
    Project *project() const;
    // Shows the workspace's project; renames and drops become its edits.
    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    QModelIndex indexForTag(qint64 id, int column = NameColumn) const;
    Tag tag(const QModelIndex &index) const;
    Tag tag(qint64 id) const { return m_nodes.value(id).tag; }
    bool contains(qint64 id) const { return m_nodes.contains(id); }
    int spanCount(qint64 id) const { return m_counts.value(id); }
    // Read when first asked for (a tooltip): counting every tag's spans per coder would
    // slow down opening a large project.
    QMap<QString, int> coderCounts(qint64 id) const;
    QList<Tag> quickBarTags() const; // the first nine tags in depth-first tree order
    QString tagPath(qint64 id) const; // "Parent/Child"
    QList<Tag> allTags() const; // depth-first tree order
    bool isAncestor(qint64 ancestor, qint64 id) const;

    static QByteArray encodeTagIds(const QList<qint64> &ids);
    static QList<qint64> decodeTagIds(const QByteArray &data);

public slots:
    void reload();
    // After another analyst's commit: the tags read again, the tree reset only when they differ.
    void refreshFromStore();

signals:
    void quickBarChanged();

private:
    struct Node
    {
        Tag tag;
        QList<qint64> children;
    };
    QList<qint64> &childrenOf(qint64 parentId);
    const QList<qint64> &childrenOf(qint64 parentId) const;
    int rowOf(qint64 id) const;
    int sortedRow(const QList<qint64> &siblings, const Tag &tag) const;
    void collectDepthFirst(qint64 parentId, QList<qint64> *out, int limit) const;
    QString toolTip(qint64 id) const;

    void onTagAdded(const Tag &tag);
    void onTagChanged(const Tag &tag);
    void onTagsRemoved(const QList<qint64> &ids);
    void eraseSubtree(qint64 id);
    void refreshCounts();
    void refreshQuickBar(bool force = false);
    QList<qint64> dropIds(const QMimeData *data, const QModelIndex &parent) const;

    QPointer<Project> m_project;
    QPointer<Workspace> m_workspace;
    QHash<qint64, Node> m_nodes;
    QList<qint64> m_roots;
    QHash<qint64, int> m_counts;
    mutable QHash<qint64, QMap<QString, int>> m_coderCounts; // filled on demand, emptied on span edits
    QList<qint64> m_quick;
};

} // namespace crossread
