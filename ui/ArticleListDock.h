#pragma once
// The article list (left dock): a sortable table with a text filter, a tag filter and
// an optional published-date range, all applied through the ArticleFilterProxy.
#include <QDockWidget>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QTreeView;

namespace crossread {

class ArticleFilterProxy;
class ArticleListModel;
class TagFilterCombo;
class TagTreeModel;

class ArticleListDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ArticleListDock(QWidget *parent = nullptr);

    void setModels(ArticleListModel *articles, ArticleFilterProxy *proxy, TagTreeModel *tags);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    TagFilterCombo *tagCombo() const { return m_tagCombo; }

    qint64 currentArticleId() const;
    QList<qint64> selectedArticleIds() const; // in view order
    bool selectArticle(qint64 articleId); // false when the filter hides it
    void setTagFilter(qint64 tagId); // 0 clears it
    void setDateRange(const QDate &from, const QDate &to); // invalid dates clear it

signals:
    void currentArticleChanged(qint64 articleId);
    void selectionChanged();

private:
    void applyDateRange();

    ArticleListModel *m_articles = nullptr;
    ArticleFilterProxy *m_proxy = nullptr;
    QLineEdit *m_filter;
    TagFilterCombo *m_tagCombo;
    QCheckBox *m_dateEnabled;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTreeView *m_view;
};

} // namespace crossread
