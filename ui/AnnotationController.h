#pragma once
// Turns the reader's gestures into undo commands: tag the selection (digit keys, the
// tag picker, the context menu), create a tag on the fly, edit a note, remove spans.
// Views never write to the store; everything here goes through the window's QUndoStack.
#include "domain/Types.h"

#include <QObject>

class QUndoStack;
class QWidget;

namespace crossread {

class Project;
class ReaderView;
class TagTreeModel;

class AnnotationController : public QObject
{
    Q_OBJECT
public:
    AnnotationController(ReaderView *reader, TagTreeModel *tags, QObject *parent = nullptr);

    void setContext(Project *project, QUndoStack *undoStack);

    // Tags the reader's selection (or, without one, the span under the cursor).
    bool applyTag(qint64 tagId);
    bool applyQuickSlot(int slot); // 1..9
    // Creates "Name" or "Parent/Name" and tags the selection with it: one undo step.
    qint64 createTagAndApply(const QString &path);
    // Asks for the note of a span in a dialog, then sets it.
    void editNote(qint64 spanId, QWidget *dialogParent);
    bool setNote(qint64 spanId, const QString &note);
    bool removeSpans(const QList<qint64> &spanIds);

signals:
    void message(const QString &text);

private:
    bool ready() const;
    ReaderView *m_reader;
    TagTreeModel *m_tags;
    Project *m_project = nullptr;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace crossread
