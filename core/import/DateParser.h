#pragma once
// Reads the publication dates that articles and page metadata write: ISO dates and date-times,
// and English month-name dates ("Jun 14, 2026", "June 14 2026", "14 June 2026").
#include <QDate>
#include <QString>

namespace crossread {

class DateParser
{
public:
    struct Match
    {
        QDate date;
        qsizetype start = -1; // UTF-16 index of the date expression in the searched text
        qsizetype length = 0;
    };

    // The earliest date expression in text; an invalid date when there is none.
    static Match find(const QString &text);

    // A metadata value such as "2026-06-14T09:24:00-04:00" or "June 14, 2026". The calendar date
    // is taken as written, without converting time zones: that is the date the outlet printed.
    static QDate parse(const QString &value);

    // 1-12 for an English month name or its abbreviation ("Sept" included), 0 otherwise.
    static int monthFromName(const QString &name);
};

} // namespace crossread
