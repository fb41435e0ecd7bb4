#pragma once
// A text view that the annotation gestures act on — the reader and the two compare panes:
// the article it shows, its selection and the spans it shows, in stored code points. The
// AnnotationController attaches to such a view; the view itself edits nothing.
#include "domain/Types.h"

#include <QPoint>

class QWidget;

namespace crossread {

class AnnotationTarget
{
public:
    virtual ~AnnotationTarget() = default;

    // The widget that takes the focus and the digit keys.
    virtual QWidget *annotationWidget() = 0;
    virtual qint64 annotatedArticleId() const = 0;
    // The selection (start == end: none, start is the cursor).
    virtual TextRange annotationSelection() const = 0;
    virtual QList<Span> annotationSpans() const = 0;
    // Where a popup about the selection opens, in global coordinates.
    virtual QPoint annotationPopupPosition() const = 0;

    // Spans covering OFFSET, innermost (shortest) first.
    QList<Span> spansAt(qint64 offset) const;
    // The span an edit should act on: the innermost one under the cursor, else the
    // innermost one overlapping the selection; 0 when none.
    qint64 spanUnderCursor() const;
};

} // namespace crossread
