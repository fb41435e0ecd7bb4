#pragma once
// Every figure the project's articles report, one row each: the extracted ones merged with
// the analysts' hand figures (which win at the same range). The extraction runs in a worker
// over texts read on the main thread (the database connection belongs to it); a change of
// hand figures re-merges only that article's rows, without extracting again.
#include "domain/Types.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QHash>
#include <QPointer>

namespace crossread {

class Project;

class FigureTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ArticleColumn,
        OutletColumn,
        KindColumn,
        ValueColumn,
        QualifierColumn,
        LabelColumn,
        TextColumn,
        OriginColumn,
        ColumnCount
    };
    enum Role {
        FigureRole = Qt::UserRole + 1, // QVariant holding the row (int); figure(row) gives the figure
        ArticleIdRole,
        StartRole,
        EndRole,
        KindRole, // int(FigureKind)
        SortRole, // raw values: lowercase text, the numeric value, the ISO date
        ManualRole,
        OutletRole,
    };
    Q_ENUM(Role)

    explicit FigureTableModel(QObject *parent = nullptr);

    void setProject(Project *project);
    Project *project() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Figure &figure(int row) const; // row must be valid
    QList<Figure> figures() const { return m_figures; }
    ArticleSummary article(qint64 id) const { return m_articles.value(id); }
    QHash<qint64, ArticleSummary> articles() const { return m_articles; }
    // Title, or the file name for an untitled article.
    QString articleTitle(qint64 id) const;
    // -1 when no figure of the article has exactly this range.
    int rowOf(qint64 articleId, qint64 start, qint64 end) const;
    // True from reload() until the worker's figures are in (loaded() is then emitted).
    bool isLoading() const { return m_loading; }

    // The value as the analyst writes it ("$14.3 billion", "49%", "4th", "2026-04-08"), in the
    // syntax parseFigureSpec reads back; the qualifier is left out.
    static QString formatValue(const Figure &figure);
    // The value as the table and the charts show it: LOCALE's numbers and the interface's
    // words (German: "$14,3 Mrd.", "2." for 2nd, "9 Monate"); in English, formatValue's text.
    static QString displayValue(const Figure &figure, const QLocale &locale = QLocale());
    // The qualifier as a word ("over", "about"); empty for an exact figure.
    static QString qualifierText(Qualifier qualifier);
    static QString kindText(FigureKind kind);

public slots:
    void reload();

signals:
    void loaded();

private:
    void clear();
    void applyExtraction(const QList<Figure> &extracted);
    void remergeArticle(qint64 articleId);
    QList<Figure> merged(qint64 articleId, const QList<Figure> &manual) const;

    QPointer<Project> m_project;
    QList<Figure> m_figures; // grouped by article in m_order, sorted by start within one
    QHash<qint64, ArticleSummary> m_articles;
    QList<qint64> m_order; // article ids in row order
    QHash<qint64, QList<Figure>> m_extracted; // per article, cached between hand edits
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace crossread
