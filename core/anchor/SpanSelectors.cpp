#include "anchor/SpanSelectors.h"

#include "domain/CodePoints.h"

#include <algorithm>

namespace crossread {

SpanSelectors SpanSelectors::describe(const QString &text, qint64 start, qint64 end)
{
    return describe(text, CodePoints(text), start, end);
}

SpanSelectors SpanSelectors::describe(const QString &text, const CodePoints &cp, qint64 start, qint64 end)
{
    start = std::clamp<qint64>(start, 0, cp.size());
    end = std::clamp<qint64>(end, 0, cp.size());
    if (end < start)
        std::swap(start, end);
    SpanSelectors s;
    s.position = { start, end };
    s.quote.exact = cp.mid(text, start, end);
    s.quote.prefix = cp.mid(text, std::max<qint64>(0, start - kContextLength), start);
    s.quote.suffix = cp.mid(text, end, std::min(cp.size(), end + kContextLength));
    return s;
}

} // namespace crossread
