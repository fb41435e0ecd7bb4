#pragma once
// A combo box of every tag as an indented path, built from the tag tree model and kept
// in step with it; the first entry means "any tag".
#include <QComboBox>

namespace crossread {

class TagFilterCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit TagFilterCombo(QWidget *parent = nullptr);

    // tagModel: a tree with the tag id in idRole of column 0.
    void setTagModel(QAbstractItemModel *tagModel, int idRole);
    qint64 currentTagId() const; // 0 for "any tag"
    void setCurrentTagId(qint64 tagId);

signals:
    void tagChosen(qint64 tagId);

private:
    void rebuild();
    void scheduleRebuild();
    void addChildren(const QModelIndex &parent, int depth);

    QAbstractItemModel *m_tagModel = nullptr;
    int m_idRole = Qt::UserRole + 1;
    bool m_rebuildPending = false;
};

} // namespace crossread
