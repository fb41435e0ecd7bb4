#pragma once
// The tag tree's view: while the tree is empty it says how to start, in place of a blank.
#include <QTreeView>

namespace crossread {

class TagTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit TagTreeView(QWidget *parent = nullptr);

    // Shown (wrapped, muted) while the model has no rows.
    QString placeholderText() const { return m_placeholder; }
    void setPlaceholderText(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace crossread
