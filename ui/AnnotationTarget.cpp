#include "AnnotationTarget.h"

#include <algorithm>

namespace crossread {

QList<Span> AnnotationTarget::spansAt(qint64 offset) const
{
    QList<Span> out;
    for (const Span &s : annotationSpans()) {
        if (offset >= s.start && offset < s.end)
            out.append(s);
    }
    std::stable_sort(
        out.begin(), out.end(), [](const Span &a, const Span &b) { return a.end - a.start < b.end - b.start; });
    return out;
}

qint64 AnnotationTarget::spanUnderCursor() const
{
    const TextRange sel = annotationSelection();
    if (sel.length() == 0) {
        const QList<Span> at = spansAt(sel.start);
        return at.isEmpty() ? 0 : at.first().id;
    }
    const QList<Span> spans = annotationSpans();
    const Span *best = nullptr;
    for (const Span &s : spans) {
        if (s.start < sel.end && s.end > sel.start && (!best || s.end - s.start < best->end - best->start))
            best = &s;
    }
    return best ? best->id : 0;
}

} // namespace crossread
