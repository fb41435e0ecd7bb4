#pragma once
// The tag picker popup (Ctrl+T): type to narrow the tag paths, Enter picks; a name that
// matches no tag offers to create it.
#include <QFrame>

class QLineEdit;
class QListWidget;

namespace crossread {

class TagTreeModel;

class TagPicker : public QFrame
{
    Q_OBJECT
public:
    explicit TagPicker(TagTreeModel *model, QWidget *parent = nullptr);

    void popup(const QPoint &globalPos);
    QLineEdit *lineEdit() const { return m_edit; }
    QListWidget *list() const { return m_list; }
    bool accept(); // picks the current entry; false when there is none

signals:
    void tagPicked(qint64 tagId);
    void createRequested(const QString &path); // "Name" or "Parent/Name"

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();
    TagTreeModel *m_model;
    QLineEdit *m_edit;
    QListWidget *m_list;
};

} // namespace crossread
