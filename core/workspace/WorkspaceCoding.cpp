// Workspace, part two: the edits of spans, notes and figures.
#include "workspace/Workspace.h"

#include "commands/AddFigureCommand.h"
#include "commands/AddTagCommand.h"
#include "commands/ApplyTag.h"
#include "commands/EditGroupCommand.h"
#include "commands/RemoveFigureCommand.h"
#include "commands/ReattachSpanCommand.h"
#include "commands/RemoveSpansCommand.h"
#include "commands/SetSpanNoteCommand.h"
#include "commands/TagSearchResultsCommand.h"
#include "store/Project.h"

namespace crossread {

namespace {

// The same figure at the same place, by the same coder.
bool sameFigure(const Figure &a, const Figure &b)
{
    return a.start == b.start && a.end == b.end && a.kind == b.kind && a.value == b.value && a.dateValue == b.dateValue
        && a.unit == b.unit && a.qualifier == b.qualifier && a.label == b.label && a.author == b.author;
}

} // namespace

Span Workspace::ownSpan(qint64 articleId, const TextRange &range, bool *found) const
{
    *found = false;
    for (const Span &s : m_project->spans().spansOfArticle(articleId)) {
        if (s.start == range.start && s.end == range.end && s.author == m_coder) {
            *found = true;
            return s;
        }
    }
    return {};
}

EditResult Workspace::applyTag(qint64 articleId, const TextRange &range, qint64 tagId)
{
    EditResult result;
    result.outcome = perform(QString(), [&](EditGroupCommand &group) {
        if (!tagExists(tagId))
            return refuse(tr("tag %1 no longer exists").arg(tagId));
        bool found = false;
        const Span own = ownSpan(articleId, range, &found);
        if (found && own.tagIds.contains(tagId)) {
            result.id = own.id; // tagged already: nothing to do
            return false;
        }
        if (!group.run(ApplyTag::create(m_project, articleId, range.start, range.end, tagId, m_coder, &group)))
            return false;
        result.id = ownSpan(articleId, range, &found).id;
        return true;
    });
    return result;
}

bool Workspace::setNote(qint64 spanId, const QString &note, qint64 readVersion)
{
    auto *command = new SetSpanNoteCommand(m_project, spanId, note, m_coder);
    command->setReadVersion(readVersion);
    return push(command);
}

bool Workspace::removeSpans(const QList<qint64> &spanIds, const QHash<qint64, qint64> &readVersions)
{
    if (spanIds.isEmpty())
        return false;
    auto *command = new RemoveSpansCommand(m_project, spanIds);
    command->setReadVersions(readVersions);
    return push(command);
}

bool Workspace::reattachSpan(qint64 spanId, const TextRange &range)
{
    return push(new ReattachSpanCommand(m_project, spanId, range));
}

Workspace::SearchTagging Workspace::tagSearchResults(const QList<SearchHit> &hits, qint64 tagId)
{
    SearchTagging tagging;
    tagging.outcome = perform(QString(), [&](EditGroupCommand &group) {
        tagging.tagId = tagId;
        auto *command = new TagSearchResultsCommand(m_project, hits, tagId, m_coder, &group);
        const bool ran = group.run(command);
        tagging.skipped = command->skipped();
        tagging.created = ran ? int(command->spanIds().size()) : 0;
        return ran;
    });
    if (tagging.outcome != EditResult::Done)
        tagging.created = 0;
    return tagging;
}

Workspace::SearchTagging Workspace::tagSearchResultsWithTagAt(const QList<SearchHit> &hits, const QString &path)
{
    SearchTagging tagging;
    tagging.outcome = perform(QString(), [&](EditGroupCommand &group) {
        Coding coding;
        if (!tagForCoding(group, path.trimmed(), TagLookup::AtPath, coding))
            return false;
        tagging.tagId = coding.tagId;
        tagging.tagCreated = coding.tagCreated;
        auto *command = new TagSearchResultsCommand(m_project, hits, coding.tagId, m_coder, &group);
        const bool ran = group.run(command);
        tagging.skipped = command->skipped();
        tagging.created = ran ? int(command->spanIds().size()) : 0;
        group.setText(command->text());
        // A new tag with no hit to put it on is not worth an undo step of its own.
        return ran && tagging.created > 0;
    });
    if (tagging.outcome != EditResult::Done)
        tagging.created = 0;
    return tagging;
}

// The tag at PATH, or (by LOOKUP) of that name anywhere when PATH names no parent; else a new
// one made in GROUP. Called inside the group's transaction, so what it reads is what it writes
// over: another process's tag of that name, committed a moment ago, is found.
bool Workspace::tagForCoding(EditGroupCommand &group, const QString &path, TagLookup lookup, Coding &coding)
{
    coding.tagCreated = false;
    coding.tagId = tagAtPath(path);
    if (!coding.tagId && lookup == TagLookup::AtPathOrNameAnywhere && !path.contains(QLatin1Char('/'))) {
        bool found = false;
        coding.tagId = m_project->tags().findByName(path, &found).id;
    }
    if (coding.tagId)
        return true;
    Tag tag = newTagFromPath(path);
    if (tag.name.isEmpty())
        return refuse(tr("a tag needs a name"));
    tag.color = nextTagColor();
    auto *add = new AddTagCommand(m_project, tag, &group);
    if (!group.run(add))
        return false;
    coding.tagId = add->tagId();
    coding.tagCreated = true;
    return true;
}

Workspace::Coding Workspace::codeRange(qint64 articleId, const TextRange &range, const QString &tagPath,
    const std::optional<QString> &note, const std::optional<Figure> &figure)
{
    return code(articleId, range, tagPath, TagLookup::AtPathOrNameAnywhere, note, figure);
}

Workspace::Coding Workspace::createTagAndApply(qint64 articleId, const TextRange &range, const QString &path)
{
    return code(articleId, range, path, TagLookup::AtPath, std::nullopt, std::nullopt);
}

Workspace::Coding Workspace::code(qint64 articleId, const TextRange &range, const QString &path, TagLookup lookup,
    const std::optional<QString> &note, const std::optional<Figure> &figure)
{
    Coding coding;
    const QString name = path.trimmed();
    coding.result.outcome = perform(QString(), [&](EditGroupCommand &group) {
        if (name.isEmpty())
            return refuse(tr("a tag needs a name"));
        if (!tagForCoding(group, name, lookup, coding))
            return false;
        group.setText(lookup == TagLookup::AtPath
                ? (coding.tagCreated ? tr("Tag with new tag “%1”") : tr("Tag with “%1”")).arg(tagPath(coding.tagId))
                : tr("Code %1–%2 as “%3”").arg(range.start).arg(range.end).arg(tagPath(coding.tagId)));
        // The coder's own span at that range, tagged (nothing to do when it is already).
        bool found = false;
        Span span = ownSpan(articleId, range, &found);
        if (!found || !span.tagIds.contains(coding.tagId)) {
            if (!group.run(
                    ApplyTag::create(m_project, articleId, range.start, range.end, coding.tagId, m_coder, &group)))
                return false;
            span = ownSpan(articleId, range, &found);
        }
        if (!found)
            return refuse(tr("the span was not saved"));
        coding.result.id = span.id;
        if (note && *note != span.note
            && !group.run(new SetSpanNoteCommand(m_project, span.id, *note, m_coder, &group)))
            return false;
        if (!figure)
            return true;
        Figure f = *figure;
        f.articleId = articleId;
        f.spanId = span.id;
        f.start = range.start;
        f.end = range.end;
        f.text = span.text;
        f.author = m_coder;
        // Running the same command twice adds nothing.
        for (const Figure &old : m_project->figures().figuresOfSpan(span.id)) {
            if (sameFigure(old, f))
                return true;
        }
        return setFigureIn(group, f) != nullptr;
    });
    if (coding.result.failed()) {
        coding.result.id = 0;
        coding.tagId = 0;
        coding.tagCreated = false;
    }
    return coding;
}

AddFigureCommand *Workspace::setFigureIn(EditGroupCommand &group, Figure figure)
{
    // A correction: the hand figures at exactly this range give way to the new one.
    for (const Figure &old : m_project->figures().manualFigures(figure.articleId)) {
        if (old.start == figure.start && old.end == figure.end
            && !group.run(new RemoveFigureCommand(m_project, old.id, &group)))
            return nullptr;
    }
    figure.id = 0;
    figure.manual = true;
    figure.author = m_coder;
    auto *add = new AddFigureCommand(m_project, figure, &group);
    return group.run(add) ? add : nullptr;
}

EditResult Workspace::setFigure(const Figure &figure)
{
    bool replaces = false;
    if (isOpen()) {
        for (const Figure &old : m_project->figures().manualFigures(figure.articleId))
            replaces = replaces || (old.start == figure.start && old.end == figure.end);
    }
    EditResult result;
    result.outcome = perform(replaces ? tr("Correct Figure") : tr("Set Figure"), [&](EditGroupCommand &group) {
        AddFigureCommand *add = setFigureIn(group, figure);
        if (!add)
            return false;
        result.id = add->figureId();
        return true;
    });
    if (result.outcome != EditResult::Done)
        result.id = 0;
    return result;
}

bool Workspace::removeFigure(qint64 figureId)
{
    return push(new RemoveFigureCommand(m_project, figureId));
}

} // namespace crossread
