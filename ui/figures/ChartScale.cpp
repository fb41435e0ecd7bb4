#include "figures/ChartScale.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace crossread {

namespace {

struct Magnitude
{
    double factor;
    struct
    {
        const char *source;
        const char *comment;
    } letter; // in bar labels: "$14 B" ("$14 Mrd." in German)
    const char *word; // in axis titles: "US$ billions"
};

const Magnitude kMagnitudes[] = {
    { 1e12, QT_TRANSLATE_NOOP3("ChartScale", "T", "trillions, in a bar label: $1.2 T"),
        QT_TRANSLATE_NOOP("ChartScale", "trillions") },
    { 1e9, QT_TRANSLATE_NOOP3("ChartScale", "B", "billions, in a bar label: $14 B"),
        QT_TRANSLATE_NOOP("ChartScale", "billions") },
    { 1e6, QT_TRANSLATE_NOOP3("ChartScale", "M", "millions, in a bar label: $650 M"),
        QT_TRANSLATE_NOOP("ChartScale", "millions") },
    { 1e3, QT_TRANSLATE_NOOP3("ChartScale", "K", "thousands, in a bar label: 25 K downloads"),
        QT_TRANSLATE_NOOP("ChartScale", "thousands") },
};

// At most two decimals, trailing zeros dropped, in the locale of the window: "14.3", "2",
// "0.65" ("14,3" in German).
QString compact(double value)
{
    const QLocale locale;
    const int decimals = std::abs(value) >= 100 ? 0 : std::abs(value) >= 10 ? 1 : 2;
    QString s = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (decimals > 0 && s.contains(point)) {
        while (s.endsWith(locale.zeroDigit()))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(point.size());
    }
    return s;
}

} // namespace

QString ChartScale::currencySymbol(const QString &code)
{
    if (code.isEmpty() || code == u"USD")
        return QStringLiteral("$");
    if (code == u"EUR")
        return QStringLiteral("\u20AC");
    if (code == u"GBP")
        return QStringLiteral("\u00A3");
    if (code == u"JPY")
        return QStringLiteral("\u00A5");
    if (code == u"INR")
        return QStringLiteral("\u20B9");
    return code + QLatin1Char(' ');
}

ChartScale ChartScale::forFigures(FigureKind kind, const QList<Figure> &figures)
{
    ChartScale s;
    s.m_kind = kind;
    double largest = 0;
    QString unit;
    for (const Figure &f : figures) {
        largest = std::max(largest, std::abs(f.value));
        if (unit.isEmpty())
            unit = f.unit;
    }
    const Magnitude *magnitude = nullptr;
    if (kind == FigureKind::Money || kind == FigureKind::Count) {
        for (const Magnitude &m : kMagnitudes) {
            // Thousands only for counts: "$25,000" reads better than "$25 K" on a money axis.
            if (largest >= m.factor && (kind == FigureKind::Count || m.factor >= 1e6)) {
                magnitude = &m;
                break;
            }
        }
    }
    if (magnitude)
        s.m_divisor = magnitude->factor;
    switch (kind) {
    case FigureKind::Money: {
        s.m_prefix = currencySymbol(unit);
        const QString currency = unit.isEmpty() || unit == u"USD" ? QStringLiteral("US$") : unit;
        s.m_axisTitle = magnitude ? QStringLiteral("%1 %2").arg(currency, tr(magnitude->word)) : currency;
        break;
    }
    case FigureKind::Percent:
        s.m_suffix = QStringLiteral("%");
        s.m_axisTitle = tr("percent");
        break;
    case FigureKind::Score:
        s.m_suffix = unit == u"%" ? QStringLiteral("%") : QString();
        s.m_axisTitle = unit == u"%" ? tr("score (%)") : tr("score");
        break;
    case FigureKind::Count:
    case FigureKind::Rank:
    case FigureKind::Duration:
    case FigureKind::Date:
        s.m_axisTitle = magnitude
            ? QStringLiteral("%1 (%2)").arg(unit.isEmpty() ? tr("count") : unit, tr(magnitude->word))
            : (unit.isEmpty() ? tr("count") : unit);
        break;
    }
    return s;
}

QString ChartScale::shortValue(double value) const
{
    if (m_kind == FigureKind::Money || m_kind == FigureKind::Count) {
        // Each label in its own magnitude: "$650 M" beside "$2.4 B" reads better than "$0.65 B".
        for (const Magnitude &m : kMagnitudes) {
            if (m.factor >= 1e6 && std::abs(value) >= m.factor)
                return m_prefix + compact(value / m.factor) + QLatin1Char(' ')
                    + QCoreApplication::translate("ChartScale", m.letter.source, m.letter.comment);
        }
        return m_prefix + compact(value);
    }
    return m_prefix + compact(scaled(value)) + m_suffix;
}

QString ChartScale::shortText(const Figure &figure) const
{
    const QString value = shortValue(figure.value);
    switch (figure.qualifier) {
    case Qualifier::Exact:
        return value;
    case Qualifier::Over:
        return tr("over %1").arg(value);
    case Qualifier::Under:
        return tr("under %1").arg(value);
    case Qualifier::About:
        return QStringLiteral("~") + value;
    }
    return value;
}

} // namespace crossread
