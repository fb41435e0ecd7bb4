#pragma once
// File › Open Team Project…: where a team project lives (host, port, database, user) as a
// postgresql:// URL. It asks for no password: PostgreSQL's client library reads ~/.pgpass or
// PGPASSWORD, so none is ever typed into, or stored by, Crossread.
#include <QDialog>

class QLineEdit;
class QSpinBox;
class QPushButton;

namespace crossread {

class TeamProjectDialog : public QDialog
{
    Q_OBJECT
public:
    // Starts from URL (the last team project opened) when given.
    explicit TeamProjectDialog(const QString &url = QString(), QWidget *parent = nullptr);
    QString url() const;

private:
    void updateButtons();
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QPushButton *m_open;
};

} // namespace crossread
