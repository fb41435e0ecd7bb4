#include "AnnotationController.h"

#include "AnnotationTarget.h"
#include "TagColors.h"
#include "TagPicker.h"
#include "models/TagTreeModel.h"
#include "store/Project.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>

namespace crossread {

AnnotationController::AnnotationController(Workspace *workspace, TagTreeModel *tags, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_tags(tags)
{ }

void AnnotationController::attach(AnnotationTarget *target)
{
    QWidget *widget = target ? target->annotationWidget() : nullptr;
    if (!widget)
        return;
    m_targets.append(Attached { widget, target });
    widget->installEventFilter(this);
    if (!m_current)
        m_current = widget;
    connect(widget, &QObject::destroyed, this, [this](QObject *gone) {
        m_targets.removeIf([gone](const Attached &a) { return !a.widget || a.widget == gone; });
    });
}

AnnotationTarget *AnnotationController::currentTarget() const
{
    for (const Attached &a : m_targets) {
        if (a.widget && a.widget == m_current)
            return a.target;
    }
    return nullptr;
}

AnnotationTarget *AnnotationController::resolve(AnnotationTarget *target) const
{
    return target ? target : currentTarget();
}

bool AnnotationController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        m_current = qobject_cast<QWidget *>(watched);
    } else if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::NoModifier && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
            for (const Attached &a : std::as_const(m_targets)) {
                if (a.widget == watched) {
                    m_current = a.widget;
                    applyQuickSlot(key->key() - Qt::Key_0, a.target);
                    return true;
                }
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

bool AnnotationController::ready(AnnotationTarget *target) const
{
    return target && m_workspace && m_workspace->isOpen() && target->annotatedArticleId() != 0;
}

bool AnnotationController::applyTag(qint64 tagId, AnnotationTarget *target)
{
    target = resolve(target);
    if (!ready(target) || !m_tags->contains(tagId))
        return false;
    TextRange range = target->annotationSelection();
    const bool selected = range.length() > 0;
    if (!selected) {
        // No selection: the range of the span under the cursor, if any.
        const QList<Span> at = target->spansAt(range.start);
        if (at.isEmpty()) {
            emit message(tr("Select some text first, then press a digit or Ctrl+T to tag it."));
            return false;
        }
        range = TextRange { at.first().start, at.first().end };
    }
    const EditResult result = m_workspace->applyTag(target->annotatedArticleId(), range, tagId);
    if (result.outcome == EditResult::Unchanged) {
        emit message(selected ? tr("The selection already carries “%1”.").arg(m_tags->tagPath(tagId))
                              : tr("This span already carries “%1”.").arg(m_tags->tagPath(tagId)));
        return false;
    }
    if (result.done())
        emit message(tr("Tagged %1–%2 with “%3”").arg(range.start).arg(range.end).arg(m_tags->tagPath(tagId)));
    return result.done();
}

bool AnnotationController::applyQuickSlot(int slot, AnnotationTarget *target)
{
    const QList<Tag> quick = m_tags->quickBarTags();
    if (slot >= 1 && slot <= quick.size())
        return applyTag(quick.at(slot - 1).id, target);
    // No tag in that slot yet: the picker makes one and applies it, the analyst's first tag
    // often. Without text to tag there is nothing to apply it to.
    target = resolve(target);
    if (!ready(target))
        return false;
    const TextRange range = target->annotationSelection();
    if (range.length() == 0 && target->spansAt(range.start).isEmpty()) {
        emit message(tr("Quick slot %1 is empty. Select some text, then press %1 to name a tag for it.").arg(slot));
        return false;
    }
    emit message(tr("Quick slot %1 is empty: type a name to create a tag and apply it "
                    "(the first nine tags of the tag tree fill slots 1–9).")
                     .arg(slot));
    showTagPicker(target);
    return false;
}

qint64 AnnotationController::createTagAndApply(const QString &path, AnnotationTarget *target)
{
    target = resolve(target);
    if (!ready(target))
        return 0;
    // The selection, or without one the range of the span under the cursor.
    TextRange range = target->annotationSelection();
    const bool selected = range.length() > 0;
    if (!selected) {
        const QList<Span> at = target->spansAt(range.start);
        if (!at.isEmpty())
            range = TextRange { at.first().start, at.first().end };
    }
    if (range.length() == 0) {
        emit message(tr("Select some text first, then press a digit or Ctrl+T to tag it."));
        return 0;
    }
    // Found at its path when the tag exists (another window or process may just have made it),
    // created otherwise: in the same transaction and undo step as the span.
    const Workspace::Coding coding = m_workspace->createTagAndApply(target->annotatedArticleId(), range, path);
    const QString tagPath = m_tags->tagPath(coding.tagId);
    switch (coding.result.outcome) {
    case EditResult::Failed:
        return 0;
    case EditResult::Unchanged:
        emit message(selected ? tr("The selection already carries “%1”.").arg(tagPath)
                              : tr("This span already carries “%1”.").arg(tagPath));
        break;
    case EditResult::Done:
        emit message(coding.tagCreated
                ? tr("Tagged %1–%2 with the new tag “%3”").arg(range.start).arg(range.end).arg(tagPath)
                : tr("Tagged %1–%2 with “%3”").arg(range.start).arg(range.end).arg(tagPath));
        break;
    }
    return coding.tagId;
}

void AnnotationController::showTagPicker(AnnotationTarget *target)
{
    target = resolve(target);
    if (!ready(target))
        return;
    QWidget *widget = target->annotationWidget();
    auto *picker = new TagPicker(m_tags, widget->window());
    // The view may close while the picker is open: the gestures then go to the current view.
    const QPointer<QWidget> from = widget;
    auto targetNow = [this, from, target]() -> AnnotationTarget * { return from ? target : nullptr; };
    connect(picker, &TagPicker::tagPicked, this, [this, targetNow](qint64 tagId) { applyTag(tagId, targetNow()); });
    connect(picker, &TagPicker::createRequested, this,
        [this, targetNow](const QString &path) { createTagAndApply(path, targetNow()); });
    picker->popup(target->annotationPopupPosition());
}

void AnnotationController::addContextActions(
    QMenu *menu, AnnotationTarget *target, qint64 offset, QWidget *dialogParent)
{
    if (!ready(target))
        return;
    QAction *first = menu->actions().value(0);
    auto *tagMenu = new QMenu(tr("Tag Selection With"), menu);
    const QList<Tag> quick = m_tags->quickBarTags();
    for (int i = 0; i < quick.size(); ++i) {
        const qint64 id = quick.at(i).id;
        QAction *a = tagMenu->addAction(TagColors::swatch(quick.at(i).color), m_tags->tagPath(id), this,
            [this, id, target] { applyTag(id, target); });
        a->setShortcut(QKeySequence(Qt::Key(Qt::Key_1 + i)));
    }
    if (!quick.isEmpty())
        tagMenu->addSeparator();
    tagMenu->addAction(tr("Other Tag…"), this, [this, target] { showTagPicker(target); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    tagMenu->setEnabled(target->annotationSelection().length() > 0);
    menu->insertMenu(first, tagMenu);
    const QList<Span> at = target->spansAt(offset);
    if (!at.isEmpty()) {
        const qint64 spanId = at.first().id;
        const qint64 seen = at.first().stamp.version; // as the menu shows it
        auto *note = new QAction(tr("Edit Note…"), menu);
        note->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
        connect(note, &QAction::triggered, this, [this, spanId, dialogParent] { editNote(spanId, dialogParent); });
        auto *remove = new QAction(tr("Remove Span"), menu);
        remove->setShortcut(QKeySequence::Delete);
        connect(remove, &QAction::triggered, this, [this, spanId, seen] {
            removeSpans({ spanId }, { { spanId, seen } });
        });
        menu->insertAction(first, note);
        menu->insertAction(first, remove);
    }
    menu->insertSeparator(first);
}

void AnnotationController::editNote(qint64 spanId, QWidget *dialogParent)
{
    bool found = false;
    const Span span = spanId && m_workspace->isOpen() ? m_workspace->project()->spans().span(spanId, &found) : Span();
    if (!found) {
        emit message(tr("Put the cursor on a highlighted span to edit its note."));
        return;
    }
    QString quote = span.text;
    if (quote.size() > 80)
        quote = quote.left(79) + QChar(0x2026);
    QInputDialog dialog(dialogParent);
    dialog.setObjectName(QStringLiteral("noteDialog"));
    dialog.setWindowTitle(tr("Note"));
    dialog.setLabelText(tr("Note on “%1”:").arg(quote.simplified()));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(span.note);
    if (dialog.exec() == QDialog::Accepted && dialog.textValue() != span.note)
        setNote(spanId, dialog.textValue(), span.stamp.version); // refused if changed while typing
}

bool AnnotationController::setNote(qint64 spanId, const QString &note, qint64 readVersion)
{
    if (!m_workspace || !spanId)
        return false;
    return m_workspace->setNote(spanId, note, readVersion);
}

bool AnnotationController::removeSpans(const QList<qint64> &spanIds, const QHash<qint64, qint64> &readVersions)
{
    if (!m_workspace || spanIds.isEmpty() || !m_workspace->removeSpans(spanIds, readVersions))
        return false;
    emit message(tr("Removed %n span(s); Ctrl+Z brings them back.", nullptr, int(spanIds.size())));
    return true;
}

} // namespace crossread
