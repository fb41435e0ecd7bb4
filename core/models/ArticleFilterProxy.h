#pragma once
// Narrows an ArticleListModel by title/outlet text, tags (with their sub-tags) and a date
// range, and sorts it by the raw SortRole values. The tag filter asks the project which
// articles carry the tags and asks again whenever spans or tags change.
#include <QCollator>
#include <QDate>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>

namespace crossread {

class ArticleListModel;
class Project;

class ArticleFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ArticleFilterProxy(QObject *parent = nullptr);

    void setProject(Project *project);
    void setSourceModel(QAbstractItemModel *model) override;

    QString filterText() const { return m_text; }
    QList<qint64> tagFilter() const { return m_tagIds; }
    QDate dateFrom() const { return m_from; }
    QDate dateTo() const { return m_to; }
    bool isFiltering() const;

    qint64 articleId(int row) const;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public slots:
    void setFilterText(const QString &text);
    void setTagFilter(const QList<qint64> &tagIds); // empty = no tag filter
    void setDateRange(const QDate &from, const QDate &to); // an invalid date leaves that end open
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refreshTaggedArticles();
    void fetchAllIfNeeded();

    QPointer<Project> m_project;
    QString m_text;
    QList<qint64> m_tagIds;
    QSet<qint64> m_taggedArticles;
    QDate m_from;
    QDate m_to;
    QCollator m_collator;
    QMetaObject::Connection m_sourceReset;
};

} // namespace crossread
