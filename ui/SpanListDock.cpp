#include "SpanListDock.h"

#include "models/SpanCoderFilter.h"
#include "models/SpanListModel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace crossread {

SpanListDock::SpanListDock(QWidget *parent)
    : QDockWidget(tr("Spans and Notes"), parent)
    , m_count(new QLabel)
    , m_view(new QListView)
{
    setObjectName(QStringLiteral("spansDock"));
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);
    setWidget(box);
    m_view->setObjectName(QStringLiteral("spanList"));
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    connect(m_view, &QListView::clicked, this,
        [this](const QModelIndex &index) { emit spanClicked(index.data(SpanListModel::SpanIdRole).toLongLong()); });
    connect(m_view, &QListView::activated, this,
        [this](const QModelIndex &index) { emit spanClicked(index.data(SpanListModel::SpanIdRole).toLongLong()); });
    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        emit noteEditRequested(index.data(SpanListModel::SpanIdRole).toLongLong());
    });
    updateCount();
}

void SpanListDock::setModel(SpanCoderFilter *model)
{
    m_model = model;
    m_view->setModel(model);
    connect(model, &QAbstractItemModel::rowsInserted, this, &SpanListDock::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SpanListDock::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &SpanListDock::updateCount);
    connect(model, &QAbstractItemModel::layoutChanged, this, &SpanListDock::updateCount);
    updateCount();
}

QList<qint64> SpanListDock::selectedSpanIds() const
{
    QList<qint64> ids;
    if (!m_view->selectionModel())
        return ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(SpanListModel::SpanIdRole).toLongLong();
    return ids;
}

QHash<qint64, qint64> SpanListDock::selectedSpanVersions() const
{
    QHash<qint64, qint64> versions;
    if (!m_view->selectionModel())
        return versions;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        versions.insert(
            index.data(SpanListModel::SpanIdRole).toLongLong(), index.data(SpanListModel::VersionRole).toLongLong());
    return versions;
}

void SpanListDock::selectSpan(qint64 spanId)
{
    if (!m_model)
        return;
    const int row = m_model->rowForSpan(spanId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void SpanListDock::updateCount()
{
    const int n = m_model ? m_model->rowCount() : 0;
    m_count->setText(
        m_model && m_model->articleId() ? tr("%n span(s) in this article", nullptr, n) : tr("No article open"));
}

} // namespace crossread
