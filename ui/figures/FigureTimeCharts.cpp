// FigureChartBuilder's charts on a date axis: amounts over time, and a timeline of the dates
// the sources give.
#include "figures/ChartScale.h"
#include "figures/ChartValueLabels.h"
#include "figures/FigureChartBuilder.h"
#include "figures/FigureContext.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace crossread {

namespace {

// Series a time chart draws before it stops being readable; the labels most sources give win.
constexpr int kMaxSeries = 5;
constexpr int kMaxRows = 12;
constexpr int kMaxPointLabels = 30;

// A date as a point in time: a month or a year stands at its middle ("2022" on 2 July 2022).
QDate dateOf(const QString &iso)
{
    if (iso.size() == 10)
        return QDate::fromString(iso, Qt::ISODate);
    if (iso.size() == 7)
        return QDate::fromString(iso + QStringLiteral("-15"), Qt::ISODate);
    if (iso.size() == 4 && iso.toInt() > 0)
        return QDate(iso.toInt(), 7, 2);
    return {};
}

double msecs(const QDate &date)
{
    return double(date.startOfDay().toMSecsSinceEpoch());
}

// A date axis over [first, last] whose ticks fall on whole years, months or days (the axis
// spaces its ticks evenly, so the range is chosen to make them land there). Ticks a few days
// apart name day and month only ("18 Mar", "18. März"): the years they fall in go to YEARS
// ("2026", "2025–2026") for the axis title, so that the labels fit in any language.
QDateTimeAxis *dateAxis(const QDate &first, const QDate &last, QString *years)
{
    years->clear();
    auto *axis = new QDateTimeAxis;
    const qint64 days = first.daysTo(last);
    QDate from, to;
    int ticks = 0;
    if (days > 3 * 365) {
        // A point on 1 January would sit on the axis itself: start a year earlier then.
        from = QDate(first.dayOfYear() <= 10 ? first.year() - 1 : first.year(), 1, 1);
        to = QDate(last.dayOfYear() >= 355 ? last.year() + 2 : last.year() + 1, 1, 1);
        int years = to.year() - from.year();
        const int step = (years + 7) / 8; // at most nine ticks
        years = (years + step - 1) / step * step;
        to = from.addYears(years);
        ticks = years / step + 1;
        axis->setFormat(QStringLiteral("yyyy"));
    } else if (days > 75) {
        from = QDate(first.year(), first.month(), 1);
        to = QDate(last.year(), last.month(), 1).addMonths(1);
        int months = int((to.year() - from.year()) * 12 + to.month() - from.month());
        const int step = (months + 9) / 10;
        months = (months + step - 1) / step * step;
        to = from.addMonths(months);
        ticks = months / step + 1;
        axis->setFormat(QStringLiteral("MMM yyyy"));
    } else {
        const qint64 span = std::max<qint64>(6, days + 2);
        const qint64 step = (span + 7) / 8;
        const qint64 steps = (span + step - 1) / step;
        from = first.addDays(-((steps * step - days) / 2));
        to = from.addDays(steps * step);
        ticks = int(steps) + 1;
        axis->setFormat(FigureChartBuilder::tr("d MMM", "Qt date format of the day ticks on a chart's date axis"));
        *years = from.year() == to.year() ? QString::number(from.year())
                                          : QStringLiteral("%1\u2013%2").arg(from.year()).arg(to.year());
    }
    // Evenly spaced ticks drift by a day or two against calendar years and months: start a
    // few days in, so that every tick still reads as the year or month it stands for.
    const int drift = days > 3 * 365 ? 1 : days > 75 ? 3 : 0;
    axis->setRange(from.addDays(drift).startOfDay(), to.addDays(drift).startOfDay());
    axis->setTickCount(ticks);
    return axis;
}

} // namespace

