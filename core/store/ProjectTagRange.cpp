// Project::tagRange and untagRange: the one-transaction "tag this range" edit.
#include "store/Project.h"

#include <algorithm>

namespace crossread {

bool Project::refuse(const QString &message)
{
    m_error = message;
    emit errorOccurred(m_error);
    return false;
}

bool Project::tagRange(TagRangeEdit &edit)
{
    // The tag is looked up, and the span found, under the write lock: a second process
    // tagging with the same new name at the same moment finds this one's tag.
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail();
    Span span;
    span.articleId = edit.articleId;
    span.start = edit.start;
    span.end = edit.end;
    QString error;
    if (!validateSpan(span, &error))
        return refuse(error);

    Tag tag = edit.tag;
    tag.name = tag.name.trimmed();
    bool tagCreated = false;
    if (edit.done && edit.tagCreated) {
        // Redo after undo: the tag comes back under its id.
        if (nameTaken(tag))
            return false;
        if (!m_tags.insert(tag))
            return fail();
        tagCreated = true;
    } else if (tag.id > 0) {
        bool found = false;
        tag = m_tags.tag(tag.id, &found);
        if (!found)
            return refuse(tr("tag %1 does not exist").arg(edit.tag.id));
    } else {
        if (tag.name.isEmpty())
            return refuse(tr("a tag needs a name"));
        bool found = false;
        const Tag existing = edit.anyParent ? m_tags.findByName(tag.name, &found)
                                            : m_tags.tag(m_tags.childNamed(tag.parentId, tag.name), &found);
        if (found) {
            tag = existing;
        } else {
            tag.id = 0;
            tag.position = m_tags.nextPosition(tag.parentId);
            if (!m_tags.insert(tag))
                return fail();
            tagCreated = true;
        }
    }

    bool spanFound = false;
    for (const Span &s : m_spans.spansOfArticle(edit.articleId)) {
        if (s.start == edit.start && s.end == edit.end) {
            span = s;
            spanFound = true;
            break;
        }
    }
    const Span before = span;
    if (!span.tagIds.contains(tag.id)) {
        span.tagIds.append(tag.id);
        std::sort(span.tagIds.begin(), span.tagIds.end());
    }
    if (edit.note)
        span.note = *edit.note;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool modified = spanFound && (span.tagIds != before.tagIds || span.note != before.note);
    if (!spanFound) {
        // Redo after undo brings the span back under its id, with its author and time.
        const bool again = edit.done && edit.spanCreated;
        span.id = again ? edit.span.id : 0;
        span.author = again ? edit.span.author : userName();
        span.created = again ? edit.span.created : now;
        span.modified = span.created;
        if (!m_spans.insert(span))
            return fail();
    } else if (modified) {
        span.modified = edit.done ? edit.span.modified : now; // redo: as the first time
        if (!m_spans.update(span))
            return fail();
    }
    std::optional<Figure> figure = edit.figure;
    if (figure) {
        figure->articleId = span.articleId;
        figure->spanId = span.id;
        figure->start = span.start;
        figure->end = span.end;
        figure->text = span.text;
        figure->manual = true;
        if (!m_figures.insert(*figure))
            return fail();
    }
    if (!tx.commit())
        return fail();

    edit.done = true;
    edit.tag = tag;
    edit.tagCreated = tagCreated;
    edit.spanCreated = !spanFound;
    edit.before = before;
    edit.span = span;
    edit.figure = figure;
    if (tagCreated)
        emit tagAdded(tag);
    if (!spanFound)
        emit spansAdded({ span });
    else if (modified)
        emit spanChanged(span);
    if (figure)
        emit figuresChanged(span.articleId);
    return true;
}

bool Project::untagRange(const TagRangeEdit &edit)
{
    if (!edit.done)
        return true;
    Transaction tx(m_db);
    if (!tx.isActive())
        return fail();
    if (edit.figure && !m_figures.remove(edit.figure->id))
        return fail();
    if (edit.spanCreated ? !m_spans.remove(edit.span.id) : !m_spans.update(edit.before))
        return fail();
    if (edit.tagCreated && !m_tags.remove(edit.tag.id))
        return fail();
    if (!tx.commit())
        return fail();
    if (edit.figure)
        emit figuresChanged(edit.span.articleId);
    if (edit.spanCreated)
        emit spansRemoved({ edit.span });
    else
        emit spanChanged(edit.before);
    if (edit.tagCreated)
        emit tagsRemoved({ edit.tag.id });
    return true;
}

} // namespace crossread
