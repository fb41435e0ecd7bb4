#pragma once
// Matches two sequences of integer ids (words numbered by a dictionary) as a diff would: an
// in-order common subsequence. Large inputs are cut at anchors first, as patience diff does:
// tokens that occur once on each side (or, where no token is that rare, 4-grams that do), kept
// in order by a longest increasing subsequence. Myers' O(ND) algorithm (linear-space middle
// snake) then only runs on the small gaps between anchors. Ids must be small non-negative ints.
#include <cstdint>
#include <utility>
#include <vector>

namespace crossread {

class SequenceDiff
{
public:
    // matchA[i] = j when a[i] is matched to b[j], else -1; matchB likewise. Matches are increasing.
    void match(const int *a, int n, const int *b, int m, std::vector<int> *matchA, std::vector<int> *matchB);

private:
    void solve(int aLo, int aHi, int bLo, int bHi);
    bool anchor(int aLo, int aHi, int bLo, int bHi, int k);
    void uniqueTokens(int aLo, int aHi, int bLo, int bHi, std::vector<std::pair<int, int>> *out);
    void uniqueGrams(int aLo, int aHi, int bLo, int bHi, int k, std::vector<std::pair<int, int>> *out);
    void bisect(int aLo, int aHi, int bLo, int bHi);
    void pair(int i, int j);

    const int *m_a = nullptr;
    const int *m_b = nullptr;
    std::vector<int> *m_matchA = nullptr;
    std::vector<int> *m_matchB = nullptr;
    std::vector<int> m_v1;
    std::vector<int> m_v2;
    int m_maxId = -1;
    std::vector<int> m_posA; // per id: its only position in the region, or kNone / kMany; empty until needed
    std::vector<int> m_posB;
};

} // namespace crossread
