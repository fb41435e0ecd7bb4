#pragma once
// Two coders' disagreements side by side, one row each: where, which tag, each coder's spans,
// the consensus coding there now, and the text of the stretch.
#include "agreement/Disagreements.h"

#include <QAbstractTableModel>

namespace crossread {

class DisagreementModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ArticleColumn, TagColumn, FirstColumn, SecondColumn, ConsensusColumn, TextColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    struct Row
    {
        Disagreement disagreement;
        QString article; // title
        QString tag; // path
        QString text; // the stretch's text
        QString first, second, consensus; // "start–end “quote”" per span
    };
    void setRows(const QList<Row> &rows, const QString &firstCoder, const QString &secondCoder);
    Disagreement disagreement(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    QString m_first;
    QString m_second;
};

} // namespace crossread
