#include "models/ClaimMatrixModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace crossread {

namespace {
// Translucent, so the tint reads on light and dark bases alike.
const QColor kConflictTint(220, 38, 38, 90);
} // namespace

ClaimMatrixModel::ClaimMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ClaimMatrixModel::setMatrix(const QList<ClaimSource> &sources, const ClaimMatrix &matrix)
{
    beginResetModel();
    m_sources = sources;
    m_matrix = matrix;
    // A matrix built over fewer texts than sources (or more) would index past the cells.
    while (m_sources.size() < m_matrix.sourceCount)
        m_sources.append(ClaimSource());
    m_matrix.sourceCount = int(m_sources.size());
    endResetModel();
}

void ClaimMatrixModel::clear()
{
    setMatrix({}, ClaimMatrix());
}

int ClaimMatrixModel::conflictCount() const
{
    return int(std::count_if(
        m_matrix.rows.cbegin(), m_matrix.rows.cend(), [](const ClaimRow &r) { return r.figureConflict; }));
}

void ClaimMatrixModel::setShowFigures(bool show)
{
    if (show == m_showFigures)
        return;
    m_showFigures = show;
    if (rowCount() > 0)
        emit dataChanged(index(0, 1), index(rowCount() - 1, columnCount() - 1), { Qt::DisplayRole });
}

int ClaimMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows.size());
}

int ClaimMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_sources.isEmpty() ? 0 : int(m_sources.size()) + 1;
}

bool ClaimMatrixModel::cell(int row, int source, Sentence *out) const
{
    const QList<Sentence> run = m_matrix.cell(row, source);
    if (run.isEmpty())
        return false;
    out->start = run.first().start;
    out->end = run.last().end;
    QStringList texts;
    for (const Sentence &s : run)
        texts << s.text.simplified();
    out->text = texts.join(u' ');
    return true;
}

bool ClaimMatrixModel::cellConflicts(int row, int source) const
{
    for (const ClaimFigure &f : m_matrix.rows.at(row).figures)
        if (f.comparison.status == FigureComparison::Conflict && (f.sourceA == source || f.sourceB == source))
            return true;
    return false;
}

QStringList ClaimMatrixModel::figuresOf(int row, int source) const
{
    QStringList out;
    for (const ClaimFigure &f : m_matrix.rows.at(row).figures) {
        if (f.sourceA == source)
            out << f.comparison.aText.simplified();
        if (f.sourceB == source)
            out << f.comparison.bText.simplified();
    }
    out.removeDuplicates();
    return out;
}

QString ClaimMatrixModel::toolTip(int row, int source) const
{
    Sentence s;
    if (!cell(row, source, &s))
        return tr("%1 does not make this claim.").arg(m_sources.at(source).name().toHtmlEscaped());
    QString tip = QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                      .arg(m_sources.at(source).name().toHtmlEscaped(), s.text.toHtmlEscaped());
    for (const ClaimFigure &f : m_matrix.rows.at(row).figures) {
        if (f.comparison.status != FigureComparison::Conflict || (f.sourceA != source && f.sourceB != source))
            continue;
        tip += QStringLiteral("<p style='color:#dc2626'><b>%1</b></p>")
                   .arg(tr("%1: %2 ≠ %3: %4")
                            .arg(m_sources.at(f.sourceA).name(), f.comparison.aText.simplified(),
                                m_sources.at(f.sourceB).name(), f.comparison.bText.simplified())
                            .toHtmlEscaped());
    }
    return tip;
}

QVariant ClaimMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClaimRow &row = m_matrix.rows.at(index.row());
    if (index.column() == SupportColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 of %2").arg(row.support).arg(m_matrix.sourceCount);
        case Qt::ToolTipRole:
            return row.figureConflict
                ? tr("%1 of %2 sources make this claim; their figures conflict.")
                      .arg(row.support)
                      .arg(m_matrix.sourceCount)
                : tr("%1 of %2 sources make this claim.").arg(row.support).arg(m_matrix.sourceCount);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignCenter);
        case Qt::BackgroundRole:
            return row.figureConflict ? QVariant(QBrush(kConflictTint)) : QVariant();
        case SupportRole:
        case SortRole:
            return row.support;
        case ConflictRole:
            return row.figureConflict;
        default:
            return {};
        }
    }
    const int source = sourceForColumn(index.column());
    Sentence cellText;
    const bool filled = cell(index.row(), source, &cellText);
    const Sentence *s = filled ? &cellText : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (!s)
            return QString();
        if (m_showFigures)
            return figuresOf(index.row(), source).join(QStringLiteral(", "));
        return s->text;
    case Qt::ToolTipRole:
        return toolTip(index.row(), source);
    case Qt::BackgroundRole:
        return s && cellConflicts(index.row(), source) ? QVariant(QBrush(kConflictTint)) : QVariant();
    case Qt::FontRole:
        if (s && cellConflicts(index.row(), source)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ArticleIdRole:
        return m_sources.at(source).articleId;
    case StartRole:
        return s ? s->start : qint64(-1);
    case EndRole:
        return s ? s->end : qint64(-1);
    case SupportRole:
        return row.support;
    case ConflictRole:
        return s && cellConflicts(index.row(), source);
    case FiguresRole:
        return s ? figuresOf(index.row(), source) : QStringList();
    case SortRole:
        return s ? s->text.toLower() : QString();
    default:
        return {};
    }
}

QVariant ClaimMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section == SupportColumn) {
        if (role == Qt::DisplayRole)
            return tr("Supported by");
        if (role == Qt::ToolTipRole)
            return tr("How many of the sources make the claim");
        return {};
    }
    const int source = sourceForColumn(section);
    if (source < 0 || source >= m_sources.size())
        return {};
    const ClaimSource &src = m_sources.at(source);
    if (role == Qt::DisplayRole)
        return src.name().isEmpty() ? tr("Source %1").arg(source + 1) : src.name();
    if (role == Qt::ToolTipRole)
        return src.outlet.isEmpty() ? src.title : tr("%1 — %2").arg(src.title, src.outlet);
    if (role == ArticleIdRole)
        return src.articleId;
    return {};
}

QHash<int, QByteArray> ClaimMatrixModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ArticleIdRole, "articleId");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(SupportRole, "support");
    names.insert(ConflictRole, "conflict");
    names.insert(FiguresRole, "figures");
    names.insert(SortRole, "sort");
    return names;
}

} // namespace crossread
