#include "SpanSegments.h"

#include <algorithm>
#include <vector>

namespace crossread::SpanSegments {

QList<SpanSegment> build(const QList<std::pair<int, int>> &ranges)
{
    struct Event
    {
        int pos;
        bool open;
        int index;
    };
    std::vector<Event> events;
    events.reserve(size_t(ranges.size()) * 2);
    for (int i = 0; i < ranges.size(); ++i) {
        if (ranges.at(i).second <= ranges.at(i).first)
            continue;
        events.push_back({ ranges.at(i).first, true, i });
        events.push_back({ ranges.at(i).second, false, i });
    }
    std::sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        if (a.pos != b.pos)
            return a.pos < b.pos;
        return a.open < b.open; // close before open at the same position
    });

    // Layer order: earlier start first, then the longer range (it lies underneath).
    auto below = [&ranges](int a, int b) {
        const auto &ra = ranges.at(a);
        const auto &rb = ranges.at(b);
        if (ra.first != rb.first)
            return ra.first < rb.first;
        if (ra.second != rb.second)
            return ra.second > rb.second;
        return a < b;
    };

    QList<SpanSegment> out;
    QList<int> active;
    int prev = 0;
    for (size_t i = 0; i < events.size();) {
        const int pos = events[i].pos;
        if (!active.isEmpty() && pos > prev)
            out.append(SpanSegment { prev, pos, active });
        for (; i < events.size() && events[i].pos == pos; ++i) {
            const Event &e = events[i];
            if (e.open)
                active.insert(std::lower_bound(active.begin(), active.end(), e.index, below), e.index);
            else
                active.removeOne(e.index);
        }
        prev = pos;
    }
    return out;
}

} // namespace crossread::SpanSegments