void FigureChartBuilder::buildMoneyOverTime(QChart *chart, const QList<Figure> &all, const QString &label)
{
    QList<Figure> money;
    QHash<qint64, QList<Figure>> datesByArticle;
    for (const Figure &f : all) {
        if (f.kind == FigureKind::Money)
            money << f;
        else if (f.kind == FigureKind::Date)
            datesByArticle[f.articleId] << f;
    }
    if (!label.isEmpty()) {
        money = withLabel(money, label);
    } else {
        // The labels several sources give (funding, valuation), not prices and asides.
        QSet<QString> keep;
        for (const QString &l : labelsBySources(money, FigureKind::Money)) {
            const QString key = l.toCaseFolded();
            QSet<qint64> sources;
            for (const Figure &f : std::as_const(money)) {
                if (f.label.simplified().toCaseFolded() == key)
                    sources.insert(f.articleId);
            }
            if (keep.size() < kMaxSeries && (keep.isEmpty() || sources.size() > 1))
                keep.insert(key);
        }
        money.removeIf([&](const Figure &f) { return !keep.contains(f.label.simplified().toCaseFolded()); });
    }
    if (money.isEmpty()) {
        m_emptyReason
            = label.isEmpty() ? tr("No money figures to chart") : tr("No money figures labelled “%1”").arg(label);
        return;
    }

    // When: a date in the figure's own sentence ("raised $650 million in April 2025") unless it
    // lies after the article, else the article's date.
    struct Dated
    {
        Figure figure;
        QDate when;
    };
    QList<Dated> dated;
    int undated = 0;
    for (const Figure &f : std::as_const(money)) {
        const QDate published = m_articles.value(f.articleId).published;
        QDate when = published;
        const QString text = articleText(f.articleId);
        if (!text.isEmpty() && datesByArticle.contains(f.articleId)) {
            const TextRange sentence = FigureContext::sentenceRange(text, f.start, f.end);
            for (const Figure &d : datesByArticle.value(f.articleId)) {
                // A bare year ("in 2026") is too vague to date an amount by.
                const QDate date = d.dateValue.size() >= 7 ? dateOf(d.dateValue) : QDate();
                if (d.start >= sentence.start && d.end <= sentence.end && date.isValid()
                    && (!published.isValid() || date <= published)) {
                    when = date;
                    break;
                }
            }
        }
        if (when.isValid())
            dated.append({ f, when });
        else
            ++undated;
    }
    if (dated.isEmpty()) {
        m_emptyReason = tr("The money figures have no dates (the articles are undated)");
        return;
    }
    // One currency per axis: the one most figures use.
    QHash<QString, int> units;
    for (const Dated &d : std::as_const(dated))
        ++units[d.figure.unit];
    QString unit = dated.first().figure.unit;
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        if (it.value() > units.value(unit))
            unit = it.key();
    }
    dated.removeIf([&](const Dated &d) { return d.figure.unit != unit; });

    // One series per label, the labels with most points first.
    QHash<QString, QList<Dated>> byLabel;
    QHash<QString, QString> spelling;
    for (const Dated &d : std::as_const(dated)) {
        const QString key = d.figure.label.simplified().toCaseFolded();
        byLabel[key] << d;
        if (!spelling.contains(key))
            spelling.insert(
                key, d.figure.label.simplified().isEmpty() ? tr("unlabelled") : d.figure.label.simplified());
    }
    QStringList keys = byLabel.keys();
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        return byLabel.value(a).size() != byLabel.value(b).size() ? byLabel.value(a).size() > byLabel.value(b).size()
                                                                  : a < b;
    });
    // Amounts a thousand times apart (a $650 million round, $300 billion of spending) share a
    // logarithmic axis, or the small ones lie flat on the floor.
    const int leftOut = std::max(0, int(keys.size()) - kMaxSeries);
    keys = keys.mid(0, kMaxSeries);

    QList<Figure> plotted;
    QDate first, last;
    for (const QString &key : std::as_const(keys)) {
        for (const Dated &d : byLabel.value(key)) {
            plotted << d.figure;
            first = first.isValid() ? std::min(first, d.when) : d.when;
            last = last.isValid() ? std::max(last, d.when) : d.when;
        }
    }
    const ChartScale scale = ChartScale::forFigures(FigureKind::Money, plotted);
    QString years;
    auto *axisX = dateAxis(first, last, &years);
    axisX->setTitleText(years.isEmpty() ? tr("date reported") : tr("date reported, %1").arg(years));
    double smallest = 0, largest = 0;
    for (const Figure &f : std::as_const(plotted)) {
        const double v = scale.scaled(f.value);
        smallest = smallest > 0 ? std::min(smallest, v) : v;
        largest = std::max(largest, v);
    }
    QAbstractAxis *axisY = nullptr;
    if (smallest > 0 && largest / smallest > 50) {
        auto *log = new QLogValueAxis;
        log->setBase(10);
        log->setRange(
            std::pow(10, std::floor(std::log10(smallest))), std::pow(10, std::ceil(std::log10(largest * 1.5))));
        log->setLabelFormat(QStringLiteral("%.6g"));
        log->setMinorTickCount(0);
        axisY = log;
    } else {
        auto *linear = new QValueAxis;
        linear->setRange(0, largest > 0 ? largest * 1.2 : 1);
        linear->applyNiceNumbers();
        linear->setLabelFormat(QStringLiteral("%.6g"));
        axisY = linear;
    }
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    const bool labelPoints = plotted.size() <= kMaxPointLabels;
    for (const QString &key : std::as_const(keys)) {
        QList<Dated> points = byLabel.value(key);
        std::stable_sort(points.begin(), points.end(), [](const Dated &a, const Dated &b) { return a.when < b.when; });
        auto *scatter = new QScatterSeries;
        scatter->setName(spelling.value(key));
        scatter->setMarkerSize(11);
        // A trail only where it means something: one amount per day. Sources that disagree on
        // the same day stand as separate points, not a zigzag.
        bool oneAPerDay = points.size() > 1;
        for (int i = 1; i < points.size(); ++i)
            oneAPerDay = oneAPerDay && points.at(i).when != points.at(i - 1).when;
        QLineSeries *line = oneAPerDay ? new QLineSeries : nullptr;
        QList<Point> tracked;
        for (const Dated &d : std::as_const(points)) {
            const QPointF at(msecs(d.when), scale.scaled(d.figure.value));
            scatter->append(at);
            if (line)
                line->append(at);
            tracked.append({ at, d.figure });
        }
        if (line) {
            chart->addSeries(line);
            line->attachAxis(axisX);
            line->attachAxis(axisY);
        }
        chart->addSeries(scatter);
        scatter->attachAxis(axisX);
        scatter->attachAxis(axisY);
        if (line) {
            // The line is the scatter's trail: same colour, thinner, not in the legend.
            QPen pen(scatter->color());
            pen.setWidthF(1.5);
            line->setPen(pen);
            for (QLegendMarker *marker : chart->legend()->markers(line))
                marker->setVisible(false);
        }
        if (labelPoints) {
            for (const Point &p : std::as_const(tracked))
                m_values->addPointLabel(scatter, p.at, scale.shortText(p.figure));
        }
        trackPoints(scatter, tracked);
    }
    axisY->setTitleText(scale.axisTitle());
    styleAxis(axisX);
    styleAxis(axisY);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_label = label.isEmpty() || keys.size() != 1 ? label : spelling.value(keys.first());
    const QString title = m_label.isEmpty() ? tr("Money figures over time") : tr("%1 over time").arg(m_label);
    QStringList notes;
    if (leftOut > 0)
        notes << tr("%1 more labels left out").arg(leftOut);
    if (undated > 0)
        notes << tr("%1 left out: no date").arg(figuresText(undated));
    chart->setTitle(chartTitle(title)
        + (notes.isEmpty() ? QString()
                           : QStringLiteral("<br><small>%1</small>").arg(notes.join(QStringLiteral("; ")))));
}

