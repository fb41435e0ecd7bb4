#include "figures/FiguresView.h"

#include "figures/ChartExporter.h"
#include "figures/FigureDialog.h"
#include "models/FigureFilterProxy.h"
#include "models/FigureTableModel.h"
#include "store/Project.h"
#include "workspace/Workspace.h"

#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

#include <algorithm>

namespace crossread {

namespace {

// Kinds the kind filter offers; the chartable ones also pick the chart.
const FigureKind kKinds[] = { FigureKind::Money, FigureKind::Percent, FigureKind::Score, FigureKind::Count,
    FigureKind::Rank, FigureKind::Duration, FigureKind::Date };

const QSize kHiddenExportSize(1200, 700);

QString chartKindText(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Money:
        return FiguresView::tr("Money across sources");
    case ChartKind::Percent:
        return FiguresView::tr("Percentages across sources");
    case ChartKind::Score:
        return FiguresView::tr("Benchmark scores by model");
    case ChartKind::Count:
        return FiguresView::tr("Counts across sources");
    case ChartKind::MoneyOverTime:
        return FiguresView::tr("Money over time");
    case ChartKind::Dates:
        return FiguresView::tr("Timeline of dates");
    }
    return {};
}

} // namespace

FiguresView::FiguresView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new FigureTableModel(this))
    , m_proxy(new FigureFilterProxy(this))
    , m_builder(new FigureChartBuilder(this))
    , m_chartTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("FiguresView"));
    m_proxy->setSourceModel(m_model);
    m_chartTimer->setSingleShot(true);
    m_chartTimer->setInterval(0); // coalesces the many row signals of one change
    connect(m_chartTimer, &QTimer::timeout, this, &FiguresView::refreshChart);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(createTableSide());
    m_splitter->addWidget(createChartSide());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_builder, &FigureChartBuilder::figureActivated, this,
        [this](const Figure &f) { emit openArticleRequested(f.articleId, f.start, f.end); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &FiguresView::scheduleChart);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &FiguresView::scheduleChart);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FiguresView::scheduleChart);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FiguresView::scheduleChart);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &FiguresView::scheduleChart);
    connect(m_model, &FigureTableModel::loaded, this, &FiguresView::fillSourceCombo);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FiguresView::fillSourceCombo);

    m_model->setProject(workspace ? workspace->project() : nullptr);
    scheduleChart();
}

FiguresView::~FiguresView() = default;

QWidget *FiguresView::createTableSide()
{
    auto *side = new QWidget;
    m_filterEdit = new QLineEdit;
    m_filterEdit->setPlaceholderText(tr("Filter by label or text…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_kindCombo = new QComboBox;
    m_kindCombo->addItem(tr("All kinds"), -1);
    for (FigureKind k : kKinds)
        m_kindCombo->addItem(FigureTableModel::kindText(k), int(k));
    m_sourceCombo = new QComboBox;
    m_sourceCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sourceCombo->setMinimumContentsLength(14);
    m_table = new QTableView;
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // article order until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    const QFontMetrics metrics = m_table->fontMetrics();
    const struct
    {
        int column;
        const char *sample; // the width a typical cell needs
    } widths[] = { { FigureTableModel::ArticleColumn, "Northwind AI raises $2.4 bil" },
        { FigureTableModel::OutletColumn, "The Circuit Ledger" }, { FigureTableModel::KindColumn, "duration" },
        { FigureTableModel::ValueColumn, "$14.3 billion" }, { FigureTableModel::QualifierColumn, "about" },
        { FigureTableModel::LabelColumn, "investment in Scale AI" },
        { FigureTableModel::TextColumn, "more than $14 billion dollars" },
        { FigureTableModel::OriginColumn, "extracted" } };
    for (const auto &w : widths)
        header->resizeSection(w.column, metrics.horizontalAdvance(QLatin1String(w.sample)) + 16);
    header->setSectionResizeMode(FigureTableModel::TextColumn, QHeaderView::Stretch);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);

    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &FigureFilterProxy::setLabelFilter);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this] { fillLabelCombo(); });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &FiguresView::applyKindFilter);
    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, &FiguresView::applySourceFilter);
    connect(m_table, &QTableView::doubleClicked, this, &FiguresView::activateRow);
    connect(m_table, &QTableView::activated, this, &FiguresView::activateRow);
    connect(m_table, &QWidget::customContextMenuRequested, this, &FiguresView::showTableMenu);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterEdit, 2);
    filters->addWidget(m_kindCombo);
    filters->addWidget(m_sourceCombo, 1);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    return side;
}

