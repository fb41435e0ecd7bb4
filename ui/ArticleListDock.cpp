#include "ArticleListDock.h"

#include "TagFilterCombo.h"
#include "models/ArticleFilterProxy.h"
#include "models/ArticleListModel.h"
#include "models/TagTreeModel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>

namespace crossread {

ArticleListDock::ArticleListDock(QWidget *parent)
    : QDockWidget(tr("Articles"), parent)
    , m_filter(new QLineEdit)
    , m_tagCombo(new TagFilterCombo)
    , m_dateEnabled(new QCheckBox(tr("Published from")))
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_view(new QTreeView)
{
    setObjectName(QStringLiteral("articlesDock"));
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(4, 4, 4, 4);
    m_filter->setObjectName(QStringLiteral("articleFilter"));
    m_filter->setPlaceholderText(tr("Filter by title or outlet"));
    m_filter->setClearButtonEnabled(true);
    auto *tagLabel = new QLabel(tr("&Tag:"), box);
    tagLabel->setBuddy(m_tagCombo);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("dateFrom"));
    m_to->setObjectName(QStringLiteral("dateTo"));
    m_from->setDate(QDate(QDate::currentDate().year() - 1, 1, 1));
    m_to->setDate(QDate::currentDate());
    m_dateEnabled->setObjectName(QStringLiteral("dateFilterEnabled"));
    m_dateEnabled->setToolTip(tr("Show only articles published in this range"));
    grid->addWidget(m_filter, 0, 0, 1, 4);
    grid->addWidget(tagLabel, 1, 0);
    grid->addWidget(m_tagCombo, 1, 1, 1, 3);
    // The dates on a row of their own, so that a narrow dock (an 800-pixel window) shows both.
    auto *dates = new QHBoxLayout;
    auto *toLabel = new QLabel(tr("to"), box);
    toLabel->setBuddy(m_to);
    dates->addWidget(m_from, 1);
    dates->addWidget(toLabel);
    dates->addWidget(m_to, 1);
    grid->addWidget(m_dateEnabled, 2, 0, 1, 4);
    grid->addLayout(dates, 3, 0, 1, 4);
    grid->addWidget(m_view, 4, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    setWidget(box);

    m_view->setObjectName(QStringLiteral("articleList"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // keeps a 10,000-row list cheap to lay out
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);

    connect(m_dateEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyDateRange();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &ArticleListDock::applyDateRange);
    connect(m_to, &QDateEdit::dateChanged, this, &ArticleListDock::applyDateRange);
}

void ArticleListDock::setModels(ArticleListModel *articles, ArticleFilterProxy *proxy, TagTreeModel *tags)
{
    m_articles = articles;
    m_proxy = proxy;
    m_view->setModel(proxy);
    // No sort column at first: the store's order needs no full fetch on a big project.
    m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    // The title gets what the others leave; they are sized for their usual content.
    const QFontMetrics fm = m_view->fontMetrics();
    m_view->header()->resizeSection(
        ArticleListModel::OutletColumn, fm.horizontalAdvance(QStringLiteral("The Circuit Led")));
    m_view->header()->resizeSection(
        ArticleListModel::PublishedColumn, fm.horizontalAdvance(QStringLiteral("2026-12-31__")));
    m_view->header()->resizeSection(ArticleListModel::SpansColumn, fm.horizontalAdvance(QStringLiteral("99999")));
    m_tagCombo->setTagModel(tags, TagTreeModel::TagIdRole);
    connect(m_filter, &QLineEdit::textChanged, proxy, &ArticleFilterProxy::setFilterText);
    connect(m_tagCombo, &TagFilterCombo::tagChosen, this,
        [this](qint64 id) { m_proxy->setTagFilter(id ? QList<qint64> { id } : QList<qint64>()); });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            emit currentArticleChanged(current.isValid() ? m_proxy->articleId(current.row()) : 0);
        });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ArticleListDock::selectionChanged);
}

qint64 ArticleListDock::currentArticleId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_proxy ? m_proxy->articleId(current.row()) : 0;
}

QList<qint64> ArticleListDock::selectedArticleIds() const
{
    QList<qint64> ids;
    if (!m_proxy)
        return ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        ids << m_proxy->articleId(index.row());
    return ids;
}

bool ArticleListDock::selectArticle(qint64 articleId)
{
    if (!m_articles || !m_proxy)
        return false;
    const QModelIndex source = m_articles->indexForArticle(articleId);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid())
        return false;
    if (m_view->currentIndex().row() != index.row() || m_view->currentIndex().parent() != index.parent())
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void ArticleListDock::setTagFilter(qint64 tagId)
{
    m_tagCombo->setCurrentTagId(tagId);
    if (m_proxy)
        m_proxy->setTagFilter(tagId ? QList<qint64> { tagId } : QList<qint64>());
}

void ArticleListDock::setDateRange(const QDate &from, const QDate &to)
{
    const bool on = from.isValid() || to.isValid();
    const QSignalBlocker b1(m_from), b2(m_to);
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    if (m_dateEnabled->isChecked() != on)
        m_dateEnabled->setChecked(on); // applies the range through toggled()
    else
        applyDateRange();
}

void ArticleListDock::applyDateRange()
{
    if (!m_proxy)
        return;
    if (m_dateEnabled->isChecked())
        m_proxy->setDateRange(m_from->date(), m_to->date());
    else
        m_proxy->setDateRange(QDate(), QDate());
}

} // namespace crossread
