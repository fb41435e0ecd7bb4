#include "models/CoderListModel.h"

#include "store/Project.h"
#include "workspace/Workspace.h"

#include <QCollator>
#include <QTimer>

#include <algorithm>

namespace crossread {

CoderListModel::CoderListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void CoderListModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace) {
        disconnect(m_workspace, nullptr, this, nullptr);
        disconnect(m_workspace->project(), nullptr, this, nullptr);
    }
    m_workspace = workspace;
    if (m_workspace) {
        Project *project = m_workspace->project();
        connect(m_workspace, &Workspace::coderChanged, this, &CoderListModel::reload);
        connect(project, &Project::opened, this, &CoderListModel::reload);
        connect(project, &Project::closed, this, &CoderListModel::reload);
        // A span of a new coder, or the last span of one, changes the list; an edit's
        // several signals make one reading.
        connect(project, &Project::spansAdded, this, &CoderListModel::scheduleReload);
        connect(project, &Project::spansRemoved, this, &CoderListModel::scheduleReload);
        connect(project, &Project::tagsReset, this, &CoderListModel::scheduleReload);
        connect(project, &Project::articlesChanged, this, &CoderListModel::scheduleReload);
        connect(project, &Project::changedElsewhere, this, &CoderListModel::scheduleReload);
    }
    reload();
}

void CoderListModel::scheduleReload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, &CoderListModel::reload);
}

void CoderListModel::reload()
{
    m_reloadPending = false;
    QStringList coders;
    if (m_workspace) {
        if (m_workspace->isOpen())
            coders = m_workspace->project()->spans().coders();
        if (!coders.contains(m_workspace->coder()))
            coders.append(m_workspace->coder());
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(coders.begin(), coders.end(), collator);
    if (coders == m_coders) {
        // The same names; which one is current may have changed.
        if (!m_coders.isEmpty())
            emit dataChanged(index(0), index(int(m_coders.size()) - 1), { CurrentRole });
        return;
    }
    beginResetModel();
    m_coders = coders;
    endResetModel();
}

int CoderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_coders.size());
}

QVariant CoderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &coder = m_coders.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CoderRole:
        return coder;
    case CurrentRole:
        return m_workspace && m_workspace->coder() == coder;
    default:
        return {};
    }
}

QHash<int, QByteArray> CoderListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CoderRole, "coder");
    names.insert(CurrentRole, "current");
    return names;
}

} // namespace crossread
