#include "ClaimMatrixView.h"

#include "compare/ClaimMatrix.h"
#include "models/ClaimMatrixModel.h"
#include "store/Project.h"

#include <QCheckBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace crossread {

ClaimMatrixView::ClaimMatrixView(Project *project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_model(new ClaimMatrixModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_figures(new QCheckBox(tr("Show &figures"), this))
{
    setObjectName(QStringLiteral("claimMatrixView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ClaimMatrixModel::SortRole);
    m_table->setObjectName(QStringLiteral("claimMatrix"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the matrix's own order: most supported first
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_status->setObjectName(QStringLiteral("claimMatrixStatus"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_figures->setObjectName(QStringLiteral("claimMatrixFigures"));
    m_figures->setToolTip(tr("Show the figures each source gives instead of its wording"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_progress);
    top->addWidget(m_status, 1);
    top->addWidget(m_figures);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_figures, &QCheckBox::toggled, m_model, &ClaimMatrixModel::setShowFigures);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &ClaimMatrixView::openIndex);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        auto *header = m_table->horizontalHeader();
        if (m_model->columnCount() > 0)
            header->setSectionResizeMode(ClaimMatrixModel::SupportColumn, QHeaderView::ResizeToContents);
    });
    if (m_project)
        connect(m_project, &Project::closed, this, &ClaimMatrixView::clear);
    updateStatus();
}

ClaimMatrixView::~ClaimMatrixView() = default;

QList<qint64> ClaimMatrixView::articles() const
{
    QList<qint64> ids;
    for (const ComparedText &t : m_texts)
        ids << t.articleId();
    return ids;
}

bool ClaimMatrixView::setArticles(const QList<qint64> &ids)
{
    clear();
    if (!m_project || !m_project->isOpen())
        return false;
    for (qint64 id : ids) {
        bool found = false;
        const Article article = m_project->articles().article(id, &found);
        if (found && !articles().contains(id))
            m_texts.append(ComparedText(article));
    }
    if (m_texts.size() < 2) {
        m_texts.clear();
        emit message(tr("Select at least two articles for a claim matrix."));
        updateStatus();
        return false;
    }
    QList<QString> texts;
    for (const ComparedText &t : std::as_const(m_texts))
        texts << t.text();
    const quint64 generation = ++m_generation;
    m_building = true;
    m_progress->show();
    updateStatus();
    emit matrixStarted();
    auto *watcher = new QFutureWatcher<ClaimMatrix>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showMatrix(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([texts] { return ClaimMatrix::build(texts); }));
    return true;
}

void ClaimMatrixView::clear()
{
    ++m_generation;
    m_building = false;
    m_progress->hide();
    m_texts.clear();
    m_model->clear();
    updateStatus();
}

void ClaimMatrixView::showMatrix(ClaimMatrix matrix)
{
    m_building = false;
    m_progress->hide();
    // The engine counts in code points of the compared (boilerplate-free) texts; the model
    // and the reader want stored offsets.
    for (int s = 0; s < matrix.sentences.size() && s < m_texts.size(); ++s) {
        for (Sentence &sentence : matrix.sentences[s]) {
            const TextRange stored = m_texts.at(s).storedFromCompared(sentence.start, sentence.end);
            sentence.start = stored.start;
            sentence.end = stored.end;
        }
    }
    for (ClaimRow &row : matrix.rows) {
        for (ClaimFigure &f : row.figures) {
            f.comparison.aStart
                = m_texts.value(f.sourceA).storedFromCompared(f.comparison.aStart, f.comparison.aStart).start;
            f.comparison.bStart
                = m_texts.value(f.sourceB).storedFromCompared(f.comparison.bStart, f.comparison.bStart).start;
        }
    }
    QList<ClaimSource> sources;
    for (const ComparedText &t : std::as_const(m_texts))
        sources.append({ t.articleId(), t.article().title, t.article().outlet });
    m_model->setMatrix(sources, matrix);
    updateStatus();
    emit matrixFinished();
}

void ClaimMatrixView::openIndex(const QModelIndex &index)
{
    const QModelIndex source = m_proxy->mapToSource(index);
    if (!source.isValid() || source.column() == ClaimMatrixModel::SupportColumn)
        return;
    const qint64 start = source.data(ClaimMatrixModel::StartRole).toLongLong();
    if (start < 0)
        return; // the source does not make this claim
    emit openArticleRequested(source.data(ClaimMatrixModel::ArticleIdRole).toLongLong(), start,
        source.data(ClaimMatrixModel::EndRole).toLongLong());
}

QString ClaimMatrixView::statusText() const
{
    return m_status->text();
}

void ClaimMatrixView::updateStatus()
{
    if (m_building) {
        m_status->setText(tr("Aligning the claims of %1 articles…").arg(m_texts.size()));
        return;
    }
    if (m_model->rowCount() == 0) {
        m_status->setText(tr("Select two or more articles to set their claims side by side."));
        return;
    }
    int shared = 0;
    for (const ClaimRow &row : m_model->matrix().rows)
        if (row.support >= 2)
            ++shared;
    m_status->setText(tr("%1 claims in %2 sources · %3 made by more than one source · %4 with conflicting figures")
                          .arg(m_model->rowCount())
                          .arg(m_model->sources().size())
                          .arg(shared)
                          .arg(m_model->conflictCount()));
}

} // namespace crossread
