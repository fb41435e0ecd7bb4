#include "models/FigureFilterProxy.h"

#include "models/FigureTableModel.h"

namespace crossread {

FigureFilterProxy::FigureFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FigureTableModel::SortRole);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

FigureTableModel *FigureFilterProxy::figureModel() const
{
    return qobject_cast<FigureTableModel *>(sourceModel());
}

bool FigureFilterProxy::isFiltering() const
{
    return m_kind || !m_label.isEmpty() || m_articleId > 0 || !m_outlet.isEmpty();
}

Figure FigureFilterProxy::figure(int proxyRow) const
{
    const FigureTableModel *model = figureModel();
    const QModelIndex source = mapToSource(index(proxyRow, 0));
    return model && source.isValid() ? model->figure(source.row()) : Figure {};
}

QList<Figure> FigureFilterProxy::acceptedFigures() const
{
    QList<Figure> out;
    out.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        out << figure(row);
    return out;
}

bool FigureFilterProxy::accepts(const Figure &f, bool ignoreKind) const
{
    if (!ignoreKind && m_kind && f.kind != *m_kind)
        return false;
    if (m_articleId > 0 && f.articleId != m_articleId)
        return false;
    if (!m_outlet.isEmpty()) {
        const FigureTableModel *model = figureModel();
        if (!model || model->article(f.articleId).outlet.compare(m_outlet, Qt::CaseInsensitive) != 0)
            return false;
    }
    if (!m_label.isEmpty() && !f.label.contains(m_label, Qt::CaseInsensitive)
        && !f.text.contains(m_label, Qt::CaseInsensitive))
        return false;
    return true;
}

void FigureFilterProxy::setKindFilter(std::optional<FigureKind> kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void FigureFilterProxy::setLabelFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_label == trimmed)
        return;
    m_label = trimmed;
    invalidateRowsFilter();
}

void FigureFilterProxy::setArticleFilter(qint64 articleId)
{
    if (m_articleId == articleId && m_outlet.isEmpty())
        return;
    m_articleId = articleId;
    m_outlet.clear();
    invalidateRowsFilter();
}

void FigureFilterProxy::setOutletFilter(const QString &outlet)
{
    if (m_outlet == outlet && m_articleId == 0)
        return;
    m_outlet = outlet;
    m_articleId = 0;
    invalidateRowsFilter();
}

void FigureFilterProxy::clearFilters()
{
    m_kind.reset();
    m_label.clear();
    m_articleId = 0;
    m_outlet.clear();
    invalidateRowsFilter();
}

bool FigureFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const FigureTableModel *model = figureModel();
    if (sourceParent.isValid() || !model || sourceRow < 0 || sourceRow >= model->rowCount())
        return false;
    return accepts(model->figure(sourceRow));
}

bool FigureFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace crossread
