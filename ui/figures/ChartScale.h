#pragma once
// How a chart writes the values of one unit: the divisor that brings them to a readable
// magnitude (billions for funding rounds), the axis title that says so, and the short bar
// labels with the qualifier the source used ("over $14 B", "~$2.5 B", "49%").
#include "domain/Types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace crossread {

class ChartScale
{
    Q_DECLARE_TR_FUNCTIONS(ChartScale)
public:
    // A scale for figures of one kind and unit, chosen by the largest magnitude among them.
    static ChartScale forFigures(FigureKind kind, const QList<Figure> &figures);

    double divisor() const { return m_divisor; }
    double scaled(double value) const { return value / m_divisor; }
    QString axisTitle() const { return m_axisTitle; }
    // "$14.3 B", "$650 M", "49%", "71.4", "1.2 M"; with the qualifier ("over …", "~…").
    QString shortText(const Figure &figure) const;
    QString shortValue(double value) const;

    // "$" for USD, "€" for EUR, "CHF " for codes without a symbol.
    static QString currencySymbol(const QString &code);

private:
    FigureKind m_kind = FigureKind::Count;
    double m_divisor = 1;
    QString m_prefix; // currency symbol
    QString m_suffix; // "%" for percentages
    QString m_axisTitle;
};

} // namespace crossread
