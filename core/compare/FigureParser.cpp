#include "compare/FigureParser.h"

#include "compare/WordLists.h"
#include "figures/FigureLexicon.h"

#include <QVarLengthArray>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace crossread {

namespace {

struct Number
{
    qsizetype end = 0;
    double value = 0;
    int decimals = 0;
    int intDigits = 0;
    bool grouped = false;
};

bool isDigit(QStringView s, qsizetype i)
{
    return i < s.size() && s[i].isDigit() && s[i].unicode() < 128;
}

bool isWordChar(QStringView s, qsizetype i)
{
    return i < s.size() && (s[i].isLetterOrNumber() || s[i].isMark() || s[i].isSurrogate());
}

qsizetype alphaRunEnd(QStringView s, qsizetype i)
{
    while (i < s.size() && s[i].isLetter())
        ++i;
    return i;
}

// Skips one run of whitespace between the parts of a figure: spaces, or a line break of
// hard-wrapped text with any indentation around it ("$14 billion" and "$14\n   billion" are one
// figure), never a blank line: a figure does not run across paragraphs.
qsizetype skipGap(QStringView s, qsizetype i)
{
    qsizetype j = i;
    int lineBreaks = 0;
    while (j < s.size() && j - i < 64 && s[j].isSpace())
        lineBreaks += s[j++] == u'\n' ? 1 : 0;
    return (j > i && j - i < 64 && lineBreaks < 2) ? j : -1;
}

// Every figure of the text is read here: the digits go to a stack buffer and std::from_chars,
// which rounds exactly as QString::toDouble does without a string per number.
bool readNumber(QStringView s, qsizetype i, Number *n)
{
    if (!isDigit(s, i))
        return false;
    QVarLengthArray<char, 64> digits;
    while (isDigit(s, i))
        digits.append(char(s[i++].unicode()));
    n->intDigits = int(digits.size());
    // Thousands groups: exactly three digits after each comma, not followed by another digit.
    while (i < s.size() && s[i] == u',' && isDigit(s, i + 1) && isDigit(s, i + 2) && isDigit(s, i + 3)
        && !isDigit(s, i + 4)) {
        for (qsizetype k = i + 1; k < i + 4; ++k)
            digits.append(char(s[k].unicode()));
        n->intDigits += 3;
        n->grouped = true;
        i += 4;
    }
    if (i + 1 < s.size() && s[i] == u'.' && isDigit(s, i + 1)) {
        digits.append('.');
        ++i;
        while (isDigit(s, i)) {
            digits.append(char(s[i++].unicode()));
            ++n->decimals;
        }
    }
    n->end = i;
    const char *end = digits.constData() + digits.size();
    const auto [ptr, error] = std::from_chars(digits.constData(), end, n->value);
    if (error != std::errc() || ptr != end) // beyond a double's range: as QString reads it
        n->value = QString::fromLatin1(digits.constData(), digits.size()).toDouble();
    return true;
}

double scaleOf(QStringView lowerWord, bool attached)
{
    if (lowerWord == u"thousand" || (attached && lowerWord == u"k"))
        return 1e3;
    if (lowerWord == u"million" || lowerWord == u"mn" || lowerWord == u"mln" || (attached && lowerWord == u"m"))
        return 1e6;
    if (lowerWord == u"billion" || lowerWord == u"bn" || lowerWord == u"bln" || (attached && lowerWord == u"b"))
        return 1e9;
    if (lowerWord == u"trillion" || lowerWord == u"tn" || lowerWord == u"trn" || (attached && lowerWord == u"t"))
        return 1e12;
    return 0;
}

QString currencyForSymbol(QChar c)
{
    switch (c.unicode()) {
    case u'$':
        return QStringLiteral("USD");
    case 0x20AC:
        return QStringLiteral("EUR");
    case 0x00A3:
        return QStringLiteral("GBP");
    case 0x00A5:
        return QStringLiteral("JPY");
    case 0x20B9:
        return QStringLiteral("INR");
    default:
        return {};
    }
}

QString currencyForCode(QStringView word)
{
    static const char *const codes[] = { "USD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF", "CAD", "AUD" };
    for (const char *code : codes)
        if (word == QLatin1StringView(code))
            return QString::fromLatin1(code);
    return {};
}

QString currencyForWord(QStringView lower)
{
    if (lower == u"dollars" || lower == u"usd")
        return QStringLiteral("USD");
    if (lower == u"euros" || lower == u"eur")
        return QStringLiteral("EUR");
    if (lower == u"pounds" || lower == u"gbp")
        return QStringLiteral("GBP");
    if (lower == u"yen" || lower == u"jpy")
        return QStringLiteral("JPY");
    return {};
}

bool isYear(const Number &n)
{
    return n.decimals == 0 && !n.grouped && n.intDigits == 4 && n.value >= 1900 && n.value <= 2100;
}

void setDate(ProseToken *t, qsizetype pos, qsizetype end, int year, int month, int day)
{
    t->kind = ProseToken::Figure;
    t->pos = qint32(pos);
    t->len = qint32(end - pos);
    t->figureKind = FigureKind::Date;
    t->value = year * 10000.0 + month * 100.0 + day;
    t->precisionExponent = day > 0 ? 0 : (month > 0 ? 2 : 4);
    t->unitCode = 0;
}

// "June 2025", "June 5, 2025", "Jan. 5 2025" starting at the month word.
bool parseMonthFirst(QStringView s, qsizetype pos, int month, qsizetype wordEnd, ProseToken *t)
{
    qsizetype i = wordEnd;
    if (i < s.size() && s[i] == u'.')
        ++i;
    i = skipGap(s, i);
    Number n;
    if (i < 0 || !readNumber(s, i, &n) || n.decimals > 0 || n.grouped)
        return false;
    if (isYear(n) && !isWordChar(s, n.end)) {
        setDate(t, pos, n.end, int(n.value), month, 0);
        return true;
    }
    if (n.intDigits > 2 || n.value < 1 || n.value > 31)
        return false;
    qsizetype j = n.end;
    if (j < s.size() && s[j] == u',')
        ++j;
    j = skipGap(s, j);
    Number year;
    if (j < 0 || !readNumber(s, j, &year) || !isYear(year) || isWordChar(s, year.end))
        return false;
    setDate(t, pos, year.end, int(year.value), month, int(n.value));
    return true;
}

// "nine percent", "three billion", "two billion dollars": a number word is a figure only before
// a percent or scale word, so that "one of the labs" stays prose. The words are core/figures'.
// `next` is where the next word starts (skipGap after the word), which the caller has at hand.
bool parseNumberWord(QStringView s, qsizetype pos, QStringView word, qsizetype next, ProseToken *t)
{
    // Every word of the text comes here: look at the next word's first letter (percent, per,
    // pct; million, billion, trillion, thousand, bn, mn, k...) before any lookup.
    if (next < 0 || next >= s.size())
        return false;
    switch (s[next].toLower().unicode()) {
    case u'p':
    case u'm':
    case u'b':
    case u't':
    case u'k':
        break;
    default:
        return false;
    }
    const LexEntry *number = FigureLexicon::lookup(word);
    if (!number || !(number->flags & FigureLexicon::NumberWord))
        return false;
    const qsizetype nextEnd = alphaRunEnd(s, next);
    const QStringView unit = s.mid(next, nextEnd - next);
    const LexEntry *entry = FigureLexicon::lookup(unit);
    qsizetype end = nextEnd;
    t->kind = ProseToken::Figure;
    t->pos = qint32(pos);
    t->unitCode = 0;
    t->precisionExponent = 0;
    t->value = number->value;
    if (entry && (entry->flags & FigureLexicon::PercentWord)) {
        t->figureKind = FigureKind::Percent;
        t->setUnit(u"%");
    } else if (unit.compare(u"per", Qt::CaseInsensitive) == 0 && skipGap(s, nextEnd) > 0
        && s.mid(skipGap(s, nextEnd)).startsWith(u"cent") && !isWordChar(s, skipGap(s, nextEnd) + 4)) {
        t->figureKind = FigureKind::Percent;
        t->setUnit(u"%");
        end = skipGap(s, nextEnd) + 4;
    } else if (entry && (entry->flags & FigureLexicon::ScaleWord)) {
        t->value = number->value * std::pow(10.0, entry->value);
        t->precisionExponent = qint8(entry->value);
        t->figureKind = FigureKind::Count;
        if (const qsizetype after = skipGap(s, nextEnd); after > 0 && after < s.size() && s[after].isLetter()) {
            const qsizetype afterEnd = alphaRunEnd(s, after);
            const QString currency = currencyForWord(s.mid(after, afterEnd - after).toString().toLower());
            if (!currency.isEmpty() && !isWordChar(s, afterEnd)) {
                t->figureKind = FigureKind::Money;
                t->setUnit(currency);
                end = afterEnd;
            }
        }
    } else {
        return false;
    }
    if (isWordChar(s, end))
        return false;
    t->len = qint32(end - pos);
    return true;
}

} // namespace

