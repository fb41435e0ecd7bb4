#include "DateParser.h"

#include <QRegularExpression>

namespace crossread {

namespace {

const QString &monthPattern()
{
    static const QString pattern
        = QStringLiteral("(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                         "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)");
    return pattern;
}

const QRegularExpression &isoDate()
{
    static const QRegularExpression re(QStringLiteral("(?<![\\d-])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])"));
    return re;
}

const QRegularExpression &monthFirst()
{
    static const QRegularExpression re(
        QStringLiteral("\\b") + monthPattern() + QStringLiteral("\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &dayFirst()
{
    static const QRegularExpression re(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?") + monthPattern()
            + QStringLiteral("\\.?,?\\s+(\\d{4})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Keeps searching after a match that is not a real calendar date ("2026-02-31").
DateParser::Match firstValid(
    const QRegularExpression &re, const QString &text, int yearGroup, int monthGroup, int dayGroup)
{
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString monthText = m.captured(monthGroup);
        bool numeric = false;
        int month = monthText.toInt(&numeric);
        if (!numeric)
            month = DateParser::monthFromName(monthText);
        const QDate date(m.captured(yearGroup).toInt(), month, m.captured(dayGroup).toInt());
        if (date.isValid() && date.year() >= 1900 && date.year() <= 2200)
            return { date, m.capturedStart(), m.capturedLength() };
    }
    return {};
}

} // namespace

int DateParser::monthFromName(const QString &name)
{
    static const QStringList months
        = { QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
              QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
              QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec") };
    const QString lower = name.toLower();
    if (lower.size() < 3)
        return 0;
    const qsizetype index = months.indexOf(lower.left(3));
    return index < 0 ? 0 : int(index + 1);
}

DateParser::Match DateParser::find(const QString &text)
{
    Match best;
    const Match candidates[] = { firstValid(isoDate(), text, 1, 3, 4), firstValid(monthFirst(), text, 3, 1, 2),
        firstValid(dayFirst(), text, 3, 2, 1) };
    for (const Match &m : candidates) {
        if (m.date.isValid() && (!best.date.isValid() || m.start < best.start))
            best = m;
    }
    return best;
}

QDate DateParser::parse(const QString &value)
{
    const QString trimmed = value.trimmed();
    static const QRegularExpression isoPrefix(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})"));
    const QRegularExpressionMatch m = isoPrefix.match(trimmed);
    if (m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (date.isValid())
            return date;
    }
    return find(trimmed).date;
}

} // namespace crossread
