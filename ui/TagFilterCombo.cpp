#include "TagFilterCombo.h"

#include "TagColors.h"

#include <QTimer>

namespace crossread {

TagFilterCombo::TagFilterCombo(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("tagFilterCombo"));
    setToolTip(tr("Show only articles with spans carrying this tag or one of its sub-tags"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    addItem(tr("Any tag"), qint64(0));
    connect(this, &QComboBox::activated, this, [this] { emit tagChosen(currentTagId()); });
}

void TagFilterCombo::setTagModel(QAbstractItemModel *tagModel, int idRole)
{
    if (m_tagModel)
        disconnect(m_tagModel, nullptr, this, nullptr);
    m_tagModel = tagModel;
    m_idRole = idRole;
    if (m_tagModel) {
        connect(m_tagModel, &QAbstractItemModel::modelReset, this, &TagFilterCombo::scheduleRebuild);
        connect(m_tagModel, &QAbstractItemModel::layoutChanged, this, &TagFilterCombo::scheduleRebuild);
        connect(m_tagModel, &QAbstractItemModel::rowsInserted, this, &TagFilterCombo::scheduleRebuild);
        connect(m_tagModel, &QAbstractItemModel::rowsRemoved, this, &TagFilterCombo::scheduleRebuild);
        connect(m_tagModel, &QAbstractItemModel::rowsMoved, this, &TagFilterCombo::scheduleRebuild);
        connect(m_tagModel, &QAbstractItemModel::dataChanged, this, &TagFilterCombo::scheduleRebuild);
    }
    rebuild();
}

qint64 TagFilterCombo::currentTagId() const
{
    return currentData().toLongLong();
}

void TagFilterCombo::setCurrentTagId(qint64 tagId)
{
    const int index = findData(tagId);
    setCurrentIndex(index < 0 ? 0 : index);
}

void TagFilterCombo::scheduleRebuild()
{
    // Model signals come in bursts (a tag subtree removed, counts updated): rebuild once.
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, [this] {
        m_rebuildPending = false;
        rebuild();
    });
}

void TagFilterCombo::rebuild()
{
    const qint64 keep = currentTagId();
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("Any tag"), qint64(0));
    if (m_tagModel)
        addChildren(QModelIndex(), 0);
    const int index = findData(keep);
    setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && keep != 0)
        emit tagChosen(0); // the filtered tag is gone
}

void TagFilterCombo::addChildren(const QModelIndex &parent, int depth)
{
    for (int row = 0; row < m_tagModel->rowCount(parent); ++row) {
        const QModelIndex index = m_tagModel->index(row, 0, parent);
        const QString indent(depth * 3, QLatin1Char(' '));
        addItem(TagColors::iconFor(index.data(Qt::DecorationRole)), indent + index.data(Qt::DisplayRole).toString(),
            index.data(m_idRole).toLongLong());
        addChildren(index, depth + 1);
    }
}

} // namespace crossread
