#include "models/DisagreementModel.h"

namespace crossread {

void DisagreementModel::setRows(const QList<Row> &rows, const QString &firstCoder, const QString &secondCoder)
{
    beginResetModel();
    m_rows = rows;
    m_first = firstCoder;
    m_second = secondCoder;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

Disagreement DisagreementModel::disagreement(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).disagreement : Disagreement();
}

int DisagreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisagreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisagreementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ArticleColumn:
            return row.article;
        case TagColumn:
            return row.tag;
        case FirstColumn:
            return row.first;
        case SecondColumn:
            return row.second;
        case ConsensusColumn:
            return row.consensus;
        case TextColumn:
            return row.text;
        }
    }
    return {};
}

QVariant DisagreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ArticleColumn:
        return tr("Article");
    case TagColumn:
        return tr("Tag");
    case FirstColumn:
        return m_first.isEmpty() ? tr("First coder") : m_first;
    case SecondColumn:
        return m_second.isEmpty() ? tr("Second coder") : m_second;
    case ConsensusColumn:
        return tr("Consensus");
    case TextColumn:
        return tr("Text");
    }
    return {};
}

} // namespace crossread
