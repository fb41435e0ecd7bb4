#include "compare/DiffCleanup.h"

#include <algorithm>

namespace crossread {

std::vector<DiffRun> DiffCleanup::runs(const std::vector<int> &matchA, const std::vector<int> &matchB)
{
    std::vector<DiffRun> out;
    const int n = int(matchA.size());
    const int m = int(matchB.size());
    // Runs alternate, so there are at most 2 * min(n, m) + 1; reserved pages never written cost nothing.
    out.reserve(2 * size_t(std::min(n, m)) + 2);
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
        DiffRun run;
        run.a0 = i;
        run.b0 = j;
        if (i < n && j < m && matchA[i] == j) {
            run.equal = true;
            while (i < n && j < m && matchA[i] == j) {
                ++i;
                ++j;
            }
        } else {
            while (i < n && matchA[i] < 0)
                ++i;
            while (j < m && matchB[j] < 0)
                ++j;
        }
        run.a1 = i;
        run.b1 = j;
        out.push_back(run);
    }
    return out;
}

std::vector<DiffRun> DiffCleanup::semantic(const std::vector<DiffRun> &runs,
    const std::function<int(int, int)> &lengthA, const std::function<int(int, int)> &lengthB)
{
    auto editWeight = [&](const DiffRun &r) { return std::max(lengthA(r.a0, r.a1), lengthB(r.b0, r.b1)); };
    std::vector<DiffRun> out;
    out.reserve(runs.size());
    for (const DiffRun &run : runs) {
        if (!out.empty() && out.back().equal == run.equal) {
            out.back().a1 = run.a1;
            out.back().b1 = run.b1;
        } else {
            out.push_back(run);
        }
        if (run.equal)
            continue;
        // [edit, equality, edit] on top of the stack: fold the equality if it is the smaller part.
        while (out.size() >= 3) {
            const DiffRun &right = out[out.size() - 1];
            const DiffRun &middle = out[out.size() - 2];
            const DiffRun &left = out[out.size() - 3];
            if (left.equal || !middle.equal || right.equal)
                break;
            const int equality = lengthA(middle.a0, middle.a1);
            if (equality > editWeight(left) || equality > editWeight(right))
                break;
            DiffRun merged { false, left.a0, right.a1, left.b0, right.b1 };
            out.resize(out.size() - 3);
            if (!out.empty() && !out.back().equal) {
                out.back().a1 = merged.a1;
                out.back().b1 = merged.b1;
            } else {
                out.push_back(merged);
            }
        }
    }
    return out;
}

} // namespace crossread
