#include "figures/FigureBench.h"

#include "figures/BenchRandom.h"
#include "figures/BenchVocabulary.h"
#include "figures/BenchWriter.h"

namespace crossread {

namespace {

constexpr qsizetype kTargetSize = 5000;

using K = FigureKind;
using W = BenchWriter;

struct Hedge
{
    QString text;
    Qualifier qualifier;
};

Hedge hedge(BenchRandom &r)
{
    const BenchVocabulary &v = BenchVocabulary::instance();
    const int k = r.below(int(v.hedges.size()));
    return { v.hedges[k], v.hedgeQualifiers[k] };
}

// "three", "twenty-five", "two hundred and seventy": for 1..999.
QString numberWords(int n)
{
    const BenchVocabulary &v = BenchVocabulary::instance();
    QString s;
    if (n >= 100) {
        s = v.small[n / 100 - 1] + QStringLiteral(" hundred");
        n %= 100;
        if (n)
            s += QStringLiteral(" and ");
    }
    if (n >= 20)
        s += v.tens[n / 10 - 2] + (n % 10 ? QLatin1Char('-') + v.small[n % 10 - 1] : QString());
    else if (n > 0)
        s += v.small[n - 1];
    return s;
}

// An amount of money the way news text writes it, with its value and currency.
QString money(BenchRandom &r, double *value, QString *currency)
{
    const int whole = 2 + r.below(60);
    const int tenth = r.below(10);
    const QString decimal = QString::number(whole) + (tenth ? QLatin1Char('.') + QString::number(tenth) : QString());
    *currency = QStringLiteral("USD");
    switch (r.below(7)) {
    case 0:
        *value = (whole * 10 + tenth) * 1e8;
        return QLatin1Char('$') + decimal + QStringLiteral(" billion");
    case 1:
        *value = whole * 1e10;
        return QStringLiteral("$%1bn").arg(whole * 10);
    case 2:
        *currency = QStringLiteral("EUR");
        *value = whole * 1e6;
        return QStringLiteral("\u20AC%1 million").arg(whole);
    case 3:
        *currency = QStringLiteral("GBP");
        *value = whole * 1e6;
        return QStringLiteral("\u00A3%1m").arg(whole);
    case 4:
        *value = (whole % 3 + 1) * 1e12;
        return QStringLiteral("US$%1 trillion").arg(whole % 3 + 1);
    case 5:
        *value = whole * 1e7;
        return QStringLiteral("$%1 million").arg(whole * 10);
    default:
        *value = whole * 1e9;
        return QStringLiteral("$%1 billion").arg(whole);
    }
}

QString count(BenchRandom &r, double *value)
{
    const int n = r.below(8);
    switch (r.below(4)) {
    case 0:
        *value = (n + 1) * 1000;
        return QStringLiteral("%1,000").arg(n + 1);
    case 1:
        *value = (11 + 3 * n) * 1e8;
        return QStringLiteral("%1.%2 billion").arg((11 + 3 * n) / 10).arg((11 + 3 * n) % 10);
    case 2:
        *value = (n + 2) * 1e9;
        return BenchVocabulary::instance().small[n + 1] + QStringLiteral(" billion");
    default:
        *value = 21 + 31 * n;
        return numberWords(21 + 31 * n);
    }
}

void writeMoney(BenchWriter &w, BenchRandom &r, const QString &company, const QString &target)
{
    const BenchVocabulary &v = BenchVocabulary::instance();
    const Hedge h = hedge(r);
    double value = 0;
    QString unit;
    const QString amount = money(r, &value, &unit);
    switch (r.below(6)) {
    case 0: {
        const int year = 2023 + r.below(4);
        const int month = 1 + r.below(12);
        w.add(company + QStringLiteral(" invested "));
        w.figure(
            h.text + amount, W::expect(K::Money, value, unit, h.qualifier, QStringLiteral("investment in ") + target));
        w.add(QStringLiteral(" in ") + target + QStringLiteral(" in "));
        w.figure(v.months[month - 1] + QLatin1Char(' ') + QString::number(year), W::expectDate(year, month, 0));
        break;
    }
    case 1:
        w.add(QStringLiteral("The deal valued ") + target + QStringLiteral(" at "));
        w.figure(amount, W::expect(K::Money, value, unit, Qualifier::Exact, QStringLiteral("valuation of ") + target));
        w.add(", according to people familiar with the matter");
        break;
    case 2: {
        const int year = 2022 + r.below(4);
        w.add("Revenue reached ");
        w.figure(h.text + amount, W::expect(K::Money, value, unit, h.qualifier, QStringLiteral("Revenue")));
        w.add(" in ");
        w.figure(QString::number(year), W::expectDate(year, 0, 0));
        break;
    }
    case 3: {
        const QString thing = r.pick(v.spending);
        w.add(company + QStringLiteral(" spent "));
        w.figure(
            h.text + amount, W::expect(K::Money, value, unit, h.qualifier, QStringLiteral("spending on ") + thing));
        w.add(QStringLiteral(" on ") + thing);
        break;
    }
    case 4: {
        const int low = 5 + r.below(20);
        const int high = low + 1 + r.below(10);
        w.add(QStringLiteral("Analysts expect ") + company + QStringLiteral(" to raise "));
        w.figure(QStringLiteral("$%1-%2 billion").arg(low).arg(high),
            W::expect(
                K::Money, (low + high) * 5e8, QStringLiteral("USD"), Qualifier::About, QStringLiteral("funding")));
        break;
    }
    default: {
        const int n = 2 + r.below(40);
        w.add(company + QStringLiteral(" earned "));
        w.figure(QStringLiteral("%1 billion dollars").arg(n),
            W::expect(
                K::Money, n * 1e9, QStringLiteral("USD"), Qualifier::Exact, company + QStringLiteral(" earnings")));
        w.add(" last quarter");
        break;
    }
    }
}

void writePercentOrScore(BenchWriter &w, BenchRandom &r, const QString &company, const QString &target)
{
    const BenchVocabulary &v = BenchVocabulary::instance();
    const QString bench = r.pick(v.benchmarks);
    const int pct = 5 + r.below(90);
    switch (r.below(5)) {
    case 0:
        w.add(company + QStringLiteral(" acquired a "));
        w.figure(QStringLiteral("%1%").arg(pct),
            W::expect(K::Percent, pct, QStringLiteral("%"), Qualifier::Exact, QStringLiteral("stake in ") + target));
        w.add(QStringLiteral(" stake in ") + target + QStringLiteral(" last year"));
        break;
    case 1: {
        const Hedge h = hedge(r);
        w.add(company + QStringLiteral("\u2019s shares rose "));
        w.figure(h.text + QStringLiteral("%1%").arg(pct % 30 + 2),
            W::expect(K::Percent, pct % 30 + 2, QStringLiteral("%"), h.qualifier, QStringLiteral("shares rise")));
        w.add(" on the news");
        break;
    }
    case 2: {
        const QString group = r.pick(v.groups);
        w.figure(QStringLiteral("About %1 per cent").arg(pct),
            W::expect(K::Percent, pct, QStringLiteral("%"), Qualifier::About, group));
        w.add(QStringLiteral(" of ") + group + QStringLiteral(" use the assistant daily"));
        break;
    }
    case 3: {
        const int place = 1 + r.below(10);
        const double score = 30 + r.below(600) / 10.0;
        w.name(r.pick(v.models));
        w.add(" scores ");
        w.figure(QString::number(score, 'f', 1),
            W::expect(K::Score, score, QStringLiteral("points"), Qualifier::Exact, bench));
        w.add(" on the ");
        w.name(bench);
        w.add(", placing it ");
        w.figure(v.ordinals[place - 1] + QStringLiteral(" overall"),
            W::expect(K::Rank, place, QStringLiteral("rank"), Qualifier::Exact, QStringLiteral("overall")));
        break;
    }
    default:
        w.add("On ");
        w.name(bench);
        w.add(QStringLiteral(", ") + company + QStringLiteral("\u2019s new model scored "));
        w.figure(
            QStringLiteral("%1%").arg(pct), W::expect(K::Score, pct, QStringLiteral("%"), Qualifier::Exact, bench));
        break;
    }
}

void writeCountOrDuration(BenchWriter &w, BenchRandom &r, const QString &company)
{
    const BenchVocabulary &v = BenchVocabulary::instance();
    const Hedge h = hedge(r);
    switch (r.below(5)) {
    case 0: {
        double value = 0;
        const QString amount = count(r, &value);
        const QString noun = r.pick(v.counted);
        w.add(QStringLiteral("The ") + r.pick(v.products) + QStringLiteral(" app has passed "));
        w.figure(h.text + amount + QLatin1Char(' ') + noun,
            W::expect(K::Count, value, noun.section(QLatin1Char(' '), -1), h.qualifier, noun));
        break;
    }
    case 1: {
        const int n = 21 + r.below(300);
        const int year = 2026 + r.below(4);
        w.add(company + QStringLiteral(" plans to hire "));
        w.figure(numberWords(n) + QStringLiteral(" engineers"),
            W::expect(K::Count, n, QStringLiteral("engineers"), Qualifier::Exact, QStringLiteral("engineers")));
        w.add(" by ");
        w.figure(r.below(2) ? QStringLiteral("early %1").arg(year) : QString::number(year), W::expectDate(year, 0, 0));
        break;
    }
    case 2: {
        const QString unit = r.pick(v.durationUnits);
        const int n = 2 + r.below(17);
        w.add("After ");
        w.figure(h.text + (r.below(2) ? QString::number(n) : numberWords(n)) + QLatin1Char(' ') + unit,
            W::expect(K::Duration, n, unit, h.qualifier, QStringLiteral("work")));
        w.add(" of work, the team shipped ");
        w.name(r.pick(v.models));
        break;
    }
    case 3: {
        const int n = 3 * (1 + r.below(5));
        w.add("The launch faced a ");
        w.figure(QStringLiteral("%1-month").arg(n),
            W::expect(K::Duration, n, QStringLiteral("months"), Qualifier::Exact, QStringLiteral("delay")));
        w.add(" delay");
        break;
    }
    default: {
        const int place = 1 + r.below(9);
        static const char *const suffixes[] = { "th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th" };
        const QString bench = r.pick(v.benchmarks);
        w.add(company + QStringLiteral(" was ranked "));
        w.figure(QString::number(place) + QLatin1String(suffixes[place]),
            W::expect(K::Rank, place, QStringLiteral("rank"), Qualifier::Exact, bench));
        w.add(" on the ");
        w.name(bench);
        w.add(" leaderboard");
        break;
    }
    }
}

void writeDate(BenchWriter &w, BenchRandom &r, const QString &company, const QDate &dateline)
{
    const int year = 2024 + r.below(3);
    const int month = 1 + r.below(12);
    const int day = 1 + r.below(28);
    const QString name = BenchVocabulary::instance().months[month - 1];
    const int style = r.below(5);
    if (style == 4) {
        w.add("Wired reported in ");
        w.figure(name, W::expectDate(dateline.year(), month, 0));
        w.add(" that talks had stalled");
        return;
    }
    w.add(company + QStringLiteral(" announced the model on "));
    if (style == 0)
        w.figure(QStringLiteral("%1 %2, %3").arg(name).arg(day).arg(year), W::expectDate(year, month, day));
    else if (style == 1)
        w.figure(QStringLiteral("%1 %2 %3").arg(day).arg(name).arg(year), W::expectDate(year, month, day));
    else if (style == 2)
        w.figure(QDate(year, month, day).toString(Qt::ISODate), W::expectDate(year, month, day));
    else
        w.figure(QStringLiteral("%1 %2").arg(name).arg(day), W::expectDate(dateline.year(), month, day));
}

void writeDecoy(BenchWriter &w, BenchRandom &r)
{
    switch (r.below(6)) {
    case 0:
        w.add("Readers can reach the newsroom at ");
        w.decoy(QStringLiteral("+1 (555) 010-0199"));
        break;
    case 1:
        w.add("The full report is at ");
        w.decoy(QStringLiteral("https://example.com/reports/2025/ai-index-42"));
        break;
    case 2:
        w.add("Support for the Windows app runs ");
        w.decoy(QStringLiteral("24/7"));
        break;
    case 3:
        w.add("The stream starts at ");
        w.decoy(QStringLiteral("9:30"));
        w.add(" in the morning");
        break;
    case 4:
        w.add("It ships on ");
        w.decoy(QStringLiteral("iPhone 16"));
        w.add(" handsets and ");
        w.decoy(QStringLiteral("Windows 11"));
        w.add(" PCs");
        break;
    default:
        w.add("Demand for ");
        w.decoy(QStringLiteral("Ray-Ban Meta Gen 2"));
        w.add(" glasses grew after the ");
        w.decoy(QStringLiteral("COVID-19"));
        w.add(" pandemic");
        break;
    }
}

void writeSentence(BenchWriter &w, BenchRandom &r, const QDate &dateline)
{
    const BenchVocabulary &v = BenchVocabulary::instance();
    const QString company = r.pick(v.companies);
    const QString target = r.pick(v.targets);
    switch (r.below(9)) {
    case 0:
    case 1:
        writeMoney(w, r, company, target);
        break;
    case 2:
    case 3:
        writePercentOrScore(w, r, company, target);
        break;
    case 4:
    case 5:
        writeCountOrDuration(w, r, company);
        break;
    case 6:
    case 7:
        writeDate(w, r, company, dateline);
        break;
    default:
        writeDecoy(w, r);
        break;
    }
    w.add(".");
}

} // namespace

FigureBench::Article FigureBench::generate(int index, quint32 seed)
{
    const BenchVocabulary &v = BenchVocabulary::instance();
    Article article;
    BenchRandom r((quint64(seed) << 32) ^ (quint64(quint32(index)) * 0x9E3779B1ull) ^ 0xC0FFEEull);
    BenchWriter w(&article);
    article.dateline = QDate(2024 + r.below(3), 1 + r.below(12), 1 + r.below(28));
    const QDate &d = article.dateline;
    w.figure(QStringLiteral("%1 %2, %3").arg(v.shortMonths[d.month() - 1]).arg(d.day()).arg(d.year()),
        W::expectDate(d.year(), d.month(), d.day()));
    w.add(" \u00B7 ");
    w.decoy(QStringLiteral("9:24"));
    w.add(" AM\n");
    w.add(r.pick(v.companies) + QStringLiteral(" bets big on ") + r.pick(v.targets) + QStringLiteral("\n\n"));
    while (article.text.size() < kTargetSize) {
        const int sentences = 3 + r.below(3);
        for (int s = 0; s < sentences; ++s) {
            if (r.below(3) == 0)
                w.add(r.pick(v.fillers));
            else
                writeSentence(w, r, article.dateline);
            w.add(s + 1 < sentences ? " " : "\n\n");
        }
    }
    return article;
}

} // namespace crossread
