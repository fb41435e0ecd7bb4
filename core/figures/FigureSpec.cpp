#include "figures/FigureSpec.h"

#include "figures/DateMatcher.h"
#include "figures/FigureExtractor.h"
#include "figures/FigureLexicon.h"
#include "figures/FigureMatch.h"
#include "figures/NumberReader.h"

#include <QStringList>

namespace crossread {

namespace {

using L = FigureLexicon;

struct Amount
{
    double value = 0;
    QString currency; // ISO code when a currency was written
    QString unitWords; // what follows the number and magnitude ("downloads", "months", "%")
    Qualifier qualifier = Qualifier::Exact;
    bool percent = false;
    bool ordinal = false;
};

bool takePrefix(QString &s, const QString &prefix)
{
    if (!s.startsWith(prefix, Qt::CaseSensitive))
        return false;
    s = s.mid(prefix.size()).trimmed();
    return true;
}

QString takeCurrencyPrefix(QString &s)
{
    static const struct
    {
        const char16_t *prefix;
        const char *code;
    } prefixes[] = { { u"US$", "USD" }, { u"A$", "AUD" }, { u"C$", "CAD" }, { u"HK$", "HKD" }, { u"$", "USD" },
        { u"\u20AC", "EUR" }, { u"\u00A3", "GBP" }, { u"\u00A5", "JPY" }, { u"\u20B9", "INR" } };
    for (const auto &p : prefixes) {
        if (takePrefix(s, QString::fromUtf16(p.prefix)))
            return QString::fromLatin1(p.code);
    }
    const qsizetype space = s.indexOf(QLatin1Char(' '));
    const QString head = space < 0 ? s.left(3) : s.left(space);
    if (head.size() == 3 && head == head.toUpper()) {
        const LexEntry *e = FigureLexicon::lookup(head);
        if (e && (e->flags & L::CurrencyCode)) {
            s = s.mid(3).trimmed();
            return FigureLexicon::currencyCode(e->unit);
        }
    }
    return {};
}

// Reads "[>|<|~][currency]number[e±n][magnitude][unit words]".
bool readAmount(QString s, Amount *a, QString *error)
{
    s = s.trimmed();
    if (takePrefix(s, QStringLiteral(">")))
        a->qualifier = Qualifier::Over;
    else if (takePrefix(s, QStringLiteral("<")))
        a->qualifier = Qualifier::Under;
    else if (takePrefix(s, QStringLiteral("~")))
        a->qualifier = Qualifier::About;
    a->currency = takeCurrencyPrefix(s);

    qsizetype k = 0;
    bool negative = false;
    if (k < s.size() && s[k] == u'-') {
        negative = true;
        ++k;
    }
    const qsizetype numberStart = k;
    while (k < s.size() && (s[k].isDigit() || s[k] == u',' || s[k] == u'.'))
        ++k;
    if (k < s.size() && (s[k] == u'e' || s[k] == u'E')) {
        qsizetype e = k + 1;
        if (e < s.size() && (s[e] == u'+' || s[e] == u'-'))
            ++e;
        if (e < s.size() && s[e].isDigit()) {
            while (e < s.size() && s[e].isDigit())
                ++e;
            k = e;
        }
    }
    QString digits = s.mid(numberStart, k - numberStart);
    digits.remove(QLatin1Char(','));
    bool ok = false;
    a->value = digits.toDouble(&ok);
    if (!ok) {
        *error = QStringLiteral("cannot read a number in \"%1\"").arg(s);
        return false;
    }
    if (negative)
        a->value = -a->value;

    QString rest = s.mid(k).trimmed();
    QStringList words = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        const QString w = words.first();
        if (w == u"st" || w == u"nd" || w == u"rd" || w == u"th") {
            a->ordinal = true;
            words.removeFirst();
        } else if (const int e = NumberReader::scaleSuffix(w)) {
            a->value = NumberReader::compose(a->value, e);
            words.removeFirst();
        } else if (const LexEntry *lex = FigureLexicon::lookup(w); lex && (lex->flags & L::ScaleWord)) {
            a->value = NumberReader::compose(a->value, lex->value);
            words.removeFirst();
        }
    }
    if (!words.isEmpty() && (words.first() == u"%" || words.first().compare(u"percent", Qt::CaseInsensitive) == 0)) {
        a->percent = true;
        words.removeFirst();
    } else if (!words.isEmpty() && words.first().startsWith(u'%')) {
        a->percent = true;
        words.first().remove(0, 1);
        if (words.first().isEmpty())
            words.removeFirst();
    }
    if (a->currency.isEmpty() && !words.isEmpty()) {
        const LexEntry *lex = FigureLexicon::lookup(words.first());
        if (lex && (lex->flags & (L::CurrencyName | L::CurrencyCode))) {
            a->currency = FigureLexicon::currencyCode(lex->unit);
            words.removeFirst();
        }
    }
    a->unitWords = words.join(QLatin1Char(' '));
    return true;
}

bool parseDate(const QString &value, Figure *out)
{
    const QDate full = QDate::fromString(value, Qt::ISODate);
    FigureMatch m;
    if (full.isValid()) {
        DateMatcher::setDate(&m, full.year(), full.month(), full.day());
    } else if (value.size() == 7 && value[4] == u'-') {
        const QDate month = QDate::fromString(value + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid())
            return false;
        DateMatcher::setDate(&m, month.year(), month.month(), 0);
    } else if (value.size() == 4 && value.toInt() >= 1000) {
        DateMatcher::setDate(&m, value.toInt(), 0, 0);
    } else {
        // Written dates, read the way articles are: "April 8, 2026", "June 2025".
        const QList<Figure> found = FigureExtractor().extract(value);
        if (found.size() != 1 || found.first().kind != FigureKind::Date || found.first().text != value)
            return false;
        out->value = found.first().value;
        out->dateValue = found.first().dateValue;
        return true;
    }
    out->value = m.value;
    out->dateValue = m.dateValue;
    return true;
}

} // namespace