void FigureChartBuilder::buildTimeline(QChart *chart, const QList<Figure> &figures, const QString &label)
{
    QList<Figure> dates;
    for (const Figure &f : figures) {
        if (f.kind == FigureKind::Date && dateOf(f.dateValue).isValid())
            dates << f;
    }
    if (!label.isEmpty())
        dates = withLabel(dates, label);
    if (dates.isEmpty()) {
        m_emptyReason = label.isEmpty() ? tr("No dates to chart") : tr("No dates labelled “%1”").arg(label);
        return;
    }
    // One row per source: where the sources agree, their points line up; where they differ
    // (a launch "on Tuesday, March 3" against "March 4"), the gap shows.
    QHash<qint64, QList<Figure>> bySource;
    for (const Figure &f : std::as_const(dates)) {
        QList<Figure> &row = bySource[f.articleId];
        const bool repeated
            = std::any_of(row.cbegin(), row.cend(), [&](const Figure &g) { return g.dateValue == f.dateValue; });
        if (!repeated)
            row << f;
    }
    QList<qint64> sources = bySource.keys();
    std::sort(sources.begin(), sources.end(), [this](qint64 a, qint64 b) {
        const QDate da = m_articles.value(a).published, db = m_articles.value(b).published;
        return da != db ? da > db : a > b; // the first source on the top row
    });
    const int leftOut = std::max(0, int(sources.size()) - kMaxRows);
    sources = sources.mid(std::max(0, int(sources.size()) - kMaxRows));

    QDate first, last;
    int pointCount = 0;
    for (qint64 s : std::as_const(sources)) {
        for (const Figure &f : bySource.value(s)) {
            const QDate d = dateOf(f.dateValue);
            first = first.isValid() ? std::min(first, d) : d;
            last = last.isValid() ? std::max(last, d) : d;
            ++pointCount;
        }
    }
    QString years;
    auto *axisX = dateAxis(first, last, &years);
    axisX->setTitleText(years);
    auto *axisY = new QCategoryAxis;
    axisY->setStartValue(-0.5);
    axisY->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    QHash<QString, int> nameUses;
    for (int row = 0; row < sources.size(); ++row) {
        QString name = sourceName(sources.at(row));
        if (const int uses = nameUses[name]++; uses > 0)
            name += QStringLiteral(" (%1)").arg(uses + 1);
        axisY->append(name, row + 0.5);
    }
    axisY->setRange(-0.5, sources.size() - 0.5);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    const bool labelPoints = pointCount <= kMaxPointLabels;
    for (int row = 0; row < sources.size(); ++row) {
        auto *scatter = new QScatterSeries;
        scatter->setName(sourceName(sources.at(row)));
        scatter->setMarkerSize(12);
        QList<Point> tracked;
        for (const Figure &f : bySource.value(sources.at(row))) {
            const QPointF at(msecs(dateOf(f.dateValue)), row);
            scatter->append(at);
            tracked.append({ at, f });
        }
        chart->addSeries(scatter);
        scatter->attachAxis(axisX);
        scatter->attachAxis(axisY);
        if (labelPoints) {
            for (const Point &p : std::as_const(tracked))
                m_values->addPointLabel(scatter, p.at, p.figure.label.isEmpty() ? p.figure.text : p.figure.label);
        }
        trackPoints(scatter, tracked);
    }
    styleAxis(axisX);
    styleAxis(axisY);
    chart->legend()->hide(); // the rows name the sources
    m_label = label;
    const QString title = label.isEmpty() ? tr("Dates across %1").arg(sourcesText(int(sources.size())))
                                          : tr("Dates of %1 across %2").arg(label, sourcesText(int(sources.size())));
    chart->setTitle(chartTitle(title)
        + (leftOut > 0 ? QStringLiteral("<br><small>%1</small>").arg(tr("%1 more sources left out").arg(leftOut))
                       : QString()));
}

} // namespace crossread
