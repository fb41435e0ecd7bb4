#pragma once
// A searchable choice of one article for the compare view: an editable combo box over the
// project's articles sorted by title, whose completer offers every title containing what was
// typed. Choosing an article (from the list, the completer or by typing a whole title and
// Enter) emits articleChosen; text that names no article goes back to the chosen one.
#include <QComboBox>

class QSortFilterProxyModel;

namespace crossread {

class ArticleListModel;

class ArticlePicker : public QComboBox
{
    Q_OBJECT
public:
    explicit ArticlePicker(QWidget *parent = nullptr);

    void setArticleModel(ArticleListModel *articles);
    // Shows the article without emitting articleChosen; 0 shows none.
    void setArticle(qint64 articleId);
    qint64 articleId() const;

    void showPopup() override;

signals:
    void articleChosen(qint64 articleId);

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    void fetchAll(); // the completer must see every title, not just the rows fetched so far
    void restoreText();

    ArticleListModel *m_articles = nullptr;
    QSortFilterProxyModel *m_sorted;
};

} // namespace crossread
