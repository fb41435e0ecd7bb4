#pragma once
// A claim matrix as a table: one row per claim (runs of sentences of different sources that say
// the same thing), a "supported by k of N" column, then one column per source with that source's
// wording, or the figures it gives, and the cells whose figures conflict marked. Offsets in the
// roles are stored code points of each source's article, ready to open in the reader.
#include "compare/ClaimMatrix.h"

#include <QAbstractTableModel>

namespace crossread {

struct ClaimSource
{
    qint64 articleId = 0;
    QString title;
    QString outlet;
    QString name() const { return outlet.trimmed().isEmpty() ? title : outlet; }
};

class ClaimMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        StartRole, // the cell's run of sentences in stored code points; -1 for an empty cell
        EndRole,
        SupportRole, // sources making the row's claim
        ConflictRole, // bool: a figure of this cell (or, in the support column, of the row) conflicts
        FiguresRole, // QStringList: the cell's figures that were compared
        SortRole,
    };
    Q_ENUM(Role)
    static constexpr int SupportColumn = 0;

    explicit ClaimMatrixModel(QObject *parent = nullptr);

    // The matrix's sentence and figure offsets must already be stored code points.
    void setMatrix(const QList<ClaimSource> &sources, const ClaimMatrix &matrix);
    void clear();
    const ClaimMatrix &matrix() const { return m_matrix; }
    const QList<ClaimSource> &sources() const { return m_sources; }
    int conflictCount() const; // rows with a figure conflict

    // Cells show the figures a source gives instead of its wording.
    void setShowFigures(bool show);
    bool showFigures() const { return m_showFigures; }

    static int columnForSource(int source) { return source + 1; }
    static int sourceForColumn(int column) { return column - 1; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // The cell's run as one sentence (its sentences' texts joined); false for an empty cell.
    bool cell(int row, int source, Sentence *out) const;
    bool cellConflicts(int row, int source) const;
    QStringList figuresOf(int row, int source) const;
    QString toolTip(int row, int source) const;

    QList<ClaimSource> m_sources;
    ClaimMatrix m_matrix;
    bool m_showFigures = false;
};

} // namespace crossread
