#include "compare/ProseToken.h"

#include <cmath>
#include <iterator>

namespace crossread {

namespace {

const char *const kUnits[] = { "", "USD", "EUR", "GBP", "JPY", "INR", "CNY", "CHF", "CAD", "AUD", "%", "pp" };

} // namespace

double ProseToken::precision() const
{
    return std::pow(10.0, precisionExponent);
}

QString ProseToken::unit() const
{
    return unitCode < std::size(kUnits) ? QString::fromLatin1(kUnits[unitCode]) : QString();
}

void ProseToken::setUnit(QStringView unit)
{
    unitCode = 0;
    for (quint8 i = 0; i < std::size(kUnits); ++i)
        if (unit == QLatin1StringView(kUnits[i]))
            unitCode = i;
}

QString ProseToken::dateValue() const
{
    if (kind != Figure || figureKind != FigureKind::Date)
        return {};
    const int v = int(value);
    const int year = v / 10000;
    const int month = (v / 100) % 100;
    const int day = v % 100;
    QString out = QString::number(year);
    if (month > 0)
        out += u'-' + QString::number(month).rightJustified(2, u'0');
    if (day > 0)
        out += u'-' + QString::number(day).rightJustified(2, u'0');
    return out;
}

} // namespace crossread
