// Workspace, part three: settling the disagreements of two coders as a consensus coding.
#include "workspace/Workspace.h"

#include "commands/ApplyTag.h"
#include "commands/EditGroupCommand.h"
#include "commands/RemoveSpansCommand.h"
#include "commands/SetSpanTagsCommand.h"
#include "domain/CoderName.h"
#include "store/Project.h"

namespace crossread {

namespace {

QList<TextRange> chosenRanges(const Disagreement &d, Workspace::Adjudication choice)
{
    switch (choice) {
    case Workspace::Adjudication::AcceptFirst:
        return d.firstRanges();
    case Workspace::Adjudication::AcceptSecond:
        return d.secondRanges();
    case Workspace::Adjudication::KeepBoth:
        return d.bothRanges();
    case Workspace::Adjudication::MergeUnion:
        return d.unionRanges();
    }
    return {};
}

} // namespace

EditResult Workspace::adjudicate(const Disagreement &d, Adjudication choice, const QString &consensusCoder)
{
    const QString consensus = CoderName::normalized(consensusCoder);
    EditResult result;
    result.outcome = perform(tr("Settle “%1” at %2–%3").arg(tagPath(d.tagId)).arg(d.extent.start).arg(d.extent.end),
        [&](EditGroupCommand &group) {
            if (consensus.isEmpty())
                return refuse(tr("the consensus coding needs a coder's name"));
            if (consensus == d.firstCoder || consensus == d.secondCoder)
                return refuse(
                    tr("the consensus coder “%1” is one of the coders compared; choose another name").arg(consensus));
            if (!tagExists(d.tagId))
                return refuse(tr("tag %1 no longer exists").arg(d.tagId));
            // The consensus coding of the tag over the stretch gives way to the new decision.
            QList<qint64> removed;
            for (const Span &s : m_project->spans().spansOfArticle(d.articleId)) {
                if (s.author != consensus || !s.tagIds.contains(d.tagId) || s.end <= d.extent.start
                    || s.start >= d.extent.end)
                    continue;
                if (s.tagIds.size() == 1) {
                    removed << s.id;
                } else {
                    QList<qint64> rest = s.tagIds;
                    rest.removeAll(d.tagId);
                    if (!group.run(new SetSpanTagsCommand(m_project, s.id, rest, &group)) && !m_lastError.isEmpty())
                        return false;
                }
            }
            if (!removed.isEmpty() && !group.run(new RemoveSpansCommand(m_project, removed, &group))
                && !m_lastError.isEmpty())
                return false;
            for (const TextRange &r : chosenRanges(d, choice)) {
                QUndoCommand *apply
                    = ApplyTag::create(m_project, d.articleId, r.start, r.end, d.tagId, consensus, &group);
                if (apply && !group.run(apply) && !m_lastError.isEmpty())
                    return false;
            }
            return true;
        });
    return result;
}

EditResult Workspace::adoptAgreements(const QList<Disagreement> &agreements, const QString &consensusCoder)
{
    const QString consensus = CoderName::normalized(consensusCoder);
    EditResult result;
    result.outcome = perform(tr("Copy agreed coding to “%1”").arg(consensus), [&](EditGroupCommand &group) {
        if (consensus.isEmpty())
            return refuse(tr("the consensus coding needs a coder's name"));
        for (const Disagreement &d : agreements) {
            if (consensus == d.firstCoder || consensus == d.secondCoder)
                return refuse(
                    tr("the consensus coder “%1” is one of the coders compared; choose another name").arg(consensus));
            if (!tagExists(d.tagId))
                continue; // removed since the list was made
            for (const TextRange &r : d.firstRanges()) {
                QUndoCommand *apply
                    = ApplyTag::create(m_project, d.articleId, r.start, r.end, d.tagId, consensus, &group);
                if (apply && !group.run(apply) && !m_lastError.isEmpty())
                    return false;
            }
        }
        return true;
    });
    return result;
}

} // namespace crossread
