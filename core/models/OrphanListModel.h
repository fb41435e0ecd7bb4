#pragma once
// The orphans of the project (spans a changed text left without a place), for the Needs
// attention panel: each with its article, the text it last had, and, worked out on demand against
// the article's current text, the places re-anchoring offers for it. Follows the project's span
// and article signals.
#include "anchor/AnchorResult.h"
#include "domain/Types.h"

#include <QAbstractListModel>
#include <QPointer>

namespace crossread {

class Project;

class OrphanListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SpanIdRole = Qt::UserRole + 1,
        ArticleIdRole,
        TextRole, // the text the span last had
        ArticleTitleRole,
    };
    Q_ENUM(Role)

    explicit OrphanListModel(QObject *parent = nullptr);

    void setProject(Project *project);
    Span orphan(int row) const { return m_orphans.value(row); }
    int rowOf(qint64 spanId) const;
    // Up to three places in the current text of the orphan's article, best first.
    QList<AnchorCandidate> candidates(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public slots:
    void reload();

private:
    void scheduleReload();

    QPointer<Project> m_project;
    QList<Span> m_orphans;
    QHash<qint64, QString> m_titles; // of the orphans' articles
    bool m_reloadPending = false;
};

} // namespace crossread
