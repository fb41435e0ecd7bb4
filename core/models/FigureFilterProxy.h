#pragma once
// Narrows a FigureTableModel by kind, by words of the label (or of the figure's text), and by
// source: one article, or every article of an outlet. Sorts by the raw SortRole values.
#include "domain/Types.h"

#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>

namespace crossread {

class FigureTableModel;

class FigureFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FigureFilterProxy(QObject *parent = nullptr);

    std::optional<FigureKind> kindFilter() const { return m_kind; }
    QString labelFilter() const { return m_label; }
    qint64 articleFilter() const { return m_articleId; }
    QString outletFilter() const { return m_outlet; }
    bool isFiltering() const;

    // The figure behind a row of this proxy.
    Figure figure(int proxyRow) const;
    // Every figure the filters let through, in the proxy's order.
    QList<Figure> acceptedFigures() const;
    // Whether a figure passes the filters; ignoreKind leaves the kind filter out (charts pick
    // their own kind).
    bool accepts(const Figure &figure, bool ignoreKind = false) const;

public slots:
    void setKindFilter(std::optional<crossread::FigureKind> kind); // nullopt = every kind
    // Case-insensitive substring of the label or of the figure's text; empty = no filter.
    void setLabelFilter(const QString &text);
    // One source: an article id (0 = any), or an outlet name (empty = any). Setting one clears
    // the other.
    void setArticleFilter(qint64 articleId);
    void setOutletFilter(const QString &outlet);
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    FigureTableModel *figureModel() const;

    std::optional<FigureKind> m_kind;
    QString m_label;
    qint64 m_articleId = 0;
    QString m_outlet;
    QCollator m_collator;
};

} // namespace crossread
