#include "figures/FigureLexicon.h"

#include <array>
#include <cstring>

namespace crossread {

namespace {

using L = FigureLexicon;

// Words sharing flags, space separated. With a step, the value (or unit) of each following word
// grows by it: "one two three" count up from 1. A word in several groups merges their flags.
struct Group
{
    const char *words;
    quint32 flags;
    qint32 value = 0;
    qint32 unit = 0;
    qint32 step = 0;
};

constexpr quint32 kStop = L::Stop;
constexpr quint32 kDet = L::Stop | L::Determiner;
constexpr quint32 kYearPrep = L::Stop | L::YearPreposition | L::MonthPreposition;

const Group kGroups[] = {
    // function words and common verbs
    { "a an the that these those its their his her our your my whose each every another", kDet },
    { "this", kDet | L::MonthPreposition },
    { "and or but nor yet so at to with within without into onto over under above below about around than as per "
      "via across among between behind ahead against toward towards upon out off",
        kStop },
    { "of", kStop | L::Connector | L::MonthPreposition },
    { "in", kYearPrep | L::Connector },
    { "on for", kStop | L::Connector },
    { "by since until till through throughout during before after from", kYearPrep },
    { "early mid late", kStop | L::DateModifier },
    { "last next", kStop | L::MonthPreposition },
    { "is are was were", kStop | L::Copula },
    { "be been being am has have had do does did will would shall should can could may might must it he she they we "
      "you i them him us me who which what when where why how there here also only just more less fewer most least "
      "nearly almost roughly approximately some all any no not both either neither other such said says say "
      "according reportedly reported including while if then because though although whether like again still even "
      "already now ago later earlier up down very well remains seems appears means makes gets goes takes gives shows "
      "represents includes becomes times thus plus estimated one ones once unless whereas whilst",
        kStop },
    { "than over above least of exceeding under to below most nearly almost as about around roughly approximately "
      "approx some estimated circa",
        L::QualifierEnd },

    // numbers
    { "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
      "eighteen nineteen",
        L::NumberWord, 1, 0, 1 },
    { "twenty thirty forty fifty sixty seventy eighty ninety", L::NumberWord, 20, 0, 10 },
    { "dozen", L::NumberWord, 12 },
    { "hundred", L::ScaleWord, 2 },
    { "thousand", L::ScaleWord, 3 },
    { "million mn mln", L::ScaleWord, 6 },
    { "billion bn bln", L::ScaleWord, 9 },
    { "trillion tn trn", L::ScaleWord, 12 },
    { "first", kStop | L::Ordinal, 1 },
    { "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
      "sixteenth seventeenth eighteenth nineteenth twentieth",
        L::Ordinal, 2, 0, 1 },

    // calendar
    { "january february march april may june july august september october november december", L::Month, 1, 0, 1 },
    { "jan feb mar apr", L::Month, 1, 0, 1 },
    { "jun jul aug sep", L::Month, 6, 0, 1 },
    { "sept", L::Month, 9 },
    { "oct nov dec", L::Month, 10, 0, 1 },
    { "monday tuesday wednesday thursday friday saturday sunday", L::Weekday, 1, 0, 1 },

    // units
    { "second seconds", L::DurationUnit, 0, L::Seconds },
    { "minute minutes min mins", L::DurationUnit, 0, L::Minutes },
    { "hour hours hr hrs", L::DurationUnit, 0, L::Hours },
    { "day days", L::DurationUnit, 0, L::Days },
    { "week weeks", L::DurationUnit, 0, L::Weeks },
    { "month months", L::DurationUnit, 0, L::Months },
    { "quarter quarters", L::DurationUnit, 0, L::Quarters },
    { "year years yr yrs", L::DurationUnit, 0, L::Years },
    { "decade decades", L::DurationUnit, 0, L::Decades },
    { "century centuries", L::DurationUnit, 0, L::Centuries },
    { "percent pct", L::PercentWord },
    { "dollar dollars", L::CurrencyName, 0, L::Usd },
    { "euro euros", L::CurrencyName, 0, L::Eur },
    { "pound pounds sterling", L::CurrencyName, 0, L::Gbp },
    { "yen", L::CurrencyName, 0, L::Jpy },
    { "yuan renminbi", L::CurrencyName, 0, L::Cny },
    { "rupee rupees", L::CurrencyName, 0, L::Inr },
    { "franc francs", L::CurrencyName, 0, L::Chf },
    { "usd eur gbp jpy cny inr cad aud chf hkd sgd krw nzd brl", L::CurrencyCode, 0, L::Usd, 1 },
    { "rmb", L::CurrencyCode, 0, L::Cny },
    { "people children men women staff personnel police", L::PluralNoun },

    // what a figure measures
    { "rank place position spot", L::RankNoun },
    { "overall", kStop | L::RankNoun },
    { "ranked ranks placed placing finished finishes finishing came comes sits", kStop | L::RankVerb },
    { "ranking places", L::RankVerb },
    { "score", L::ScoreVerb },
    { "scores scored scoring achieves achieved achieving attains attained notched", kStop | L::ScoreVerb },
    { "amounted amounts totaled totalled totals totaling totalling reached reaches stood stands came hit hits topped "
      "exceeded surpassed equals equaled",
        kStop | L::Copula },
    { "rise up", L::ChangeVerb, 0, L::Rise },
    { "rises rising rose risen climbed climbing", kStop | L::ChangeVerb, 0, L::Rise },
    { "fall down", L::ChangeVerb, 0, L::Fall },
    { "falls falling fell fallen slipped", kStop | L::ChangeVerb, 0, L::Fall },
    { "grew grows growing grown", kStop | L::ChangeVerb, 0, L::Growth },
    { "increased increases increasing", kStop | L::ChangeVerb, 0, L::Increase },
    { "decreased decreasing", kStop | L::ChangeVerb, 0, L::Decrease },
    { "jumped jumping", kStop | L::ChangeVerb, 0, L::Jump },
    { "soared surged surging", kStop | L::ChangeVerb, 0, L::Surge },
    { "dropped dropping plunged", kStop | L::ChangeVerb, 0, L::Drop },
    { "declined declining", kStop | L::ChangeVerb, 0, L::Decline },
    { "gained gaining", kStop | L::ChangeVerb, 0, L::Gain },
    { "invest invests invested investing", kStop | L::MoneyVerb, L::Invest },
    { "values valued valuing", kStop | L::MoneyVerb, L::Value },
    { "raise raises raised raising", kStop | L::MoneyVerb, L::Raise },
    { "spend spends spent", kStop | L::MoneyVerb, L::Spend },
    { "pay pays paid paying", kStop | L::MoneyVerb, L::Pay },
    { "acquire acquires acquired acquiring buy buys bought buying", kStop | L::MoneyVerb, L::Acquire },
    { "lost loses losing", kStop | L::MoneyVerb, L::Lose },
    { "earned earns", kStop | L::MoneyVerb, L::Earn },
    { "committed commits pledged", kStop | L::MoneyVerb, L::Commit },
    { "borrowed", kStop | L::MoneyVerb, L::Borrow },
    { "secured secures", kStop | L::MoneyVerb, L::Secure },
    { "costs", kStop | L::MoneyVerb, L::Cost },
    { "cost", L::MoneyVerb, L::Cost },
    { "version ver v release build chapter section article page episode season phase step stage tier level gen "
      "generation series number route room gate figure table appendix patch model no covid",
        L::NamePrefix },
};

constexpr int kMaxWord = 15;
constexpr int kTableSize = 1024; // power of two, well above twice the number of distinct words

struct Slot
{
    char key[kMaxWord + 1] = {};
    quint8 length = 0;
    LexEntry entry;
};

quint32 hashWord(const char *s, int n)
{
    quint32 h = 2166136261u;
    for (int i = 0; i < n; ++i)
        h = (h ^ quint8(s[i])) * 16777619u;
    return h;
}

class Table
{
public:
    Table()
    {
        for (const Group &g : kGroups) {
            qint32 value = g.value;
            qint32 unit = g.unit;
            for (const char *w = g.words; *w;) {
                const char *end = std::strchr(w, ' ');
                const int n = int(end ? end - w : std::strlen(w));
                add(w, n, g.flags, value, unit);
                value += value ? g.step : 0;
                unit += unit ? g.step : 0;
                w += end ? n + 1 : n;
            }
        }
    }

