// FigureTableModel's words for figures: the value as written (formatValue, read back by the
// figure dialog), as shown in the interface's language (displayValue), qualifiers and kinds.
#include "models/FigureTableModel.h"

#include <QHash>
#include <QLocale>

#include <cmath>

namespace crossread {

namespace {

// Up to maxDecimals decimals, trailing zeros dropped, thousands grouped ("1,200", "14.3").
QString number(double value, int maxDecimals)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    QString s = english.toString(value, 'f', maxDecimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

// "14.3 billion", "650 million", "25,000".
QString scaled(double value)
{
    static const struct
    {
        double factor;
        const char *word;
    } scales[] = { { 1e12, "trillion" }, { 1e9, "billion" }, { 1e6, "million" } };
    for (const auto &s : scales) {
        if (std::abs(value) >= s.factor)
            return number(value / s.factor, 3) + QLatin1Char(' ') + QLatin1String(s.word);
    }
    return number(value, 2);
}

QString currencyPrefix(const QString &code)
{
    static const QHash<QString, QString> symbols = {
        { QStringLiteral("USD"), QStringLiteral("$") },
        { QStringLiteral("EUR"), QStringLiteral("\u20AC") },
        { QStringLiteral("GBP"), QStringLiteral("\u00A3") },
        { QStringLiteral("JPY"), QStringLiteral("\u00A5") },
        { QStringLiteral("INR"), QStringLiteral("\u20B9") },
        { QStringLiteral("AUD"), QStringLiteral("A$") },
        { QStringLiteral("CAD"), QStringLiteral("C$") },
        { QStringLiteral("HKD"), QStringLiteral("HK$") },
    };
    const auto it = symbols.constFind(code);
    if (it != symbols.cend())
        return *it;
    return code.isEmpty() ? QStringLiteral("$") : code + QLatin1Char(' ');
}

QString ordinal(double value)
{
    const qint64 n = qRound64(value);
    const qint64 lastTwo = n % 100;
    const char *suffix = "th";
    if (lastTwo < 11 || lastTwo > 13) {
        switch (n % 10) {
        case 1:
            suffix = "st";
            break;
        case 2:
            suffix = "nd";
            break;
        case 3:
            suffix = "rd";
            break;
        default:
            break;
        }
    }
    return QString::number(n) + QLatin1String(suffix);
}

} // namespace

QString FigureTableModel::formatValue(const Figure &f)
{
    switch (f.kind) {
    case FigureKind::Money:
        return currencyPrefix(f.unit) + scaled(f.value);
    case FigureKind::Percent:
        return number(f.value, 2) + QLatin1Char('%');
    case FigureKind::Score:
        return number(f.value, 2) + (f.unit == u"%" ? QStringLiteral("%") : QString());
    case FigureKind::Count: {
        const QString n = scaled(f.value);
        return f.unit.isEmpty() ? n : n + QLatin1Char(' ') + f.unit;
    }
    case FigureKind::Rank:
        return ordinal(f.value);
    case FigureKind::Duration: {
        // The extractor writes plural units; one of them is singular ("1 month").
        QString unit = f.unit;
        if (f.value == 1 && unit.endsWith(u's'))
            unit = unit == u"centuries" ? QStringLiteral("century") : unit.chopped(1);
        return number(f.value, 2) + QLatin1Char(' ') + unit;
    }
    case FigureKind::Date:
        return f.dateValue;
    }
    return number(f.value, 2);
}

QString FigureTableModel::displayValue(const Figure &f, const QLocale &locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return formatValue(f);
    // Up to maxDecimals decimals in the locale's digits, trailing zeros dropped.
    const auto local = [&locale](double value, int maxDecimals) {
        QString s = locale.toString(value, 'f', maxDecimals);
        const QString point = locale.decimalPoint();
        if (s.contains(point)) {
            while (s.endsWith(u'0'))
                s.chop(1);
            if (s.endsWith(point))
                s.chop(point.size());
        }
        return s;
    };
    const auto scaledLocal = [&local](double value) {
        if (std::abs(value) >= 1e12)
            return tr("%1 trillion").arg(local(value / 1e12, 3));
        if (std::abs(value) >= 1e9)
            return tr("%1 billion").arg(local(value / 1e9, 3));
        if (std::abs(value) >= 1e6)
            return tr("%1 million").arg(local(value / 1e6, 3));
        return local(value, 2);
    };
    switch (f.kind) {
    case FigureKind::Money:
        return currencyPrefix(f.unit) + scaledLocal(f.value);
    case FigureKind::Percent:
        return tr("%1%", "percent").arg(local(f.value, 2));
    case FigureKind::Score:
        return f.unit == u"%" ? tr("%1%", "percent").arg(local(f.value, 2)) : local(f.value, 2);
    case FigureKind::Count: {
        const QString n = scaledLocal(f.value);
        return f.unit.isEmpty() ? n : n + QLatin1Char(' ') + f.unit;
    }
    case FigureKind::Rank: {
        // The English suffix picks the pattern; a translation may use one form for all.
        const QString english = ordinal(f.value);
        const QString n = locale.toString(qRound64(f.value));
        if (english.endsWith(QLatin1String("st")))
            return tr("%1st", "ordinal").arg(n);
        if (english.endsWith(QLatin1String("nd")))
            return tr("%1nd", "ordinal").arg(n);
        if (english.endsWith(QLatin1String("rd")))
            return tr("%1rd", "ordinal").arg(n);
        return tr("%1th", "ordinal").arg(n);
    }
    case FigureKind::Duration: {
        // The units the extractor writes, in the interface's words.
        static const QHash<QString, const char *> units {
            { QStringLiteral("seconds"), QT_TR_NOOP("seconds") },
            { QStringLiteral("minutes"), QT_TR_NOOP("minutes") },
            { QStringLiteral("hours"), QT_TR_NOOP("hours") },
            { QStringLiteral("days"), QT_TR_NOOP("days") },
            { QStringLiteral("weeks"), QT_TR_NOOP("weeks") },
            { QStringLiteral("months"), QT_TR_NOOP("months") },
            { QStringLiteral("quarters"), QT_TR_NOOP("quarters") },
            { QStringLiteral("years"), QT_TR_NOOP("years") },
            { QStringLiteral("decades"), QT_TR_NOOP("decades") },
            { QStringLiteral("centuries"), QT_TR_NOOP("centuries") },
        };
        // One of a unit is singular ("1 month", "1 Monat"); the extractor always writes plurals.
        static const QHash<QString, const char *> one {
            { QStringLiteral("seconds"), QT_TR_NOOP("second") },
            { QStringLiteral("minutes"), QT_TR_NOOP("minute") },
            { QStringLiteral("hours"), QT_TR_NOOP("hour") },
            { QStringLiteral("days"), QT_TR_NOOP("day") },
            { QStringLiteral("weeks"), QT_TR_NOOP("week") },
            { QStringLiteral("months"), QT_TR_NOOP("month") },
            { QStringLiteral("quarters"), QT_TR_NOOP("quarter") },
            { QStringLiteral("years"), QT_TR_NOOP("year") },
            { QStringLiteral("decades"), QT_TR_NOOP("decade") },
            { QStringLiteral("centuries"), QT_TR_NOOP("century") },
        };
        const char *unit = (f.value == 1 ? one : units).value(f.unit.toLower());
        return local(f.value, 2) + QLatin1Char(' ') + (unit ? tr(unit) : f.unit);
    }
    case FigureKind::Date:
        return f.dateValue;
    }
    return local(f.value, 2);
}

QString FigureTableModel::qualifierText(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact:
        return {};
    case Qualifier::Over:
        return tr("over");
    case Qualifier::Under:
        return tr("under");
    case Qualifier::About:
        return tr("about");
    }
    return {};
}

QString FigureTableModel::kindText(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Money:
        return tr("money");
    case FigureKind::Percent:
        return tr("percent");
    case FigureKind::Score:
        return tr("score");
    case FigureKind::Count:
        return tr("count");
    case FigureKind::Rank:
        return tr("rank");
    case FigureKind::Duration:
        return tr("duration");
    case FigureKind::Date:
        return tr("date");
    }
    return {};
}
} // namespace crossread
