#pragma once
// The hits of one full-text search ("title — snippet"), for the search panel and for
// tagging every hit at once.
#include "store/SearchIndex.h"

#include <QAbstractListModel>

namespace crossread {

class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        StartRole,
        EndRole,
        SnippetRole,
        PathRole,
        TitleRole,
    };
    Q_ENUM(Role)

    explicit SearchResultModel(QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits);
    QList<SearchHit> hits() const { return m_hits; }
    SearchHit hit(int row) const { return m_hits.value(row); }
    void clear() { setHits({}); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<SearchHit> m_hits;
};

} // namespace crossread
