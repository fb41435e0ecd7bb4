#pragma once
// The bar in the status bar that offers to import the files that changed or appeared in the
// project's folder: one line, Import and Dismiss, never a dialog. Offers made while it shows are
// added to it.
#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace crossread {

class FolderChangesBar : public QFrame
{
    Q_OBJECT
public:
    explicit FolderChangesBar(QWidget *parent = nullptr);

    void offer(const QStringList &paths);
    QStringList pending() const { return m_pending; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *dismissButton() const { return m_dismiss; }

signals:
    void importRequested(const QStringList &paths);

private:
    void clear();
    QLabel *m_label;
    QPushButton *m_import;
    QPushButton *m_dismiss;
    QStringList m_pending;
};

} // namespace crossread
