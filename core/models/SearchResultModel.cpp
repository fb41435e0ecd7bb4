#include "models/SearchResultModel.h"

#include <QFileInfo>

namespace crossread {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SearchResultModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &h = m_hits.at(index.row());
    const QString title = h.title.isEmpty() ? QFileInfo(h.path).fileName() : h.title;
    switch (role) {
    case Qt::DisplayRole:
        return h.snippet.isEmpty() ? title : tr("%1 — %2").arg(title, h.snippet);
    case Qt::ToolTipRole:
        return h.path;
    case ArticleIdRole:
        return h.articleId;
    case StartRole:
        return h.start;
    case EndRole:
        return h.end;
    case SnippetRole:
        return h.snippet;
    case PathRole:
        return h.path;
    case TitleRole:
        return title;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ArticleIdRole, "articleId");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(SnippetRole, "snippet");
    names.insert(PathRole, "path");
    names.insert(TitleRole, "title");
    return names;
}

} // namespace crossread