QWidget *FiguresView::createChartSide()
{
    auto *side = new QWidget;
    m_chartKindCombo = new QComboBox;
    for (ChartKind k : allChartKinds())
        m_chartKindCombo->addItem(chartKindText(k), int(k));
    m_labelCombo = new QComboBox;
    m_labelCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_labelCombo->setMinimumContentsLength(16);
    m_labelCombo->setToolTip(tr("What the charted figures measure"));
    m_exportButton = new QPushButton(tr("Export chart…"));
    m_chartView = new QChartView(new QChart);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(320, 240);
    m_chartScroll = new QScrollArea;
    m_chartScroll->setWidgetResizable(true);
    m_chartScroll->setFrameShape(QFrame::NoFrame);
    m_chartScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chartScroll->setWidget(m_chartView);

    connect(m_chartKindCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing && m_kindCombo->currentData().toInt() >= 0) {
            // The table follows the chart, so that it lists what the chart draws.
            m_syncing = true;
            m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(figureKindOf(chartKind()))));
            m_syncing = false;
            applyKindFilter();
        }
        fillLabelCombo(false);
        scheduleChart();
    });
    connect(m_labelCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing)
            scheduleChart();
    });
    connect(m_exportButton, &QPushButton::clicked, this, &FiguresView::exportChartInteractively);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_chartKindCombo);
    controls->addWidget(m_labelCombo, 1);
    controls->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_chartScroll, 1);
    return side;
}

ChartKind FiguresView::chartKind() const
{
    return ChartKind(m_chartKindCombo->currentData().toInt());
}

void FiguresView::setChartKind(ChartKind kind)
{
    m_chartKindCombo->setCurrentIndex(m_chartKindCombo->findData(int(kind)));
}

QString FiguresView::chartLabel() const
{
    return m_labelCombo->currentData().toString();
}

void FiguresView::setChartLabel(const QString &label)
{
    int row = label.isEmpty() ? 0 : m_labelCombo->findData(label);
    if (row < 0) {
        m_labelCombo->addItem(label, label);
        row = m_labelCombo->count() - 1;
    }
    m_labelCombo->setCurrentIndex(row);
    scheduleChart();
}

void FiguresView::applyKindFilter()
{
    const int kind = m_kindCombo->currentData().toInt();
    m_proxy->setKindFilter(kind < 0 ? std::nullopt : std::optional<FigureKind>(FigureKind(kind)));
    if (m_syncing || kind < 0)
        return;
    // The chart follows the table when it can draw that kind.
    const FigureKind figureKind = FigureKind(kind);
    if (figureKindOf(chartKind()) == figureKind)
        return;
    for (ChartKind c : allChartKinds()) {
        if (figureKindOf(c) == figureKind) {
            m_syncing = true;
            setChartKind(c);
            m_syncing = false;
            fillLabelCombo(false);
            break;
        }
    }
}

void FiguresView::applySourceFilter()
{
    const QString source = m_sourceCombo->currentData().toString();
    if (source.startsWith(QLatin1String("article:")))
        m_proxy->setArticleFilter(source.mid(8).toLongLong());
    else if (source.startsWith(QLatin1String("outlet:")))
        m_proxy->setOutletFilter(source.mid(7));
    else
        m_proxy->setArticleFilter(0);
    fillLabelCombo();
}

void FiguresView::fillSourceCombo()
{
    const QString current = m_sourceCombo->currentData().toString();
    QSignalBlocker block(m_sourceCombo);
    m_sourceCombo->clear();
    m_sourceCombo->addItem(tr("All sources"), QString());
    QMap<QString, QString> outlets; // folded -> as written, sorted
    QList<QPair<QString, qint64>> titles;
    const QHash<qint64, ArticleSummary> articles = m_model->articles();
    for (const ArticleSummary &a : articles) {
        if (!a.outlet.isEmpty())
            outlets.insert(a.outlet.toCaseFolded(), a.outlet);
        titles.append({ m_model->articleTitle(a.id), a.id });
    }
    std::sort(titles.begin(), titles.end(),
        [](const auto &a, const auto &b) { return a.first.compare(b.first, Qt::CaseInsensitive) < 0; });
    for (const QString &outlet : std::as_const(outlets))
        m_sourceCombo->addItem(tr("Outlet: %1").arg(outlet), QStringLiteral("outlet:") + outlet);
    for (const auto &t : std::as_const(titles))
        m_sourceCombo->addItem(t.first, QStringLiteral("article:%1").arg(t.second));
    const int row = m_sourceCombo->findData(current);
    m_sourceCombo->setCurrentIndex(std::max(0, row));
    if (row < 0 && !current.isEmpty())
        applySourceFilter(); // the source is gone: show everything again
    fillLabelCombo();
}

