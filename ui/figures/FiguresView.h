#pragma once
// The figures panel: every figure the sources report in a filterable table beside a chart
// that sets one label's figures side by side. Double-clicking a row or clicking a bar or a
// point asks the window to open the article at the figure (openArticleRequested).
#include "domain/Types.h"
#include "figures/FigureChartBuilder.h"

#include <QPointer>
#include <QWidget>

class QChartView;
class QScrollArea;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace crossread {

class FigureFilterProxy;
class FigureTableModel;
class Project;
class Workspace;

class FiguresView : public QWidget
{
    Q_OBJECT
public:
    explicit FiguresView(Workspace *workspace, QWidget *parent = nullptr);
    ~FiguresView() override;

    FigureTableModel *model() const { return m_model; }
    FigureFilterProxy *proxy() const { return m_proxy; }
    FigureChartBuilder *builder() const { return m_builder; }
    QChartView *chartView() const { return m_chartView; }
    QTableView *table() const { return m_table; }

    ChartKind chartKind() const;
    // The label the chart is asked for; empty = the label most sources report.
    QString chartLabel() const;
    // Writes the chart as shown (or, while hidden, laid out at 1200×700) to a .png or .svg.
    bool exportChart(const QString &path, QString *error);

public slots:
    void setChartKind(crossread::ChartKind kind);
    void setChartLabel(const QString &label);
    // Draws the chart again from the figures the filters let through.
    void refreshChart();
    // Asks for a file name, then exports.
    void exportChartInteractively();

signals:
    void openArticleRequested(qint64 articleId, qint64 start, qint64 end);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createTableSide();
    QWidget *createChartSide();
    void scheduleChart();
    void fillSourceCombo();
    // Labels of the chart's kind among the filtered figures; keepMissing keeps the current one
    // even when no figure has it any more (filters come and go), else falls back to automatic.
    void fillLabelCombo(bool keepMissing = true);
    void applyKindFilter();
    void applySourceFilter();
    void showTableMenu(const QPoint &pos);
    void activateRow(const QModelIndex &proxyIndex);
    QList<Figure> chartFigures() const;
    void configure(FigureChartBuilder *builder) const;

    QPointer<Workspace> m_workspace;
    FigureTableModel *m_model;
    FigureFilterProxy *m_proxy;
    FigureChartBuilder *m_builder;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_sourceCombo = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_chartKindCombo = nullptr;
    QComboBox *m_labelCombo = nullptr;
    QPushButton *m_exportButton = nullptr;
    QChartView *m_chartView = nullptr;
    QScrollArea *m_chartScroll = nullptr; // scrolls a chart with more rows than the dock is tall
    QTimer *m_chartTimer = nullptr;
    bool m_syncing = false;
};

} // namespace crossread
