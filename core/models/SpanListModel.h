#pragma once
// The spans of one article in reading order, with their tags' names and colours: the
// annotation list beside the reader. Follows span and tag signals row by row.
#include "domain/Types.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

namespace crossread {

class Project;

class SpanListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SpanIdRole = Qt::UserRole + 1,
        StartRole,
        EndRole,
        TagIdsRole, // QVariantList of qint64
        TagNamesRole, // QStringList
        NoteRole,
        ColorRole, // the first tag's colour; invalid without tags
        AuthorRole,
        TextRole, // the quoted text
        VersionRole, // the row version shown (Span::stamp): what a removal from the list is based on
    };
    Q_ENUM(Role)

    explicit SpanListModel(QObject *parent = nullptr);

    void setProject(Project *project);
    Project *project() const;
    void setArticle(qint64 articleId); // 0 = none
    qint64 articleId() const { return m_articleId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    using QAbstractListModel::span; // the cell span of a view, kept visible beside ours
    Span span(int row) const { return m_spans.value(row); }
    int rowForSpan(qint64 id) const;
    QList<Span> spans() const { return m_spans; }
    QStringList tagNames(const Span &span) const;
    QColor color(const Span &span) const;

public slots:
    void reload();

private:
    static bool spanLess(const Span &a, const Span &b);
    int sortedRow(const Span &span) const;
    void reloadTags();
    void onSpansAdded(const QList<Span> &spans);
    void onSpansRemoved(const QList<Span> &spans);
    void onSpanChanged(const Span &span);
    void onTagChanged(const Tag &tag);
    void onTagsRemoved(const QList<qint64> &ids);
    void emitRowsWithTag(qint64 tagId);

    QPointer<Project> m_project;
    qint64 m_articleId = 0;
    QList<Span> m_spans; // ordered by start, end, id
    QHash<qint64, Tag> m_tags;
};

} // namespace crossread