void FiguresView::fillLabelCombo(bool keepMissing)
{
    const QString current = chartLabel();
    m_syncing = true;
    m_labelCombo->clear();
    m_labelCombo->addItem(tr("Label most sources give"), QString());
    const QStringList labels = FigureChartBuilder::labelsBySources(chartFigures(), figureKindOf(chartKind()));
    for (const QString &l : labels.mid(0, 40))
        m_labelCombo->addItem(l, l);
    int row = current.isEmpty() ? 0 : m_labelCombo->findData(current);
    if (row < 0 && keepMissing) {
        m_labelCombo->addItem(current, current); // keep what was asked for, even if filtered out for now
        row = m_labelCombo->count() - 1;
    }
    m_labelCombo->setCurrentIndex(std::max(0, row));
    m_syncing = false;
    scheduleChart();
}

QList<Figure> FiguresView::chartFigures() const
{
    // The chart picks its own kind; amounts over time also read the dates of their sentences.
    QList<Figure> out;
    const bool needDates = chartKind() == ChartKind::MoneyOverTime;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Figure &f = m_model->figure(row);
        if (m_proxy->accepts(f, true) || (needDates && f.kind == FigureKind::Date))
            out << f;
    }
    return out;
}

void FiguresView::configure(FigureChartBuilder *builder) const
{
    builder->setArticles(m_model->articles());
    builder->setPalette(palette());
    QPointer<Project> project = m_workspace ? m_workspace->project() : nullptr;
    builder->setTextProvider(
        [project](qint64 id) { return project && project->isOpen() ? project->articles().text(id) : QString(); });
}

void FiguresView::scheduleChart()
{
    m_chartTimer->start();
}

void FiguresView::refreshChart()
{
    m_chartTimer->stop();
    configure(m_builder);
    QChart *old = m_chartView->chart();
    QChart *chart = m_builder->build(chartKind(), chartFigures(), chartLabel());
    m_chartView->setChart(chart);
    delete old;
    m_chartView->setMinimumHeight(std::max(240, m_builder->minimumHeight(m_chartView->fontMetrics())));
    m_exportButton->setEnabled(m_builder->plottedCount() > 0);
}

bool FiguresView::exportChart(const QString &path, QString *error)
{
    if (m_chartTimer->isActive())
        refreshChart();
    if (m_chartView->isVisible())
        return ChartExporter::exportChart(m_chartView, path, error);
    FigureChartBuilder offscreen;
    configure(&offscreen);
    return ChartExporter::exportChart(
        offscreen.build(chartKind(), chartFigures(), chartLabel()), kHiddenExportSize, path, error);
}

void FiguresView::exportChartInteractively()
{
    const QString name = chartKindName(chartKind()) + QStringLiteral("-chart.png");
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chart"), name, tr("PNG image (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    QString file = path;
    if (!ChartExporter::isSupportedPath(file))
        file += selected.contains(QLatin1String("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (!exportChart(file, &error))
        QMessageBox::warning(this, tr("Export Chart"), tr("The chart could not be exported: %1").arg(error));
}

void FiguresView::activateRow(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const Figure f = m_proxy->figure(proxyIndex.row());
    emit openArticleRequested(f.articleId, f.start, f.end);
}

void FiguresView::showTableMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid() || !m_workspace)
        return;
    const Figure f = m_proxy->figure(index.row());
    QMenu menu(this);
    menu.addAction(tr("Open in Reader"), this, [this, index] { activateRow(index); });
    menu.addAction(f.manual ? tr("Edit Figure…") : tr("Correct Figure…"), this,
        [this, f] { FigureDialog::editFigure(this, m_workspace, f); });
    if (f.manual)
        menu.addAction(tr("Remove Hand Figure"), this, [this, f] { m_workspace->removeFigure(f.id); });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void FiguresView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        scheduleChart();
    QWidget::changeEvent(event);
}

} // namespace crossread
