#pragma once
// The small English vocabulary the figure extractor understands: number and scale words, months,
// units, currencies, qualifier-free function words and the verbs that tell what a figure measures.
// Lookups are case-insensitive, allocation-free and hash a word once, because every word of every
// article passes through here.
#include <QString>
#include <QStringView>

namespace crossread {

struct LexEntry
{
    quint32 flags = 0;
    qint32 value = 0; // number word value, scale exponent, ordinal, month, verb id (see the flag)
    qint32 unit = 0; // duration unit, currency or change-verb id (see the flag)
};

class FigureLexicon
{
public:
    enum Flag : quint32 {
        Stop = 1u << 0, // function word or common verb: never part of a noun phrase or name
        Determiner = 1u << 1,
        NumberWord = 1u << 2, // value: 1..90, or 12 for "dozen"
        ScaleWord = 1u << 3, // value: power of ten ("million" = 6, "bn" = 9)
        Ordinal = 1u << 4, // value: position ("fourth" = 4)
        Month = 1u << 5, // value: 1..12
        Weekday = 1u << 6,
        DurationUnit = 1u << 7, // unit: DurationUnitId
        CurrencyName = 1u << 8, // unit: CurrencyId ("dollars")
        CurrencyCode = 1u << 9, // unit: CurrencyId ("USD"), only meaningful in upper case
        PercentWord = 1u << 10, // "percent", "pct"
        RankNoun = 1u << 11, // "overall", "place"
        RankVerb = 1u << 12, // "ranked", "placing"
        ScoreVerb = 1u << 13, // "scores", "achieved"
        YearPreposition = 1u << 14, // a bare year is a date only after one of these
        DateModifier = 1u << 15, // "early", "mid", "late"
        Connector = 1u << 16, // "in", "of", "for", "on": joins a noun phrase to its complement
        ChangeVerb = 1u << 17, // unit: ChangeId ("rose" = rise)
        Copula = 1u << 18, // "amounted", "was", "reached": the subject is what the figure measures
        MoneyVerb = 1u << 19, // value: MoneyVerbId
        PluralNoun = 1u << 20, // irregular plurals that count things ("people")
        NamePrefix = 1u << 21, // "version 4", "step one": the number names, not measures
        MonthPreposition = 1u << 22, // a month without day or year is a date only after one of these
        QualifierEnd = 1u << 23 // last word of a qualifier phrase ("than", "nearly"): a cheap pre-test
    };

    enum DurationUnitId { Seconds = 1, Minutes, Hours, Days, Weeks, Months, Quarters, Years, Decades, Centuries };
    enum CurrencyId { Usd = 1, Eur, Gbp, Jpy, Cny, Inr, Cad, Aud, Chf, Hkd, Sgd, Krw, Nzd, Brl };
    enum ChangeId { Rise = 1, Fall, Growth, Increase, Decrease, Jump, Drop, Decline, Gain, Surge };
    enum MoneyVerbId { Invest = 1, Value, Raise, Spend, Pay, Acquire, Lose, Earn, Commit, Borrow, Secure, Cost };

    // nullptr when the word is unknown (or not plain ASCII letters)
    static const LexEntry *lookup(QStringView word);

    static QString durationUnitName(int unit);
    static QString currencyCode(int currency);
    static QString changeNoun(int change);
    static QString moneyNoun(int verb);
};

} // namespace crossread
