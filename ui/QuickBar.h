#pragma once
// The nine quick slots: the first nine tags of the tree, applied with the digit keys
// 1–9 in the reader or by clicking here.
#include <QWidget>

class QToolButton;

namespace crossread {

class TagTreeModel;

class QuickBar : public QWidget
{
    Q_OBJECT
public:
    explicit QuickBar(QWidget *parent = nullptr);

    void setTagModel(TagTreeModel *model);
    QToolButton *button(int slot) const { return m_buttons.value(slot - 1); }

signals:
    void slotClicked(int slot); // 1..9

private:
    void rebuild();
    TagTreeModel *m_model = nullptr;
    QList<QToolButton *> m_buttons;
};

} // namespace crossread
