#pragma once
// The coefficients of an agreement report as a table: one row per tag, then "Overall".
#include "agreement/AgreementReport.h"

#include <QAbstractTableModel>

namespace crossread {

// Columns: tag, percent, kappa, alpha-u, the code points each coder coded.
class AgreementTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TagColumn, PercentColumn, KappaColumn, AlphaColumn, CodedColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setReport(const AgreementReport &report);
    const AgreementReport &report() const { return m_report; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AgreementReport m_report;
};

} // namespace crossread
