#include "models/SpanCoderFilter.h"

#include "models/SpanListModel.h"

namespace crossread {

SpanCoderFilter::SpanCoderFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void SpanCoderFilter::setSpanModel(SpanListModel *model)
{
    setSourceModel(model);
}

SpanListModel *SpanCoderFilter::spanModel() const
{
    return static_cast<SpanListModel *>(sourceModel());
}

void SpanCoderFilter::setCoder(const QString &coder)
{
    if (coder == m_coder)
        return;
    m_coder = coder;
    invalidateRowsFilter();
}

bool SpanCoderFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_coder.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(SpanListModel::AuthorRole).toString() == m_coder;
}

QList<Span> SpanCoderFilter::spans() const
{
    QList<Span> out;
    const SpanListModel *model = spanModel();
    if (!model)
        return out;
    out.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        out.append(model->span(mapToSource(index(row, 0)).row()));
    return out;
}

int SpanCoderFilter::rowForSpan(qint64 id) const
{
    const SpanListModel *model = spanModel();
    if (!model)
        return -1;
    const int sourceRow = model->rowForSpan(id);
    return sourceRow < 0 ? -1 : mapFromSource(model->index(sourceRow)).row();
}

qint64 SpanCoderFilter::articleId() const
{
    return spanModel() ? spanModel()->articleId() : 0;
}

} // namespace crossread
