#include "models/AgreementTableModel.h"

#include <QLocale>

#include <cmath>

namespace crossread {

namespace {

QString number(double value, int decimals, const QString &suffix = QString())
{
    return std::isnan(value) ? QStringLiteral("—") : QLocale().toString(value, 'f', decimals) + suffix;
}

} // namespace

void AgreementTableModel::setReport(const AgreementReport &report)
{
    beginResetModel();
    m_report = report;
    endResetModel();
}

int AgreementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.tags.size()) + (m_report.coders.size() >= 2 ? 1 : 0);
}

int AgreementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool overall = index.row() == m_report.tags.size();
    const AgreementRow &row = overall ? m_report.overall : m_report.tags.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TagColumn:
            return overall ? tr("Overall") : row.tag;
        case PercentColumn:
            return number(row.percent, 2, QStringLiteral(" %"));
        case KappaColumn:
            return number(row.kappa, 3);
        case AlphaColumn:
            return number(row.alphaU, 3);
        case CodedColumn: {
            QStringList parts;
            for (qint64 n : row.coded)
                parts << QLocale().toString(n);
            return parts.join(QStringLiteral(" / "));
        }
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != TagColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() != TagColumn && index.column() != CodedColumn)
        return tr("— means undefined: there is no variation to judge (for instance, nobody coded the tag).");
    if (role == Qt::UserRole) // the tag's id; 0 for the overall row
        return row.tagId;
    return {};
}

QVariant AgreementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TagColumn:
        return tr("Tag");
    case PercentColumn:
        return tr("Agreement");
    case KappaColumn:
        return tr("Cohen's κ");
    case AlphaColumn:
        return tr("Krippendorff's αu");
    case CodedColumn:
        return tr("Coded (%1)").arg(m_report.coders.join(QStringLiteral(" / ")));
    }
    return {};
}

} // namespace crossread