bool parseFigureSpec(const QString &spec, Figure *out, QString *error)
{
    QString ignored;
    QString &err = error ? *error : ignored;
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    if (colon < 0) {
        err = QStringLiteral("expected KIND:VALUE[:LABEL], got \"%1\"").arg(spec);
        return false;
    }
    Figure f;
    const QString kindName = spec.left(colon).trimmed();
    if (!figureKindFromName(kindName, &f.kind)) {
        err = QStringLiteral("unknown figure kind \"%1\" (money, percent, score, count, rank, duration, date)")
                  .arg(kindName);
        return false;
    }
    const QString rest = spec.mid(colon + 1);
    const qsizetype labelColon = rest.indexOf(QLatin1Char(':'));
    const QString value = (labelColon < 0 ? rest : rest.left(labelColon)).trimmed();
    f.label = labelColon < 0 ? QString() : rest.mid(labelColon + 1).trimmed();
    f.text = value;
    f.manual = true;
    if (value.isEmpty()) {
        err = QStringLiteral("missing value in \"%1\"").arg(spec);
        return false;
    }

    if (f.kind == FigureKind::Date) {
        if (!parseDate(value, &f)) {
            err = QStringLiteral("cannot read the date \"%1\" (use YYYY-MM-DD, YYYY-MM or YYYY)").arg(value);
            return false;
        }
        *out = f;
        return true;
    }

    Amount a;
    if (!readAmount(value, &a, &err))
        return false;
    if (a.ordinal && f.kind != FigureKind::Rank) {
        err = QStringLiteral("\"%1\" is a position; use the rank kind").arg(value);
        return false;
    }
    f.value = a.value;
    f.qualifier = a.qualifier;
    switch (f.kind) {
    case FigureKind::Money:
        if (a.percent || !a.unitWords.isEmpty()) {
            err = QStringLiteral("unexpected \"%1\" after the amount")
                      .arg(a.percent ? QStringLiteral("%") : a.unitWords);
            return false;
        }
        f.unit = a.currency.isEmpty() ? QStringLiteral("USD") : a.currency;
        break;
    case FigureKind::Percent:
    case FigureKind::Score:
        if (!a.currency.isEmpty() || !a.unitWords.isEmpty()) {
            err = QStringLiteral("a %1 takes a plain number").arg(figureKindName(f.kind));
            return false;
        }
        f.unit = (f.kind == FigureKind::Percent || a.percent) ? QStringLiteral("%") : QStringLiteral("points");
        break;
    case FigureKind::Rank:
        if (!a.currency.isEmpty() || a.percent || !a.unitWords.isEmpty()) {
            err = QStringLiteral("a rank takes a position such as 4 or 4th");
            return false;
        }
        f.unit = QStringLiteral("rank");
        break;
    case FigureKind::Duration: {
        const LexEntry *lex = FigureLexicon::lookup(a.unitWords);
        if (!lex || !(lex->flags & L::DurationUnit)) {
            err = QStringLiteral("a duration needs a unit such as \"9 months\"");
            return false;
        }
        f.unit = FigureLexicon::durationUnitName(lex->unit);
        break;
    }
    case FigureKind::Count:
        if (!a.currency.isEmpty() || a.percent) {
            err = QStringLiteral("a count takes a number and what it counts");
            return false;
        }
        f.unit = a.unitWords.section(QLatin1Char(' '), -1);
        if (f.label.isEmpty())
            f.label = a.unitWords;
        break;
    case FigureKind::Date:
        break;
    }
    *out = f;
    return true;
}

QString figureSpec(const Figure &figure)
{
    QString value;
    if (figure.kind == FigureKind::Date) {
        value = figure.dateValue;
    } else {
        static const char signs[] = { 0, '>', '<', '~' };
        if (const char sign = signs[int(figure.qualifier)])
            value += QLatin1Char(sign);
        if (figure.kind == FigureKind::Money)
            value += figure.unit + QLatin1Char(' ');
        value += QString::number(figure.value, 'g', 15);
        if (figure.unit == u"%")
            value += QLatin1Char('%');
        else if (figure.kind == FigureKind::Duration || figure.kind == FigureKind::Count)
            value += QLatin1Char(' ') + figure.unit;
    }
    QString spec = figureKindName(figure.kind) + QLatin1Char(':') + value;
    if (!figure.label.isEmpty())
        spec += QLatin1Char(':') + figure.label;
    return spec;
}

} // namespace crossread
