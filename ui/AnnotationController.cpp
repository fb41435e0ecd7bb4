#include "AnnotationController.h"

#include "ReaderView.h"
#include "TagColors.h"
#include "commands/ApplyTag.h"
#include "commands/RemoveSpansCommand.h"
#include "commands/SetSpanNoteCommand.h"
#include "commands/SetSpanTagsCommand.h"
#include "commands/TagRangeCommand.h"
#include "models/TagTreeModel.h"
#include "store/Project.h"

#include <QInputDialog>
#include <QUndoStack>

namespace crossread {

AnnotationController::AnnotationController(ReaderView *reader, TagTreeModel *tags, QObject *parent)
    : QObject(parent)
    , m_reader(reader)
    , m_tags(tags)
{ }

void AnnotationController::setContext(Project *project, QUndoStack *undoStack)
{
    m_project = project;
    m_undoStack = undoStack;
}

bool AnnotationController::ready() const
{
    return m_project && m_project->isOpen() && m_undoStack && m_reader->articleId() != 0;
}

bool AnnotationController::applyTag(qint64 tagId)
{
    if (!ready() || !m_tags->contains(tagId))
        return false;
    const TextRange range = m_reader->selectedRange();
    if (range.length() == 0) {
        // No selection: add the tag to the span under the cursor, if any.
        const qint64 spanId = m_reader->spanUnderCursor();
        if (!spanId) {
            emit message(tr("Select some text first, then press a digit or Ctrl+T to tag it."));
            return false;
        }
        for (const Span &s : m_reader->spans()) {
            if (s.id != spanId)
                continue;
            if (s.tagIds.contains(tagId)) {
                emit message(tr("This span already carries “%1”.").arg(m_tags->tagPath(tagId)));
                return false;
            }
            m_undoStack->push(new SetSpanTagsCommand(m_project, spanId, s.tagIds + QList<qint64> { tagId }));
            return true;
        }
        return false;
    }
    QUndoCommand *command = ApplyTag::create(m_project, m_reader->articleId(), range.start, range.end, tagId);
    if (!command) {
        emit message(tr("The selection already carries “%1”.").arg(m_tags->tagPath(tagId)));
        return false;
    }
    m_undoStack->push(command);
    emit message(tr("Tagged %1–%2 with “%3”").arg(range.start).arg(range.end).arg(m_tags->tagPath(tagId)));
    return true;
}

bool AnnotationController::applyQuickSlot(int slot)
{
    const QList<Tag> quick = m_tags->quickBarTags();
    if (slot < 1 || slot > quick.size()) {
        emit message(tr("Quick slot %1 is empty: the first nine tags of the tag tree fill slots 1–9.").arg(slot));
        return false;
    }
    return applyTag(quick.at(slot - 1).id);
}

qint64 AnnotationController::createTagAndApply(const QString &path)
{
    if (!ready())
        return 0;
    // "Parent/Name" creates Name inside an existing Parent; otherwise the whole text is the name.
    Tag tag;
    tag.name = path.trimmed();
    tag.position = -1;
    const qsizetype slash = tag.name.lastIndexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString parentPath = tag.name.left(slash).trimmed();
        for (const Tag &t : m_tags->allTags()) {
            if (m_tags->tagPath(t.id).compare(parentPath, Qt::CaseInsensitive) == 0) {
                tag.parentId = t.id;
                tag.name = tag.name.mid(slash + 1).trimmed();
                break;
            }
        }
    }
    if (tag.name.isEmpty())
        return 0;
    tag.color = TagColors::defaultTagColor(int(m_tags->allTags().size()));
    // The selection, or without one the span under the cursor.
    TextRange range = m_reader->selectedRange();
    if (range.length() == 0) {
        const qint64 spanId = m_reader->spanUnderCursor();
        for (const Span &s : m_reader->spans()) {
            if (s.id == spanId)
                range = TextRange { s.start, s.end };
        }
    }
    if (range.length() == 0) {
        emit message(tr("Select some text first, then press a digit or Ctrl+T to tag it."));
        return 0;
    }
    // Found under its parent when the name exists (another window or process may just have
    // made it), created otherwise; the tag and the span are one transaction and one undo step.
    TagRangeEdit edit;
    edit.articleId = m_reader->articleId();
    edit.start = range.start;
    edit.end = range.end;
    edit.tag = tag;
    auto *command = new TagRangeCommand(m_project, edit);
    command->setText(tr("Tag with new tag “%1”").arg(tag.name));
    m_undoStack->push(command);
    // A command that failed was deleted by the stack (the project has said why): only read it
    // when it is the one on top.
    if (m_undoStack->index() == 0 || m_undoStack->command(m_undoStack->index() - 1) != command)
        return 0;
    const qint64 id = command->edit().tag.id;
    emit message(tr("Tagged %1–%2 with “%3”").arg(range.start).arg(range.end).arg(m_tags->tagPath(id)));
    return id;
}

void AnnotationController::editNote(qint64 spanId, QWidget *dialogParent)
{
    if (!ready() || !spanId) {
        emit message(tr("Put the cursor on a highlighted span to edit its note."));
        return;
    }
    QString current;
    QString quote;
    for (const Span &s : m_reader->spans()) {
        if (s.id == spanId) {
            current = s.note;
            quote = s.text;
        }
    }
    if (quote.size() > 80)
        quote = quote.left(79) + QChar(0x2026);
    QInputDialog dialog(dialogParent);
    dialog.setObjectName(QStringLiteral("noteDialog"));
    dialog.setWindowTitle(tr("Note"));
    dialog.setLabelText(tr("Note on “%1”:").arg(quote.simplified()));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(current);
    if (dialog.exec() == QDialog::Accepted && dialog.textValue() != current)
        setNote(spanId, dialog.textValue());
}

bool AnnotationController::setNote(qint64 spanId, const QString &note)
{
    if (!m_project || !m_undoStack || !spanId)
        return false;
    m_undoStack->push(new SetSpanNoteCommand(m_project, spanId, note));
    return true;
}

bool AnnotationController::removeSpans(const QList<qint64> &spanIds)
{
    if (!m_project || !m_undoStack || spanIds.isEmpty())
        return false;
    m_undoStack->push(new RemoveSpansCommand(m_project, spanIds));
    emit message(tr("Removed %n span(s); Ctrl+Z brings them back.", nullptr, int(spanIds.size())));
    return true;
}

} // namespace crossread
