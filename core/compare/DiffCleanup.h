#pragma once
// The edit script of a token diff as alternating runs, and diff-match-patch's semantic clean-up:
// an equality no longer than the edits on both its sides ("the" between two replaced words) is
// folded into them, so the reader sees one replaced phrase instead of confetti.
#include <functional>
#include <vector>

namespace crossread {

struct DiffRun
{
    bool equal = false;
    int a0 = 0, a1 = 0; // token range in A
    int b0 = 0, b1 = 0; // token range in B
};

class DiffCleanup
{
public:
    // Runs from match arrays (see SequenceDiff): alternating, maximal, no empty runs.
    static std::vector<DiffRun> runs(const std::vector<int> &matchA, const std::vector<int> &matchB);

    // lengthA(a0, a1): weight of tokens [a0, a1) of A (characters); lengthB likewise.
    static std::vector<DiffRun> semantic(const std::vector<DiffRun> &runs, const std::function<int(int, int)> &lengthA,
        const std::function<int(int, int)> &lengthB);
};

} // namespace crossread
