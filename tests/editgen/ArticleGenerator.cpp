#include "ArticleGenerator.h"

#include <QLocale>
#include <QStringList>

#include <functional>

namespace crossread::editgen {

namespace {

const QStringList &companies()
{
    static const QStringList list { "Halcyon Labs", "Brightwater Systems", "Orrery AI", "Quillon", "Meridian Compute",
        "Saltmarsh Robotics", "Veldt Cloud", "Copperline", "Tessellate", "Fernhollow", "Ironbark Data",
        "Lanternfish AI", "Pellucid", "Stonechat Networks", "Wyvern Semiconductor", "Marigold Health AI",
        "Cobalt Reach", "Driftwood Analytics", "Embertide", "Glasswing Compute", "Hollowell AI", "Juniper Ridge Labs",
        "Kelpie Systems", "Lodestar Robotics", "Mossgiel", "Nightjar Cloud", "Oakhurst Data", "Petrel Machines",
        "Quartzline", "Rookery AI", "Sable Inference", "Thornbury Labs" };
    return list;
}

const QStringList &investors()
{
    static const QStringList list { "Larchmont Capital", "Ninefold Ventures", "Ashgrove Partners", "Tidemark Fund",
        "Osprey Growth", "Kettle Hill Capital", "Bramble Street", "the Ostara sovereign fund", "Redfern Partners",
        "Copse Capital", "Halliard Ventures", "Windrush Growth", "Ember Bay Capital", "Gannet Fund" };
    return list;
}

const QStringList &people()
{
    static const QStringList list { "Dana Okafor", "Rui Takemura", "Priya Venkataraman", "Marek Holm", "Sofia Brandt",
        "Elias Wren", "Ngozi Adebayo", "Tomas Lindqvist", "Yara Haddad", "Owen Castellanos", "Mei-Lin Zhou",
        "Hugo Ferreira", "Aiko Shimura", "Bastien Roux", "Carmen Ibarra", "Deniz Aksoy", "Femi Olatunji",
        "Greta Solberg", "Imran Qureshi", "Jonas Eklund", "Kalani Akana", "Leah Goldfarb", "Mateo Rinaldi",
        "Nadia Petrova", "Oisin Gallagher", "Paulina Nowak", "Ravi Menon", "Signe Dahl" };
    return list;
}

const QStringList &products()
{
    static const QStringList list { "Lumen-3", "Atlas Mini", "Sparrow 2", "Harbor-7B", "Cinder Pro", "Quill-4",
        "Basalt", "Northstar 1.5", "Fathom-2", "Kite Ultra", "Ripple-9", "Gannet 3", "Tundra Max", "Vesper-12B",
        "Orchid Lite", "Flint 2.1", "Marlin-70B", "Comet Nano" };
    return list;
}

const QStringList &benchmarks()
{
    static const QStringList list { "GPQA Diamond", "SWE-bench Verified", "MMLU-Pro", "HumanEval+", "ARC-AGI",
        "MathArena", "LiveCodeBench" };
    return list;
}

const QStringList &cities()
{
    static const QStringList list { "Reykjavik", "Tucson", "Lyon", "Osaka", "Monterrey", "Tallinn", "Perth", "Nairobi",
        "Columbus", "Gdansk", "Porto", "Leipzig", "Hobart", "Quebec City", "Sapporo", "Valparaiso", "Tromso",
        "Adelaide", "Bilbao", "Kaunas" };
    return list;
}

const QStringList &months()
{
    static const QStringList list { "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December" };
    return list;
}

const QStringList &topics()
{
    static const QStringList list { "inference chips", "training clusters", "data licensing", "model safety testing",
        "agent platforms", "enterprise assistants", "speech models", "robotics software", "code assistants",
        "medical imaging", "chip design tools", "search", "translation", "video generation", "cloud storage",
        "fraud detection" };
    return list;
}

// Written for the project: the shapes of sentences in reports on AI funding, launches and deals.
// Every shape has several slots, so that no long stretch of words repeats from one use to the next.
const QStringList &templates()
{
    static const QStringList list {
        "{company} said on {weekday} that it had raised {money} in a round led by {investor}.",
        "The round values {company} at {money}, up from {money} {months} months ago.",
        "{person}, who leads research at {company}, said {product} would ship in {month}.",
        "{product} scored {percent} on {benchmark}, ahead of {product} at {percent}.",
        "{company} said revenue rose {percent} to {money} in the {quarter} quarter.",
        "Analysts at {investor} expect spending on {topic} to pass {money} by {year}.",
        "{company} plans to open a data centre in {city} with {count} accelerators by {month}.",
        "The agreement gives {company} access to {count} GPUs in {city} through {year}.",
        "{person} declined to comment on the talks with {company} on {weekday}.",
        "According to {small} people familiar with the plans, {company} weighed a bid for {company}.",
        "Shares of {company} rose {percent} on {weekday} after {person} announced {product}.",
        "{company} employs about {count} people in {city}, {percent} of them engineers.",
        "{company} cut the price of {product} by {percent} for {topic} customers.",
        "In a letter to staff, {person} wrote that {company} would double its spending on {topic}.",
        "{investor} also took part in the {company} round, putting in roughly {money}.",
        "A spokesperson for {company} said the {money} figure did not include debt from {investor}.",
        "{company} first showed {product} to {small} customers in {city} in {month} {year}.",
        "Regulators in {city} are reviewing whether the {company} deal with {company} needs approval.",
        "{person} joined {company} from {company} in {year} to run its work on {topic}.",
        "{company} lost {money} last year as it spent heavily on {topic} in {city}.",
        "Its previous model, {product}, was trained on {count} chips over {small} weeks in {city}.",
        "{company} said {product} uses {percent} less energy per query than {product}.",
        "{person} of {investor} said scores on {benchmark} had risen {percent} since {month}.",
        "The {company} deal, worth {money} over {small} years, is the largest {investor} has backed.",
        "Earlier this year {company} hired {small} senior researchers from {company} in {city}.",
        "{person} said demand for {topic} at {company} had grown {percent} since {month}.",
        "Customers in {city} will get {product} before the wider launch in {month} {year}.",
        "{company} declined to say how much it paid {investor} for the stake in {company}.",
        "{person} told {small} analysts on {weekday} that {product} had reached {count} paying users.",
        "{company} and {company} signed a {money} agreement on {topic} in {city}.",
        "Training {product} cost about {money}, {person} said in an interview in {month}.",
        "{company} expects to break even in {year}, {person} told investors from {investor}.",
        "The {city} site will draw {small}00 megawatts when {company} finishes it in {year}.",
        "{person} left {company} in {month} after {small} years to found a start-up in {city}.",
        "On {benchmark}, {product} trails {product} by {percent}, according to {company}.",
        "{investor} valued its {company} holding at {money} at the end of {year}.",
        "{company} will license {product} to {company} for {money} a year, {person} said.",
        "About {percent} of {company} revenue now comes from {topic}, up from {percent} in {year}.",
        "{person} said {company} had no plans to sell {topic} hardware before {year}.",
        "A filing in {city} shows {company} owes {investor} {money} under the {year} loan.",
    };
    return list;
}

} // namespace

ArticleGenerator::ArticleGenerator(quint32 seed)
    : m_rng(seed)
{ }

QString ArticleGenerator::pick(const QStringList &list)
{
    return list.at(int(m_rng.bounded(quint32(list.size()))));
}

QString ArticleGenerator::money()
{
    const QString currency = m_rng.bounded(5) == 0 ? QStringLiteral("€") : QStringLiteral("$");
    const int whole = 1 + int(m_rng.bounded(900));
    const QString amount
        = m_rng.bounded(3) == 0 ? QStringLiteral("%1.%2").arg(whole).arg(1 + m_rng.bounded(9)) : QString::number(whole);
    const QString scale = m_rng.bounded(2) == 0 ? QStringLiteral(" million") : QStringLiteral(" billion");
    return currency + amount + scale;
}

QString ArticleGenerator::percent()
{
    if (m_rng.bounded(2) == 0)
        return QStringLiteral("%1%").arg(1 + m_rng.bounded(95));
    return QStringLiteral("%1.%2%").arg(1 + m_rng.bounded(60)).arg(1 + m_rng.bounded(9));
}

QString ArticleGenerator::count()
{
    const int n = 100 + int(m_rng.bounded(90000));
    return QLocale(QLocale::English).toString(n);
}

QString ArticleGenerator::fill(QString pattern)
{
    static const QStringList weekdays { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" };
    static const QStringList quarters { "first", "second", "third", "fourth" };
    const QList<std::pair<QString, std::function<QString()>>> fillers {
        { "{company}", [&] { return pick(companies()); } },
        { "{investor}", [&] { return pick(investors()); } },
        { "{person}", [&] { return pick(people()); } },
        { "{product}", [&] { return pick(products()); } },
        { "{benchmark}", [&] { return pick(benchmarks()); } },
        { "{city}", [&] { return pick(cities()); } },
        { "{month}", [&] { return pick(months()); } },
        { "{topic}", [&] { return pick(topics()); } },
        { "{weekday}", [&] { return pick(weekdays); } },
        { "{quarter}", [&] { return pick(quarters); } },
        { "{money}", [&] { return money(); } },
        { "{percent}", [&] { return percent(); } },
        { "{count}", [&] { return count(); } },
        { "{small}", [&] { return QString::number(2 + m_rng.bounded(9)); } },
        { "{months}", [&] { return QString::number(3 + m_rng.bounded(20)); } },
        { "{year}", [&] { return QString::number(2024 + m_rng.bounded(5)); } },
    };
    for (const auto &[key, make] : fillers) {
        for (qsizetype at = pattern.indexOf(key); at >= 0; at = pattern.indexOf(key, at)) {
            const QString value = make();
            pattern.replace(at, key.size(), value);
            at += value.size();
        }
    }
    return pattern;
}

QString ArticleGenerator::sentence()
{
    return fill(pick(templates()));
}

QString ArticleGenerator::paragraph()
{
    QStringList sentences;
    const int n = 2 + int(m_rng.bounded(5));
    for (int i = 0; i < n; ++i)
        sentences << sentence();
    return sentences.join(QLatin1Char(' '));
}

QString ArticleGenerator::article(qsizetype characters, int wrapAt)
{
    QStringList paragraphs;
    qsizetype length = 0;
    while (length < characters) {
        QString p = paragraph();
        if (wrapAt > 0)
            p = wrapLines(p, wrapAt);
        length += p.size() + 2;
        paragraphs << p;
    }
    return paragraphs.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QString ArticleGenerator::rewriteWord()
{
    static const QStringList words { "reportedly", "also", "now", "roughly", "firm", "group", "business", "stated",
        "confirmed", "announced", "expects", "intends", "largely", "newly", "its", "recent", "later", "initially",
        "publicly", "quietly" };
    return pick(words);
}

QString wrapLines(const QString &paragraph, int width)
{
    const QStringList words = paragraph.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString out;
    qsizetype lineLength = 0;
    for (const QString &w : words) {
        if (lineLength > 0 && lineLength + 1 + w.size() > width) {
            out += QLatin1Char('\n');
            lineLength = 0;
        } else if (lineLength > 0) {
            out += QLatin1Char(' ');
            ++lineLength;
        }
        out += w;
        lineLength += w.size();
    }
    return out;
}

} // namespace crossread::editgen
