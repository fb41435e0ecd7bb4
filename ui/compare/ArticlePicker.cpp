#include "ArticlePicker.h"

#include "models/ArticleListModel.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>

namespace crossread {

namespace {

// An editable combo box and its completer read the edit role; the article list shows titles
// in the display role only.
class TitleProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid()) // the combo box asks for the icon of no item when it has none
            return {};
        return QSortFilterProxyModel::data(index, role == Qt::EditRole ? int(Qt::DisplayRole) : role);
    }
};

} // namespace

ArticlePicker::ArticlePicker(QWidget *parent)
    : QComboBox(parent)
    , m_sorted(new TitleProxy(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert); // typing never adds an article
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setMaxVisibleItems(16);
    m_sorted->setSortRole(ArticleListModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setDynamicSortFilter(true);
    setModel(m_sorted);
    setModelColumn(ArticleListModel::TitleColumn);
    auto *completer = new QCompleter(m_sorted, this);
    completer->setCompletionColumn(ArticleListModel::TitleColumn);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    setCompleter(completer); // the combo box turns a completion into its current item
    lineEdit()->setClearButtonEnabled(false);
    connect(this, &QComboBox::activated, this, [this](int row) {
        const qint64 id = m_sorted->index(row, 0).data(ArticleListModel::ArticleIdRole).toLongLong();
        if (id > 0)
            emit articleChosen(id);
    });
    connect(lineEdit(), &QLineEdit::editingFinished, this, &ArticlePicker::restoreText);
}

void ArticlePicker::setArticleModel(ArticleListModel *articles)
{
    m_articles = articles;
    m_sorted->setSourceModel(articles);
    m_sorted->sort(ArticleListModel::TitleColumn);
    setArticle(0);
}

void ArticlePicker::setArticle(qint64 articleId)
{
    const QSignalBlocker block(this);
    int row = -1;
    if (m_articles && articleId > 0) {
        const QModelIndex source = m_articles->indexForArticle(articleId);
        row = m_sorted->mapFromSource(source).row();
    }
    setCurrentIndex(row);
    if (row < 0)
        setEditText(QString());
    lineEdit()->setCursorPosition(0); // a long title shows its beginning
    lineEdit()->setPlaceholderText(tr("Type to find an article…"));
}

qint64 ArticlePicker::articleId() const
{
    return currentIndex() < 0 ? 0 : currentData(ArticleListModel::ArticleIdRole).toLongLong();
}

void ArticlePicker::showPopup()
{
    fetchAll();
    QComboBox::showPopup();
}

void ArticlePicker::focusInEvent(QFocusEvent *event)
{
    fetchAll();
    QComboBox::focusInEvent(event);
}

void ArticlePicker::fetchAll()
{
    if (m_articles && m_articles->canFetchMore({}))
        m_articles->fetchAll();
}

void ArticlePicker::restoreText()
{
    // Left with text that names no article: show the chosen one again.
    if (currentIndex() >= 0 && currentText() != itemText(currentIndex()))
        setEditText(itemText(currentIndex()));
    else if (currentIndex() < 0 && !currentText().isEmpty() && findText(currentText()) < 0)
        setEditText(QString());
}

} // namespace crossread
