#pragma once
// Tags every hit of a search at once: one new span of CODER's per hit (empty = the project's
// default coder), all in one transaction and one undo step. Hits already covered by a span
// of the coder's of exactly that range with the tag are skipped, so running the same search
// twice adds nothing.
#include "store/SearchIndex.h"
#include "domain/Types.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

namespace crossread {

class Project;

class TagSearchResultsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(TagSearchResultsCommand)
public:
    TagSearchResultsCommand(Project *project, const QList<SearchHit> &hits, qint64 tagId,
        const QString &coder = QString(), QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    QList<qint64> spanIds() const; // the spans created (empty until the first redo)
    int skipped() const { return m_skipped; } // hits left out as empty, invalid or tagged already

private:
    bool plan();
    QPointer<Project> m_project;
    QList<SearchHit> m_hits;
    qint64 m_tagId;
    QString m_coder;
    QList<Span> m_spans;
    int m_skipped = 0;
    bool m_planned = false;
};

} // namespace crossread
