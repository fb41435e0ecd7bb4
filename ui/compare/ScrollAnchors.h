#pragma once
// Maps the scroll position of one pane to that of the other, as a piecewise-linear function
// through anchor points: for every sentence pair in order on both sides, the scroll positions
// that put each sentence at the top of its pane. Between anchors the mapping interpolates, so
// synchronised scrolling glides instead of jumping; moved sentences are left out because they
// would fold the mapping back on itself.
#include <QList>
#include <QPointF>

namespace crossread {

class ScrollAnchors
{
public:
    // points: (y in A, y in B); points that would make the mapping decrease are dropped.
    void setPoints(QList<QPointF> points);
    void clear() { m_points.clear(); }
    bool isEmpty() const { return m_points.isEmpty(); }
    const QList<QPointF> &points() const { return m_points; }

    double mapAToB(double yA) const;
    double mapBToA(double yB) const;

private:
    static double map(const QList<QPointF> &points, double y, bool forward);
    QList<QPointF> m_points; // ascending in both coordinates
};

} // namespace crossread