    // The slot holding the word, or the empty slot where it belongs.
    Slot &find(const char *s, int n)
    {
        quint32 i = hashWord(s, n) & (kTableSize - 1);
        while (m_slots[i].length != 0 && (m_slots[i].length != n || std::memcmp(m_slots[i].key, s, size_t(n)) != 0))
            i = (i + 1) & (kTableSize - 1);
        return m_slots[i];
    }

private:
    void add(const char *w, int n, quint32 flags, qint32 value, qint32 unit)
    {
        Q_ASSERT(n > 0 && n <= kMaxWord);
        Slot &slot = find(w, n);
        if (slot.length == 0) {
            std::memcpy(slot.key, w, size_t(n));
            slot.length = quint8(n);
        }
        slot.entry.flags |= flags;
        if (value)
            slot.entry.value = value;
        if (unit)
            slot.entry.unit = unit;
    }

    std::array<Slot, kTableSize> m_slots;
};

Table &table()
{
    static Table t;
    return t;
}

} // namespace

const LexEntry *FigureLexicon::lookup(QStringView word)
{
    const qsizetype n = word.size();
    if (n == 0 || n > kMaxWord)
        return nullptr;
    char buf[kMaxWord];
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = word[i].unicode();
        if (c >= 'A' && c <= 'Z')
            buf[i] = char(c + ('a' - 'A'));
        else if (c >= 'a' && c <= 'z')
            buf[i] = char(c);
        else
            return nullptr;
    }
    const Slot &slot = table().find(buf, int(n));
    return slot.length ? &slot.entry : nullptr;
}

QString FigureLexicon::durationUnitName(int unit)
{
    static const char *const names[]
        = { "", "seconds", "minutes", "hours", "days", "weeks", "months", "quarters", "years", "decades", "centuries" };
    return unit > 0 && unit < int(std::size(names)) ? QString::fromLatin1(names[unit]) : QString();
}

QString FigureLexicon::currencyCode(int currency)
{
    static const char *const codes[]
        = { "", "USD", "EUR", "GBP", "JPY", "CNY", "INR", "CAD", "AUD", "CHF", "HKD", "SGD", "KRW", "NZD", "BRL" };
    return currency > 0 && currency < int(std::size(codes)) ? QString::fromLatin1(codes[currency]) : QString();
}

QString FigureLexicon::changeNoun(int change)
{
    static const char *const nouns[]
        = { "", "rise", "fall", "growth", "increase", "decrease", "jump", "drop", "decline", "gain", "surge" };
    return change > 0 && change < int(std::size(nouns)) ? QString::fromLatin1(nouns[change]) : QString();
}

QString FigureLexicon::moneyNoun(int verb)
{
    static const char *const nouns[] = { "", "investment", "valuation", "funding", "spending", "payment", "acquisition",
        "loss", "earnings", "commitment", "borrowing", "funding", "cost" };
    return verb > 0 && verb < int(std::size(nouns)) ? QString::fromLatin1(nouns[verb]) : QString();
}

} // namespace crossread
