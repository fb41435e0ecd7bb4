#pragma once
// Everyone who coded in the project, and the current coder even before their first span, in
// the order of their names: the reader's choice of whose coding to show, and the order the
// coders' stripe colours follow. Follows the workspace's coder and the project's span signals.
#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>

namespace crossread {

class Workspace;

class CoderListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        CoderRole = Qt::UserRole + 1, // the name
        CurrentRole, // bool: the workspace codes as this coder
    };
    Q_ENUM(Role)

    explicit CoderListModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    QStringList coders() const { return m_coders; }
    int rowOf(const QString &coder) const { return int(m_coders.indexOf(coder)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    void reload();

private:
    void scheduleReload();

    QPointer<Workspace> m_workspace;
    QStringList m_coders;
    bool m_reloadPending = false;
};

} // namespace crossread
