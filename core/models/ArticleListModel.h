#pragma once
// Every article of the project as a table (title, outlet, date, span count); an article whose
// file changed since it was first imported shows its version beside its title. Rows are read
// once as light summaries (no text) and handed to views in batches, so that a project of
// many thousand articles opens without laying out every row at once.
#include "domain/Types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace crossread {

class Project;

class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, OutletColumn, PublishedColumn, SpansColumn, ColumnCount };
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        PathRole,
        AuthorRole,
        SortRole, // raw values: lowercase title, outlet, QDate, span count
        VersionRole, // int: the version of the article's text, 1 until a changed file is imported
    };
    Q_ENUM(Role)

    static constexpr int BatchSize = 500;

    explicit ArticleListModel(QObject *parent = nullptr);

    void setProject(Project *project);
    Project *project() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    qint64 articleId(int row) const;
    // Row of an article among the rows handed out so far; -1 when unknown or not fetched yet.
    int rowForArticle(qint64 id) const;
    // Fetches rows as needed so that the article is reachable; invalid when unknown.
    QModelIndex indexForArticle(qint64 id, int column = TitleColumn);
    ArticleSummary summary(int row) const;
    int totalCount() const { return int(m_articles.size()); }
    // Hands out every remaining row (filters and sorting must see all articles).
    void fetchAll();

public slots:
    void reload();
    // After another analyst's commit: rows updated in place, or a reset when articles came or went.
    void refreshFromStore();

private:
    // Title, outlet, author or date of one article changed: its row is read again.
    void refreshArticle(qint64 id);
    void adjustSpanCounts(const QList<Span> &spans, int sign);
    void clear();

    QPointer<Project> m_project;
    QList<ArticleSummary> m_articles; // all articles, ordered by id
    QHash<qint64, int> m_rowById;
    QHash<qint64, int> m_orphans; // article id -> spans not placed on its text (shown apart)
    int m_fetched = 0; // rows handed to views so far
};

} // namespace crossread
