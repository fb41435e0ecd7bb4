#include "ScrollAnchors.h"

#include <algorithm>

namespace crossread {

void ScrollAnchors::setPoints(QList<QPointF> points)
{
    std::stable_sort(points.begin(), points.end(),
        [](const QPointF &p, const QPointF &q) { return p.x() != q.x() ? p.x() < q.x() : p.y() < q.y(); });
    m_points.clear();
    for (const QPointF &p : std::as_const(points)) {
        if (!m_points.isEmpty() && p.y() < m_points.last().y())
            continue;
        m_points.append(p);
    }
}

double ScrollAnchors::map(const QList<QPointF> &points, double y, bool forward)
{
    const auto from = [forward](const QPointF &p) { return forward ? p.x() : p.y(); };
    const auto to = [forward](const QPointF &p) { return forward ? p.y() : p.x(); };
    if (points.isEmpty())
        return y;
    // The last anchor at or before y (of several at the same place, the furthest on the other
    // side, so that the ends of both texts meet); before the first or past the last, keep the offset.
    const auto it
        = std::upper_bound(points.cbegin(), points.cend(), y, [&](double v, const QPointF &p) { return v < from(p); });
    if (it == points.cbegin())
        return y - from(points.first()) + to(points.first());
    const QPointF &lo = *(it - 1);
    if (it == points.cend())
        return y - from(lo) + to(lo);
    const QPointF &hi = *it;
    return to(lo) + (y - from(lo)) / (from(hi) - from(lo)) * (to(hi) - to(lo));
}

double ScrollAnchors::mapAToB(double yA) const
{
    return map(m_points, yA, true);
}

double ScrollAnchors::mapBToA(double yB) const
{
    return map(m_points, yB, false);
}

} // namespace crossread
