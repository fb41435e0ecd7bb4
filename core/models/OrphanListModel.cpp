#include "models/OrphanListModel.h"

#include "store/ArticleReviser.h"
#include "store/Project.h"

#include <QTimer>

namespace crossread {

OrphanListModel::OrphanListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void OrphanListModel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        // A span becomes an orphan or stops being one by an edit (re-attach, delete, undo) or by
        // an import of a new version (articlesChanged).
        connect(m_project, &Project::spansAdded, this, &OrphanListModel::scheduleReload);
        connect(m_project, &Project::spansRemoved, this, &OrphanListModel::scheduleReload);
        connect(m_project, &Project::spanChanged, this, &OrphanListModel::scheduleReload);
        connect(m_project, &Project::articlesChanged, this, &OrphanListModel::scheduleReload);
        connect(m_project, &Project::changedElsewhere, this, &OrphanListModel::scheduleReload);
        connect(m_project, &Project::opened, this, &OrphanListModel::reload);
        connect(m_project, &Project::closed, this, &OrphanListModel::reload);
    }
    reload();
}

void OrphanListModel::scheduleReload()
{
    // Several signals of one edit or import make one reload.
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, &OrphanListModel::reload);
}

void OrphanListModel::reload()
{
    m_reloadPending = false;
    beginResetModel();
    m_orphans.clear();
    m_titles.clear();
    if (m_project && m_project->isOpen()) {
        m_orphans = m_project->spans().orphans();
        for (const Span &s : std::as_const(m_orphans)) {
            if (!m_titles.contains(s.articleId))
                m_titles.insert(s.articleId, m_project->articles().article(s.articleId).title);
        }
    }
    endResetModel();
}

int OrphanListModel::rowOf(qint64 spanId) const
{
    for (int i = 0; i < m_orphans.size(); ++i) {
        if (m_orphans.at(i).id == spanId)
            return i;
    }
    return -1;
}

QList<AnchorCandidate> OrphanListModel::candidates(int row) const
{
    if (!m_project || !m_project->isOpen() || row < 0 || row >= m_orphans.size())
        return {};
    const Span &s = m_orphans.at(row);
    const QString text = m_project->articles().text(s.articleId);
    return ArticleReviser::locateOrphan(s, m_project->versions(), text).candidates;
}

int OrphanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_orphans.size());
}

QVariant OrphanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Span &s = m_orphans.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("“%1” — %2").arg(s.text.simplified(), m_titles.value(s.articleId));
    case Qt::ToolTipRole:
        return tr("Coded on version %1 of “%2”; not found in the current text")
            .arg(s.anchorVersion)
            .arg(m_titles.value(s.articleId));
    case SpanIdRole:
        return s.id;
    case ArticleIdRole:
        return s.articleId;
    case TextRole:
        return s.text;
    case ArticleTitleRole:
        return m_titles.value(s.articleId);
    default:
        return {};
    }
}

QHash<int, QByteArray> OrphanListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(SpanIdRole, "spanId");
    names.insert(ArticleIdRole, "articleId");
    names.insert(TextRole, "text");
    names.insert(ArticleTitleRole, "articleTitle");
    return names;
}

} // namespace crossread