bool FigureParser::isCurrencySymbol(QChar c)
{
    return !currencyForSymbol(c).isEmpty();
}

bool FigureParser::parse(QStringView s, qsizetype pos, ProseToken *t)
{
    qsizetype i = pos;
    QString currency;
    if (i >= s.size())
        return false;
    if (isCurrencySymbol(s[i])) {
        currency = currencyForSymbol(s[i]);
        ++i;
    } else if (s[i].isLetter()) {
        const qsizetype wordEnd = alphaRunEnd(s, i);
        const QStringView word = s.mid(i, wordEnd - i);
        if (word.size() > 9)
            return false;
        // Cheap test first: month names and currency codes are only figures before a number.
        const bool dot = wordEnd < s.size() && s[wordEnd] == u'.';
        const qsizetype next = skipGap(s, dot ? wordEnd + 1 : wordEnd);
        const bool beforeNumber = next > 0 && isDigit(s, next);
        if (!(beforeNumber || (wordEnd < s.size() && s[wordEnd] == u'$')))
            return parseNumberWord(s, pos, word, dot ? skipGap(s, wordEnd) : next, t);
        if (word == u"US" && wordEnd < s.size() && s[wordEnd] == u'$') {
            currency = QStringLiteral("USD");
            i = wordEnd + 1;
        } else if (!currencyForCode(word).isEmpty() && wordEnd + 1 < s.size() && s[wordEnd] == u' '
            && isDigit(s, wordEnd + 1)) {
            currency = currencyForCode(word);
            i = wordEnd + 1;
        } else {
            const int month = WordLists::monthNumber(word.toString().toLower());
            return month > 0 && parseMonthFirst(s, pos, month, wordEnd, t);
        }
    }
    Number n;
    if (!readNumber(s, i, &n))
        return false;
    i = n.end;

    // "5 June 2025"
    if (currency.isEmpty() && n.decimals == 0 && !n.grouped && n.value >= 1 && n.value <= 31) {
        const qsizetype m = skipGap(s, i);
        if (m > 0 && m < s.size() && s[m].isLetter()) {
            const qsizetype mEnd = alphaRunEnd(s, m);
            const int month = WordLists::monthNumber(s.mid(m, mEnd - m).toString().toLower());
            const qsizetype y = month > 0 ? skipGap(s, mEnd) : -1;
            Number year;
            if (y > 0 && readNumber(s, y, &year) && isYear(year) && !isWordChar(s, year.end)) {
                setDate(t, pos, year.end, int(year.value), month, int(n.value));
                return true;
            }
        }
    }

    double scale = 1;
    bool percent = false;
    QString percentUnit = QStringLiteral("%");
    if (i < s.size() && s[i].isLetter()) {
        const qsizetype end = alphaRunEnd(s, i);
        const double sc = scaleOf(s.mid(i, end - i).toString().toLower(), true);
        if (sc > 0 && !isWordChar(s, end)) {
            scale = sc;
            i = end;
        }
    } else if (const qsizetype w = skipGap(s, i); w > 0 && w < s.size() && s[w].isLetter()) {
        const qsizetype end = alphaRunEnd(s, w);
        const double sc = scaleOf(s.mid(w, end - w).toString().toLower(), false);
        if (sc > 0 && !isWordChar(s, end)) {
            scale = sc;
            i = end;
        }
    }
    if (i < s.size() && s[i] == u'%') {
        percent = true;
        ++i;
    } else if (const qsizetype w = skipGap(s, i); w > 0 && w < s.size()) {
        if (s[w] == u'%') {
            percent = true;
            i = w + 1;
        } else if (s[w].isLetter()) {
            const qsizetype end = alphaRunEnd(s, w);
            const QString word = s.mid(w, end - w).toString().toLower();
            if (word == u"percent" || word == u"pct") {
                percent = true;
                i = end;
            } else if (const qsizetype next = skipGap(s, end);
                       word == u"per" && next > 0 && s.mid(next).startsWith(u"cent") && !isWordChar(s, next + 4)) {
                percent = true;
                i = next + 4;
            } else if (word == u"percentage" && next > 0 && s.mid(next).startsWith(u"point")) {
                percent = true;
                percentUnit = QStringLiteral("pp");
                i = next + 5;
                if (i < s.size() && s[i] == u's')
                    ++i;
            } else if (currency.isEmpty() && !currencyForWord(word).isEmpty() && !isWordChar(s, end)) {
                currency = currencyForWord(word);
                i = end;
            }
        }
    }
    if (isWordChar(s, i))
        return false; // "19th", "4o", "2.5x": a word, not a figure

    t->kind = ProseToken::Figure;
    t->pos = qint32(pos);
    t->len = qint32(i - pos);
    t->value = n.value * scale;
    t->precisionExponent = qint8(std::clamp(std::lround(std::log10(scale)) - n.decimals, -60L, 60L));
    if (!currency.isEmpty()) {
        t->figureKind = FigureKind::Money;
        t->setUnit(currency);
    } else if (percent) {
        t->figureKind = FigureKind::Percent;
        t->setUnit(percentUnit);
    } else if (scale == 1 && isYear(n)) {
        setDate(t, pos, i, int(n.value), 0, 0);
    } else {
        t->figureKind = (n.decimals > 0 && scale == 1) ? FigureKind::Score : FigureKind::Count;
        t->unitCode = 0;
    }
    return true;
}

} // namespace crossread
