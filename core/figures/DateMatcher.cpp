#include "figures/DateMatcher.h"

namespace crossread {

namespace {

using L = FigureLexicon;

constexpr int kFirstYear = 1800;
constexpr int kLastYear = 2199;

bool isMonthWord(const FigureTokens &t, int i)
{
    return t.isWord(i) && t.at(i).capital && t.has(i, L::Month);
}

// The number at i stands alone on its left: not glued to a word, number or joiner.
bool startsClean(const FigureTokens &t, int i)
{
    if (!t.glued(i))
        return true;
    const FigureToken &prev = t.at(i - 1);
    return prev.type == FigureToken::Symbol && (prev.ch == u'(' || prev.ch == u'"' || prev.ch == u'\u201C');
}

} // namespace

void DateMatcher::setDate(FigureMatch *m, int year, int month, int day)
{
    m->kind = FigureKind::Date;
    m->unit.clear();
    m->value = double(year) * 10000 + month * 100 + day;
    if (day > 0)
        m->dateValue = QDate(year, month, day).toString(Qt::ISODate);
    else if (month > 0)
        m->dateValue = QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
    else
        m->dateValue = QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
}

int DateMatcher::readYear(const FigureTokens &t, int i)
{
    const FigureToken &tok = t.at(i);
    if (!t.isIntegerNumber(i) || tok.grouped || tok.intDigits != 4)
        return 0;
    const int year = int(tok.mantissa);
    if (year < kFirstYear || year > kLastYear)
        return 0;
    const int n = i + 1;
    if (t.glued(n) && (t.isWord(n) || t.isNumber(n) || t.isSymbol(n, u'%')))
        return 0;
    if (t.glued(n) && (t.isDash(n) || t.isSymbol(n, u'/')) && t.glued(n + 1) && t.isNumber(n + 1))
        return 0; // "2025-26", "2025/26"
    return year;
}

int DateMatcher::readDay(const FigureTokens &t, int i, int *last)
{
    const FigureToken &tok = t.at(i);
    if (!t.isIntegerNumber(i) || tok.grouped || tok.intDigits > 2)
        return 0;
    const int day = int(tok.mantissa);
    if (day < 1 || day > 31)
        return 0;
    int end = i;
    const int n = i + 1;
    if (t.glued(n)) {
        if (t.isWord(n)) {
            const QStringView s = t.view(n);
            if (s != u"st" && s != u"nd" && s != u"rd" && s != u"th")
                return 0;
            end = n;
        } else if (t.isSymbol(n, u'%')
            || ((t.isSymbol(n, u':') || t.isSymbol(n, u'/') || t.isSymbol(n, u'.')) && t.glued(n + 1)
                && t.isNumber(n + 1))) {
            return 0; // "8%", "8:30", "8/4"
        }
    }
    if (t.isSymbol(end + 1, u'%') || t.has(end + 1, L::ScaleWord | L::PercentWord))
        return 0;
    *last = end;
    return day;
}

bool DateMatcher::isAbbreviatedMonth(const FigureTokens &t, int i)
{
    const qsizetype n = t.view(i).size();
    return n <= 4 && !t.wordIs(i, "may") && !t.wordIs(i, "june") && !t.wordIs(i, "july");
}

bool DateMatcher::match(const FigureTokens &t, int i, const QDate &articleDate, FigureMatch *out)
{
    if (t.isNumber(i))
        return matchIso(t, i, out) || matchDayFirst(t, i, articleDate, out);
    if (isMonthWord(t, i))
        return matchMonthFirst(t, i, articleDate, out);
    return false;
}

bool DateMatcher::matchIso(const FigureTokens &t, int i, FigureMatch *out)
{
    if (!startsClean(t, i) || t.digitCount(i) != 4 || !t.isIntegerNumber(i) || t.at(i).grouped)
        return false;
    for (int k = 1; k <= 4; ++k) {
        if (!t.glued(i + k))
            return false;
    }
    if (!t.isSymbol(i + 1, u'-') || !t.isSymbol(i + 3, u'-') || !t.isIntegerNumber(i + 2) || !t.isIntegerNumber(i + 4)
        || t.digitCount(i + 2) != 2 || t.digitCount(i + 4) != 2)
        return false;
    if (t.glued(i + 5) && (t.isNumber(i + 5) || t.isDash(i + 5)))
        return false;
    const QDate d(int(t.at(i).mantissa), int(t.at(i + 2).mantissa), int(t.at(i + 4).mantissa));
    if (!d.isValid())
        return false;
    setDate(out, d.year(), d.month(), d.day());
    out->first = i;
    out->last = i + 4;
    return true;
}

bool DateMatcher::matchMonthFirst(const FigureTokens &t, int i, const QDate &articleDate, FigureMatch *out)
{
    const int month = t.at(i).lex->value;
    const bool abbreviated = isAbbreviatedMonth(t, i);
    int monthLast = i;
    if (abbreviated && t.isSymbol(i + 1, u'.') && t.glued(i + 1))
        monthLast = i + 1;
    if (t.glued(i) && !startsClean(t, i))
        return false;

    const int j = monthLast + 1;
    int dayLast = -1;
    const int day = t.glued(j) ? 0 : readDay(t, j, &dayLast);
    if (day > 0) {
        int last = dayLast;
        if (t.isDash(last + 1) && t.glued(last + 1) && t.glued(last + 2) && t.isIntegerNumber(last + 2)
            && t.digitCount(last + 2) <= 2)
            last += 2; // "April 8-10" is read as its first day
        return finishDay(t, i, last, month, day, articleDate, out);
    }

    int yearToken = -1;
    if (const int year = yearAfter(t, j - 1, &yearToken)) {
        setDate(out, year, month, 0);
        out->first = i;
        out->last = yearToken;
        if (t.has(i - 1, L::DateModifier) && !t.glued(i))
            out->first = i - 1;
        return true;
    }
    return !abbreviated && matchBareMonth(t, i, month, articleDate, out);
}

// A bare month name is a date only where English puts dates: "in March", "by early June". "last
// April" is the latest April before the dateline's month, "next January" the first one after it.
bool DateMatcher::matchBareMonth(const FigureTokens &t, int i, int month, const QDate &articleDate, FigureMatch *out)
{
    if (!articleDate.isValid())
        return false;
    int first = i;
    int p = i - 1;
    if (t.has(p, L::DateModifier)) {
        first = p;
        --p;
    }
    if (first == i && !t.has(p, L::MonthPreposition))
        return false;
    int year = articleDate.year();
    if (first == i && t.wordIs(p, "last")) {
        first = p;
        year -= month < articleDate.month() ? 0 : 1;
    } else if (first == i && t.wordIs(p, "next")) {
        first = p;
        year += month > articleDate.month() ? 0 : 1;
    }
    setDate(out, year, month, 0);
    out->first = first;
    out->last = i;
    return true;
}

bool DateMatcher::matchDayFirst(const FigureTokens &t, int i, const QDate &articleDate, FigureMatch *out)
{
    if (!startsClean(t, i))
        return false;
    int dayLast = -1;
    const int day = readDay(t, i, &dayLast);
    if (day == 0)
        return false;
    int j = dayLast + 1;
    if (t.wordIs(j, "of"))
        ++j;
    if (!isMonthWord(t, j) || t.glued(j))
        return false;
    const int month = t.at(j).lex->value;
    int last = j;
    if (isAbbreviatedMonth(t, j) && t.isSymbol(j + 1, u'.') && t.glued(j + 1))
        ++last;
    return finishDay(t, i, last, month, day, articleDate, out);
}

int DateMatcher::yearAfter(const FigureTokens &t, int last, int *yearToken)
{
    int k = last + 1;
    if (t.isSymbol(k, u',') && t.glued(k))
        ++k;
    const int year = t.glued(k) ? 0 : readYear(t, k);
    if (year > 0)
        *yearToken = k;
    return year;
}

bool DateMatcher::finishDay(
    const FigureTokens &t, int first, int last, int month, int day, const QDate &articleDate, FigureMatch *out)
{
    int yearToken = -1;
    int year = yearAfter(t, last, &yearToken);
    if (year > 0)
        last = yearToken;
    else if (articleDate.isValid())
        year = articleDate.year();
    else
        return false;
    if (!QDate(year, month, day).isValid())
        return false;
    setDate(out, year, month, day);
    out->first = first;
    out->last = last;
    return true;
}

} // namespace crossread
