#pragma once
// Finds calendar dates: "April 8, 2026", "8 April 2026", "Apr. 8", "June 2025", "2026-04-08", and a
// month named after a preposition ("in March"). A date without a year takes the year of the
// article's dateline; without a dateline it is skipped, since a yearless date cannot be charted.
// "last April" and "next January" count from the dateline's month: in March 2026 they are April
// 2025 and January 2027.
#include "figures/FigureMatch.h"
#include "figures/FigureTokens.h"

#include <QDate>

namespace crossread {

class DateMatcher
{
public:
    static bool match(const FigureTokens &t, int i, const QDate &articleDate, FigureMatch *out);

    // Fills kind, dateValue ("2026-04-08", "2026-04" or "2026") and value (yyyymmdd, with zero
    // month or day when unknown, so dates sort as numbers).
    static void setDate(FigureMatch *m, int year, int month, int day);

    // A plausible four-digit year at token i, or 0.
    static int readYear(const FigureTokens &t, int i);

private:
    static bool matchIso(const FigureTokens &t, int i, FigureMatch *out);
    static bool matchMonthFirst(const FigureTokens &t, int i, const QDate &articleDate, FigureMatch *out);
    static bool matchDayFirst(const FigureTokens &t, int i, const QDate &articleDate, FigureMatch *out);
    static bool matchBareMonth(const FigureTokens &t, int i, int month, const QDate &articleDate, FigureMatch *out);
    // The date whose day ends at token last: an optional ", <year>" or else the dateline's year.
    static bool finishDay(
        const FigureTokens &t, int first, int last, int month, int day, const QDate &articleDate, FigureMatch *out);
    // A year after token last, optionally after a comma ("April, 2026"), or 0; *yearToken gets its token.
    static int yearAfter(const FigureTokens &t, int last, int *yearToken);
    static int readDay(const FigureTokens &t, int i, int *last);
    static bool isAbbreviatedMonth(const FigureTokens &t, int i);
};

} // namespace crossread
