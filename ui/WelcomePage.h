#pragma once
// Shown when no project is open: the recent projects and the two ways to start.
#include <QWidget>

class QListWidget;

namespace crossread {

class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void refresh(); // re-reads the recent projects

signals:
    void openProjectRequested(const QString &projectPath);
    void openFolderClicked();
    void openProjectClicked();

private:
    QListWidget *m_recent;
};

} // namespace crossread
