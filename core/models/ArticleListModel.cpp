#include "models/ArticleListModel.h"

#include "store/Project.h"

#include <QFileInfo>

#include <algorithm>

namespace crossread {

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

Project *ArticleListModel::project() const
{
    return m_project;
}

void ArticleListModel::setProject(Project *project)
{
    if (m_project == project)
        return;
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        connect(m_project, &Project::articlesChanged, this, &ArticleListModel::reload);
        connect(m_project, &Project::changedElsewhere, this, &ArticleListModel::refreshFromStore);
        connect(m_project, &Project::articleChanged, this, &ArticleListModel::refreshArticle);
        connect(m_project, &Project::opened, this, &ArticleListModel::reload);
        connect(m_project, &Project::closed, this, &ArticleListModel::clear);
        connect(
            m_project, &Project::spansAdded, this, [this](const QList<Span> &spans) { adjustSpanCounts(spans, 1); });
        connect(
            m_project, &Project::spansRemoved, this, [this](const QList<Span> &spans) { adjustSpanCounts(spans, -1); });
        // An orphan re-attached (or a span orphaned) moves from one count to the other.
        connect(m_project, &Project::spanChanged, this, [this](const Span &span) { refreshArticle(span.articleId); });
    }
    reload();
}

void ArticleListModel::reload()
{
    beginResetModel();
    m_articles.clear();
    m_rowById.clear();
    m_orphans.clear();
    if (m_project && m_project->isOpen()) {
        m_articles = m_project->articles().summaries();
        // Orphans are few (each is listed in Needs attention): counted from the list itself.
        for (const Span &o : m_project->spans().orphans())
            ++m_orphans[o.articleId];
    }
    m_rowById.reserve(m_articles.size());
    for (int row = 0; row < m_articles.size(); ++row)
        m_rowById.insert(m_articles.at(row).id, row);
    m_fetched = std::min(int(m_articles.size()), int(BatchSize));
    endResetModel();
}

void ArticleListModel::refreshFromStore()
{
    if (!m_project || !m_project->isOpen())
        return;
    const QList<ArticleSummary> articles = m_project->articles().summaries();
    bool sameRows = articles.size() == m_articles.size();
    for (qsizetype i = 0; sameRows && i < articles.size(); ++i)
        sameRows = articles.at(i).id == m_articles.at(i).id;
    if (!sameRows) {
        reload();
        return;
    }
    // The same articles: their rows change in place, so that a view keeps its selection.
    m_articles = articles;
    if (m_fetched > 0)
        emit dataChanged(index(0, 0), index(m_fetched - 1, ColumnCount - 1));
}

void ArticleListModel::refreshArticle(qint64 id)
{
    const auto it = m_rowById.constFind(id);
    if (it == m_rowById.cend() || !m_project || !m_project->isOpen())
        return;
    bool found = false;
    const ArticleSummary summary = m_project->articles().summary(id, &found);
    if (!found)
        return;
    const int row = it.value();
    m_articles[row] = summary;
    if (const int orphans = int(m_project->spans().orphans(id).size()))
        m_orphans.insert(id, orphans);
    else
        m_orphans.remove(id);
    if (row < m_fetched)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ArticleListModel::clear()
{
    beginResetModel();
    m_articles.clear();
    m_rowById.clear();
    m_orphans.clear();
    m_fetched = 0;
    endResetModel();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetched < m_articles.size();
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int last = std::min(int(m_articles.size()), m_fetched + int(BatchSize)) - 1;
    beginInsertRows({}, m_fetched, last);
    m_fetched = last + 1;
    endInsertRows();
}

void ArticleListModel::fetchAll()
{
    if (m_fetched >= m_articles.size())
        return;
    beginInsertRows({}, m_fetched, int(m_articles.size()) - 1);
    m_fetched = int(m_articles.size());
    endInsertRows();
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &a = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: {
            const QString title = a.title.isEmpty() ? QFileInfo(a.path).fileName() : a.title;
            return a.version > 1 ? tr("%1 (v%2)").arg(title).arg(a.version) : title;
        }
        case OutletColumn:
            return a.outlet;
        case PublishedColumn:
            return a.published.isValid() ? a.published.toString(Qt::ISODate) : QString();
        case SpansColumn:
            // Orphans are not on the text: shown apart, so that "3" never counts a span one cannot find.
            if (const int orphans = m_orphans.value(a.id))
                return tr("%1 + %2").arg(a.spanCount).arg(orphans);
            return a.spanCount;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            QString tip = a.author.isEmpty() ? a.path : tr("%1\nby %2").arg(a.path, a.author);
            if (a.version > 1)
                tip += tr("\nVersion %1: the file changed since it was first imported").arg(a.version);
            return tip;
        }
        if (index.column() == SpansColumn && m_orphans.value(a.id) > 0)
            return tr("Placed on the text: %1\nNeeds attention (re-anchoring could not place them): %2")
                .arg(a.spanCount)
                .arg(m_orphans.value(a.id));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SpansColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case ArticleIdRole:
        return a.id;
    case PathRole:
        return a.path;
    case AuthorRole:
        return a.author;
    case VersionRole:
        return a.version;
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return (a.title.isEmpty() ? QFileInfo(a.path).fileName() : a.title).toLower();
        case OutletColumn:
            return a.outlet.toLower();
        case PublishedColumn:
            return a.published;
        case SpansColumn:
            return a.spanCount;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case PublishedColumn:
        return tr("Published");
    case SpansColumn:
        return tr("Spans");
    }
    return {};
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ArticleIdRole, "articleId");
    names.insert(PathRole, "path");
    names.insert(AuthorRole, "author");
    names.insert(SortRole, "sortValue");
    names.insert(VersionRole, "version");
    return names;
}

qint64 ArticleListModel::articleId(int row) const
{
    return row >= 0 && row < m_fetched ? m_articles.at(row).id : 0;
}

ArticleSummary ArticleListModel::summary(int row) const
{
    return row >= 0 && row < m_fetched ? m_articles.at(row) : ArticleSummary {};
}

int ArticleListModel::rowForArticle(qint64 id) const
{
    const int row = m_rowById.value(id, -1);
    return row < m_fetched ? row : -1;
}

QModelIndex ArticleListModel::indexForArticle(qint64 id, int column)
{
    const int row = m_rowById.value(id, -1);
    if (row < 0)
        return {};
    if (row >= m_fetched) {
        beginInsertRows({}, m_fetched, row);
        m_fetched = row + 1;
        endInsertRows();
    }
    return index(row, column);
}

void ArticleListModel::adjustSpanCounts(const QList<Span> &spans, int sign)
{
    QHash<qint64, QPair<int, int>> delta; // placed, orphans
    for (const Span &s : spans)
        (s.isOrphan() ? delta[s.articleId].second : delta[s.articleId].first) += sign;
    for (auto it = delta.cbegin(); it != delta.cend(); ++it) {
        const int row = m_rowById.value(it.key(), -1);
        if (row < 0)
            continue;
        ArticleSummary &a = m_articles[row];
        a.spanCount = std::max(0, a.spanCount + it.value().first);
        if (const int orphans = std::max(0, m_orphans.value(it.key()) + it.value().second))
            m_orphans.insert(it.key(), orphans);
        else
            m_orphans.remove(it.key());
        if (row < m_fetched) {
            const QModelIndex cell = index(row, SpansColumn);
            emit dataChanged(cell, cell, { Qt::DisplayRole, SortRole });
        }
    }
}

} // namespace crossread
