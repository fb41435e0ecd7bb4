#include "commands/TagSearchResultsCommand.h"

#include "commands/CommandSupport.h"
#include "store/Project.h"

#include <QHash>
#include <QSet>

namespace crossread {

TagSearchResultsCommand::TagSearchResultsCommand(
    Project *project, const QList<SearchHit> &hits, qint64 tagId, const QString &coder, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_project(project)
    , m_hits(hits)
    , m_tagId(tagId)
    , m_coder(coder.isEmpty() && project ? project->defaultCoder() : coder)
{
    const QString name = project ? project->tags().tag(tagId).name : QString();
    setText(tr("Tag %n search result(s) “%1”", nullptr, int(hits.size())).arg(name));
}

QList<qint64> TagSearchResultsCommand::spanIds() const
{
    QList<qint64> ids;
    for (const Span &s : m_spans)
        ids.append(s.id);
    return ids;
}

bool TagSearchResultsCommand::plan()
{
    bool found = false;
    const Tag tag = m_project->tags().tag(m_tagId, &found);
    if (!found) {
        commands::reportRefusal(m_project, tr("tag %1 no longer exists").arg(m_tagId));
        return false;
    }
    // Ranges of each article that carry the tag already, read once per article.
    QHash<qint64, QSet<QPair<qint64, qint64>>> tagged;
    for (const SearchHit &hit : std::as_const(m_hits)) {
        if (hit.end <= hit.start) {
            ++m_skipped;
            continue;
        }
        if (!tagged.contains(hit.articleId)) {
            QSet<QPair<qint64, qint64>> ranges;
            for (const Span &s : m_project->spans().spansOfArticle(hit.articleId)) {
                if (s.author == m_coder && s.tagIds.contains(m_tagId))
                    ranges.insert({ s.start, s.end });
            }
            tagged.insert(hit.articleId, ranges);
        }
        QSet<QPair<qint64, qint64>> &ranges = tagged[hit.articleId];
        if (ranges.contains({ hit.start, hit.end })) {
            ++m_skipped; // tagged already, or the same hit twice
            continue;
        }
        Span span;
        span.articleId = hit.articleId;
        span.start = hit.start;
        span.end = hit.end;
        span.tagIds = { m_tagId };
        span.author = m_coder;
        QString error;
        if (!m_project->validateSpan(span, &error)) {
            ++m_skipped; // the article changed or went away since the search
            continue;
        }
        ranges.insert({ hit.start, hit.end });
        m_spans.append(span);
    }
    setText(tr("Tag %n search result(s) “%1”", nullptr, int(m_spans.size())).arg(tag.name));
    return !m_spans.isEmpty();
}

void TagSearchResultsCommand::redo()
{
    if (!m_project || !m_project->isOpen()) {
        setObsolete(true);
        return;
    }
    if (!m_planned) {
        if (!plan()) {
            setObsolete(true); // nothing to tag
            return;
        }
        m_planned = true;
    }
    QList<Span> spans = m_spans;
    if (!m_project->addSpans(spans)) {
        setObsolete(true);
        return;
    }
    m_spans = spans; // ids, author and time stay for the next redo
}

void TagSearchResultsCommand::undo()
{
    if (!m_project) {
        setObsolete(true);
        return;
    }
    // The spans as this project last wrote them: one another analyst has changed since stays.
    Project::RowVersions expected;
    for (const Span &s : std::as_const(m_spans))
        expected.insert(s.id, m_project->writtenSpanVersion(s.id, s.stamp.version));
    if (!m_project->removeSpans(expected, nullptr))
        setObsolete(true);
}

} // namespace crossread
