#pragma once
// The annotation gestures of every view that shows an article's text — the reader and the
// two compare panes: the digit keys 1–9, the tag picker (Ctrl+T), a new tag on the fly, the
// context menu's tagging, note and removal. Each view is attached once; the gestures act
// on the view they come from, and those from elsewhere (the quick bar, the Edit menu) on
// the attached view that last had the focus. Every edit is a Workspace edit, and the
// messages about them for the status bar are written here and nowhere else.
#include "domain/Types.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace crossread {

class AnnotationTarget;
class TagTreeModel;
class Workspace;

class AnnotationController : public QObject
{
    Q_OBJECT
public:
    AnnotationController(Workspace *workspace, TagTreeModel *tags, QObject *parent = nullptr);

    // Takes the digit keys typed in the target's widget and follows its focus. The first
    // view attached is the current one until another takes the focus.
    void attach(AnnotationTarget *target);
    AnnotationTarget *currentTarget() const;

    // Tags the target's selection (or, without one, the range of the span under the
    // cursor) with the tag. A null target is the current one.
    bool applyTag(qint64 tagId, AnnotationTarget *target = nullptr);
    // 1..9; a slot without a tag opens the tag picker, to create a tag and apply it.
    bool applyQuickSlot(int slot, AnnotationTarget *target = nullptr);
    // Tags the selection (or the span under the cursor) with the tag "Name" or "Parent/Name",
    // created when there is none: one undo step. The tag's id, 0 when it failed.
    qint64 createTagAndApply(const QString &path, AnnotationTarget *target = nullptr);
    // The tag picker, opened below the target's selection.
    void showTagPicker(AnnotationTarget *target = nullptr);
    // The annotation entries of a context menu opened at OFFSET in the target: tag the
    // selection with a quick-bar tag or any other, and the note and removal of the span there.
    void addContextActions(QMenu *menu, AnnotationTarget *target, qint64 offset, QWidget *dialogParent);

    // Asks for the note of a span in a dialog, then sets it.
    void editNote(qint64 spanId, QWidget *dialogParent);
    // READVERSION: the version of the span the analyst saw (-1: as stored now); see Workspace::setNote.
    bool setNote(qint64 spanId, const QString &note, qint64 readVersion = -1);
    // READVERSIONS: the spans as the analyst saw them, by id; see Workspace::removeSpans.
    bool removeSpans(const QList<qint64> &spanIds, const QHash<qint64, qint64> &readVersions = {});

signals:
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Attached
    {
        QPointer<QWidget> widget;
        AnnotationTarget *target;
    };
    AnnotationTarget *resolve(AnnotationTarget *target) const;
    bool ready(AnnotationTarget *target) const;

    Workspace *m_workspace;
    TagTreeModel *m_tags;
    QList<Attached> m_targets;
    QPointer<QWidget> m_current;
};

} // namespace crossread
