#include "models/ArticleFilterProxy.h"

#include "models/ArticleListModel.h"
#include "store/Project.h"

namespace crossread {

ArticleFilterProxy::ArticleFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ArticleListModel::SortRole);
    setDynamicSortFilter(true);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void ArticleFilterProxy::setProject(Project *project)
{
    if (m_project == project)
        return;
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        // Any of these can change which articles carry the filtered tags (a re-parented tag
        // brings its spans into or out of a filtered subtree).
        auto refresh = [this] {
            if (!m_tagIds.isEmpty())
                refreshTaggedArticles();
        };
        connect(m_project, &Project::spansAdded, this, refresh);
        connect(m_project, &Project::spansRemoved, this, refresh);
        connect(m_project, &Project::spanChanged, this, refresh);
        connect(m_project, &Project::tagChanged, this, refresh);
        connect(m_project, &Project::tagsRemoved, this, refresh);
        connect(m_project, &Project::tagsReset, this, refresh);
        connect(m_project, &Project::opened, this, refresh);
    }
    if (!m_tagIds.isEmpty())
        refreshTaggedArticles();
}

void ArticleFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    disconnect(m_sourceReset);
    QSortFilterProxyModel::setSourceModel(model);
    if (model)
        m_sourceReset = connect(model, &QAbstractItemModel::modelReset, this, &ArticleFilterProxy::fetchAllIfNeeded);
    fetchAllIfNeeded();
}

bool ArticleFilterProxy::isFiltering() const
{
    return !m_text.isEmpty() || !m_tagIds.isEmpty() || m_from.isValid() || m_to.isValid();
}

qint64 ArticleFilterProxy::articleId(int row) const
{
    return index(row, 0).data(ArticleListModel::ArticleIdRole).toLongLong();
}

// A filter or an order computed over the first batch only would hide or misplace the
// articles not fetched yet, so both make the source hand out all of its rows.
void ArticleFilterProxy::fetchAllIfNeeded()
{
    if (!isFiltering() && sortColumn() < 0)
        return;
    if (auto *articles = qobject_cast<ArticleListModel *>(sourceModel()))
        articles->fetchAll();
}

void ArticleFilterProxy::sort(int column, Qt::SortOrder order)
{
    QSortFilterProxyModel::sort(column, order);
    fetchAllIfNeeded();
}

void ArticleFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
    fetchAllIfNeeded();
}

void ArticleFilterProxy::setTagFilter(const QList<qint64> &tagIds)
{
    if (tagIds == m_tagIds)
        return;
    m_tagIds = tagIds;
    if (m_tagIds.isEmpty()) {
        m_taggedArticles.clear();
        invalidateFilter();
    } else {
        refreshTaggedArticles();
    }
    fetchAllIfNeeded();
}

void ArticleFilterProxy::setDateRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateFilter();
    fetchAllIfNeeded();
}

void ArticleFilterProxy::clearFilters()
{
    m_text.clear();
    m_tagIds.clear();
    m_taggedArticles.clear();
    m_from = QDate();
    m_to = QDate();
    invalidateFilter();
}

void ArticleFilterProxy::refreshTaggedArticles()
{
    m_taggedArticles.clear();
    if (m_project && m_project->isOpen()) {
        QList<qint64> all;
        for (qint64 id : std::as_const(m_tagIds)) {
            for (qint64 t : m_project->tags().subtree(id)) {
                if (!all.contains(t))
                    all.append(t);
            }
        }
        for (qint64 articleId : m_project->spans().articlesWithTags(all))
            m_taggedArticles.insert(articleId);
    }
    invalidateFilter();
}

bool ArticleFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex title = source->index(sourceRow, ArticleListModel::TitleColumn, sourceParent);
    if (!m_tagIds.isEmpty() && !m_taggedArticles.contains(title.data(ArticleListModel::ArticleIdRole).toLongLong()))
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        // An article without a date cannot be shown to lie inside a range.
        const QModelIndex date = source->index(sourceRow, ArticleListModel::PublishedColumn, sourceParent);
        const QDate published = date.data(ArticleListModel::SortRole).toDate();
        if (!published.isValid() || (m_from.isValid() && published < m_from) || (m_to.isValid() && published > m_to))
            return false;
    }
    if (!m_text.isEmpty()) {
        const QString outlet = source->index(sourceRow, ArticleListModel::OutletColumn, sourceParent).data().toString();
        if (!title.data().toString().contains(m_text, Qt::CaseInsensitive)
            && !outlet.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool ArticleFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString) {
        const int c = m_collator.compare(l.toString(), r.toString());
        if (c != 0)
            return c < 0;
    } else if (l.userType() == QMetaType::QDate && r.userType() == QMetaType::QDate) {
        // Undated articles go last in either order (descending order reverses this test).
        const QDate a = l.toDate();
        const QDate b = r.toDate();
        if (a.isValid() != b.isValid())
            return sortOrder() == Qt::AscendingOrder ? a.isValid() : !a.isValid();
        if (a != b)
            return a < b;
    } else if (l != r) {
        return QVariant::compare(l, r) == QPartialOrdering::Less;
    }
    // Equal keys fall back to import order so that the order is stable and predictable.
    return left.data(ArticleListModel::ArticleIdRole).toLongLong()
        < right.data(ArticleListModel::ArticleIdRole).toLongLong();
}

} // namespace crossread
