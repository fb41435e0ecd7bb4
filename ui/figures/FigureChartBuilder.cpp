#include "figures/FigureChartBuilder.h"

#include "figures/ChartValueLabels.h"
#include "figures/FigureContext.h"
#include "models/FigureTableModel.h"

#include <QAbstractAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetrics>
#include <QCursor>
#include <QFileInfo>
#include <QLocale>
#include <QLegend>
#include <QSet>
#include <QToolTip>
#include <QXYSeries>

#include <limits>

namespace crossread {

namespace {

const struct
{
    ChartKind kind;
    const char *name;
} kChartKinds[] = {
    { ChartKind::Money, "money" },
    { ChartKind::Percent, "percent" },
    { ChartKind::Score, "score" },
    { ChartKind::Count, "count" },
    { ChartKind::MoneyOverTime, "money-over-time" },
    { ChartKind::Dates, "date" },
};

QString normalisedLabel(const QString &label)
{
    return label.simplified().toCaseFolded();
}

} // namespace

QString chartKindName(ChartKind kind)
{
    for (const auto &k : kChartKinds) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

bool chartKindFromName(const QString &name, ChartKind *kind)
{
    for (const auto &k : kChartKinds) {
        if (name.compare(QLatin1String(k.name), Qt::CaseInsensitive) == 0) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

QList<ChartKind> allChartKinds()
{
    QList<ChartKind> kinds;
    for (const auto &k : kChartKinds)
        kinds << k.kind;
    return kinds;
}

FigureKind figureKindOf(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Money:
    case ChartKind::MoneyOverTime:
        return FigureKind::Money;
    case ChartKind::Percent:
        return FigureKind::Percent;
    case ChartKind::Score:
        return FigureKind::Score;
    case ChartKind::Count:
        return FigureKind::Count;
    case ChartKind::Dates:
        return FigureKind::Date;
    }
    return FigureKind::Count;
}

FigureChartBuilder::FigureChartBuilder(QObject *parent)
    : QObject(parent)
{ }

void FigureChartBuilder::setArticles(const QHash<qint64, ArticleSummary> &articles)
{
    m_articles = articles;
}

void FigureChartBuilder::setTextProvider(std::function<QString(qint64)> provider)
{
    m_textProvider = std::move(provider);
    m_texts.clear();
}

void FigureChartBuilder::setPalette(const QPalette &palette)
{
    m_palette = palette;
}

QChart *FigureChartBuilder::build(ChartKind kind, const QList<Figure> &figures, const QString &label)
{
    m_plotted.clear();
    m_label.clear();
    m_emptyReason.clear();
    m_categoryRows = 0;
    m_bars.clear();
    m_points.clear();
    m_texts.clear(); // texts may have changed since the last chart

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis numbers and dates in the window's language: "1,5" and "März 2026" in German.
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    applyPalette(chart);
    m_values = new ChartValueLabels(chart);
    m_values->setBrush(m_palette.color(QPalette::Text));

    const QString wanted = label.trimmed();
    switch (kind) {
    case ChartKind::Money:
    case ChartKind::Percent:
    case ChartKind::Count:
        buildAcrossSources(chart, figureKindOf(kind), figures, wanted);
        break;
    case ChartKind::Score:
        buildScores(chart, figures, wanted);
        break;
    case ChartKind::MoneyOverTime:
        buildMoneyOverTime(chart, figures, wanted);
        break;
    case ChartKind::Dates:
        buildTimeline(chart, figures, wanted);
        break;
    }
    if (m_plotted.isEmpty()) {
        if (m_emptyReason.isEmpty())
            m_emptyReason = tr("Nothing to chart");
        chart->setTitle(m_emptyReason);
        chart->legend()->hide();
    }
    return chart;
}

QStringList FigureChartBuilder::valueLabels() const
{
    return m_values ? m_values->texts() : QStringList();
}

bool FigureChartBuilder::labelCovers(const QString &wanted, const QString &label)
{
    const QString w = normalisedLabel(wanted);
    const QString l = normalisedLabel(label);
    if (w.isEmpty() || l.isEmpty())
        return false;
    // "funding" says less than "Northwind AI funding" but not something else.
    return l == w || w.endsWith(QLatin1Char(' ') + l);
}

QStringList FigureChartBuilder::labelsBySources(const QList<Figure> &figures, FigureKind kind)
{
    struct Reach
    {
        QString spelling; // as first written
        QSet<qint64> articles;
        int figures = 0;
    };
    QHash<QString, Reach> byLabel;
    for (const Figure &f : figures) {
        if (f.kind != kind || f.label.trimmed().isEmpty())
            continue;
        Reach &r = byLabel[normalisedLabel(f.label)];
        if (r.spelling.isEmpty())
            r.spelling = f.label.simplified();
        r.articles.insert(f.articleId);
        ++r.figures;
    }
    // A label also reaches the sources that give it in a shorter, more general form.
    QList<Reach> reach;
    for (auto it = byLabel.cbegin(); it != byLabel.cend(); ++it) {
        Reach r = it.value();
        for (auto other = byLabel.cbegin(); other != byLabel.cend(); ++other) {
            if (other != it && labelCovers(it.key(), other.key())) {
                r.articles.unite(other.value().articles);
                r.figures += other.value().figures;
            }
        }
        reach << r;
    }
    std::sort(reach.begin(), reach.end(), [](const Reach &a, const Reach &b) {
        if (a.articles.size() != b.articles.size())
            return a.articles.size() > b.articles.size();
        if (a.spelling.size() != b.spelling.size())
            return a.spelling.size() > b.spelling.size(); // the more specific label
        if (a.figures != b.figures)
            return a.figures > b.figures;
        return a.spelling.compare(b.spelling, Qt::CaseInsensitive) < 0;
    });
    QStringList out;
    for (const Reach &r : reach)
        out << r.spelling;
    return out;
}

QList<Figure> FigureChartBuilder::withLabel(const QList<Figure> &figures, const QString &label) const
{
    if (label.isEmpty())
        return figures;
    const QString wanted = normalisedLabel(label);
    QList<Figure> covered, partial;
    for (const Figure &f : figures) {
        if (labelCovers(wanted, f.label))
            covered << f;
        else if (normalisedLabel(f.label).contains(wanted))
            partial << f;
    }
    return covered.isEmpty() ? partial : covered;
}

QString FigureChartBuilder::sourceName(qint64 articleId) const
{
    const ArticleSummary a = m_articles.value(articleId);
    if (!a.outlet.isEmpty())
        return a.outlet;
    const QString title = a.title.isEmpty() ? QFileInfo(a.path).completeBaseName() : a.title;
    if (title.isEmpty())
        return tr("Article %1").arg(articleId);
    return title.size() > 40 ? title.left(38).trimmed() + QStringLiteral("…") : title;
}

QString FigureChartBuilder::articleText(qint64 articleId) const
{
    if (!m_textProvider)
        return {};
    auto it = m_texts.constFind(articleId);
    if (it == m_texts.cend())
        it = m_texts.insert(articleId, m_textProvider(articleId));
    return *it;
}

QString FigureChartBuilder::modelOf(const Figure &figure) const
{
    const QString text = articleText(figure.articleId);
    return text.isEmpty() ? QString() : FigureContext::modelName(text, figure);
}

void FigureChartBuilder::trackBarSet(QBarSet *set, const QHash<int, Figure> &figures)
{
    m_bars.insert(set, figures);
    for (const Figure &f : figures)
        m_plotted << f;
    connect(set, &QBarSet::clicked, this, [this, set](int index) {
        Figure f;
        if (figureForBar(set, index, &f))
            emit figureActivated(f);
    });
    connect(set, &QBarSet::hovered, this, [this, set](bool status, int index) {
        Figure f;
        if (figureForBar(set, index, &f))
            showToolTip(f, status);
    });
}

void FigureChartBuilder::trackPoints(QXYSeries *series, const QList<Point> &points)
{
    m_points.insert(series, points);
    for (const Point &p : points)
        m_plotted << p.figure;
    connect(series, &QXYSeries::clicked, this, [this, series](const QPointF &at) {
        Figure f;
        if (figureForPoint(series, at, &f))
            emit figureActivated(f);
    });
    connect(series, &QXYSeries::hovered, this, [this, series](const QPointF &at, bool state) {
        Figure f;
        if (figureForPoint(series, at, &f))
            showToolTip(f, state);
    });
}

bool FigureChartBuilder::figureForBar(QBarSet *set, int index, Figure *out) const
{
    const auto it = m_bars.constFind(set);
    if (it == m_bars.cend() || !it->contains(index))
        return false;
    *out = it->value(index);
    return true;
}

bool FigureChartBuilder::figureForPoint(QXYSeries *series, const QPointF &point, Figure *out) const
{
    const auto it = m_points.constFind(series);
    if (it == m_points.cend() || it->isEmpty())
        return false;
    // Nearest point, with both axes brought to the same scale (dates are milliseconds).
    double minX = std::numeric_limits<double>::max(), maxX = -minX, minY = minX, maxY = -minX;
    for (const Point &p : *it) {
        minX = std::min(minX, p.at.x());
        maxX = std::max(maxX, p.at.x());
        minY = std::min(minY, p.at.y());
        maxY = std::max(maxY, p.at.y());
    }
    const double sx = maxX > minX ? maxX - minX : 1;
    const double sy = maxY > minY ? maxY - minY : 1;
    const Point *best = nullptr;
    double bestDistance = std::numeric_limits<double>::max();
    for (const Point &p : *it) {
        const double dx = (p.at.x() - point.x()) / sx;
        const double dy = (p.at.y() - point.y()) / sy;
        const double d = dx * dx + dy * dy;
        if (d < bestDistance) {
            bestDistance = d;
            best = &p;
        }
    }
    *out = best->figure;
    return true;
}

QString FigureChartBuilder::toolTip(const Figure &f) const
{
    const ArticleSummary a = m_articles.value(f.articleId);
    QString head = QStringLiteral("<b>%1</b>").arg(sourceName(f.articleId).toHtmlEscaped());
    if (!a.outlet.isEmpty() && !a.title.isEmpty())
        head += QStringLiteral(" — ") + a.title.toHtmlEscaped();
    if (a.published.isValid())
        head += QStringLiteral(" (%1)").arg(a.published.toString(Qt::ISODate));
    QString value = FigureTableModel::displayValue(f);
    const QString qualifier = FigureTableModel::qualifierText(f.qualifier);
    if (!qualifier.isEmpty())
        value = qualifier + QLatin1Char(' ') + value;
    if (!f.label.isEmpty())
        value += QStringLiteral(" — ") + f.label;
    if (f.manual)
        value += QStringLiteral(" ") + tr("(set by hand)");
    const QString text = articleText(f.articleId);
    QString quote = text.isEmpty() ? f.text : FigureContext::sentence(text, f.start, f.end);
    quote = quote.toHtmlEscaped();
    const QString figureText = f.text.simplified().toHtmlEscaped();
    if (!figureText.isEmpty())
        quote.replace(figureText, QStringLiteral("<b>%1</b>").arg(figureText));
    return QStringLiteral("<p style='white-space:normal'>%1<br>%2<br><i>%3</i></p>")
        .arg(head, value.toHtmlEscaped(), quote);
}

void FigureChartBuilder::showToolTip(const Figure &figure, bool show) const
{
    if (show)
        QToolTip::showText(QCursor::pos(), toolTip(figure));
    else
        QToolTip::hideText();
}

QString FigureChartBuilder::chartTitle(const QString &what) const
{
    return QStringLiteral("<b>%1</b>").arg(what.toHtmlEscaped());
}

QString FigureChartBuilder::sourcesText(int count)
{
    return count == 1 ? tr("1 source") : tr("%1 sources").arg(count);
}

QString FigureChartBuilder::figuresText(int count)
{
    return count == 1 ? tr("1 figure") : tr("%1 figures").arg(count);
}

void FigureChartBuilder::applyPalette(QChart *chart) const
{
    const bool dark = m_palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(m_palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(m_palette.color(QPalette::Text));
    chart->legend()->setLabelColor(m_palette.color(QPalette::Text));
    QFont title = chart->titleFont();
    title.setPointSizeF(title.pointSizeF() * 1.15);
    chart->setTitleFont(title);
}

int FigureChartBuilder::minimumHeight(const QFontMetrics &metrics) const
{
    // Title (up to two lines with its note), value axis labels and title, margins.
    const int fixed = 9 * metrics.height();
    return fixed + m_categoryRows * 2 * metrics.height();
}

void FigureChartBuilder::styleAxis(QAbstractAxis *axis) const
{
    const QColor text = m_palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15);
    axis->setLabelsColor(text);
    axis->setTitleBrush(text);
    axis->setGridLineColor(grid);
    axis->setLinePenColor(grid);
    QFont font = axis->titleFont();
    font.setBold(false);
    axis->setTitleFont(font);
}

} // namespace crossread
