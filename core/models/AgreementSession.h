#pragma once
// The Agreement view's state without widgets: which coders, tags and articles are compared,
// the coefficients per tag and the first two coders' disagreements (table models), computed
// again when spans change (an edit's several signals make one reading). Adjudication goes
// through the Workspace, so it is undoable like any edit.
#include "models/AgreementTableModel.h"
#include "models/DisagreementModel.h"

#include <QPointer>
#include <QSet>
#include <QStringList>

namespace crossread {

class Workspace;

class AgreementSession : public QObject
{
    Q_OBJECT
public:
    explicit AgreementSession(Workspace *workspace, QObject *parent = nullptr);

    // What can be chosen: the project's coders, and its tags as (id, path) in path order.
    QStringList availableCoders() const;
    QList<QPair<qint64, QString>> availableTags() const;

    // Empty tags or articles: all the coders used (see AgreementRequest).
    void setSelection(const QStringList &coders, const QList<qint64> &tagIds, const QList<qint64> &articleIds);
    QStringList coders() const { return m_coders; }
    QString consensusCoder() const { return m_consensus; }
    void setConsensusCoder(const QString &name) { m_consensus = name; }

    AgreementTableModel *table() { return &m_table; }
    DisagreementModel *disagreements() { return &m_disagreements; }

    // A hidden view need not follow every edit: while inactive, changes only mark the
    // figures stale, and they are computed again on becoming active.
    void setActive(bool active);

    // Settles disagreement ROW as the consensus coder; false (lastError) when refused.
    bool adjudicate(int row, int choice);
    // Copies what the first two coders coded alike into the consensus coding; false
    // (lastError) when refused, true also when there was nothing to copy.
    bool adoptAgreements();
    QString lastError() const { return m_lastError; }

public slots:
    void recompute();

signals:
    void recomputed();

private:
    void scheduleRecompute();

    QPointer<Workspace> m_workspace;
    QStringList m_coders;
    QList<qint64> m_tagIds;
    QList<qint64> m_articleIds;
    QSet<qint64> m_shownTags; // the tags and articles of the last computation
    QSet<qint64> m_shownArticles;
    QString m_consensus;
    QString m_lastError;
    bool m_pending = false;
    bool m_active = true;
    bool m_stale = false;
    AgreementTableModel m_table;
    DisagreementModel m_disagreements;
};

} // namespace crossread
