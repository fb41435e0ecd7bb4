#include "compare/SequenceDiff.h"

#include <algorithm>

namespace crossread {

namespace {

// Gaps up to this many ids go straight to Myers; their edit distance is small by construction.
constexpr int kSmallRegion = 256;
// Myers gives up past this many edits in one region (unrelated text): it then stays unmatched.
constexpr int kMaxEdits = 2048;

uint64_t mix(uint64_t x)
{
    x ^= x >> 31;
    x *= 0x7fb5d329728ea185ULL;
    x ^= x >> 27;
    x *= 0x81dadef4bc2dd44dULL;
    x ^= x >> 33;
    return x;
}

uint64_t gramHash(const int *s, int k)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL;
    for (int t = 0; t < k; ++t)
        h = (h ^ uint64_t(uint32_t(s[t]))) * 0x100000001B3ULL + 0x632BE59BD9B4E019ULL;
    return mix(h);
}

// posA: the k-gram's only position in A, or kMany; posB likewise (kNone: not seen in B).
constexpr int kNone = -1;
constexpr int kMany = -2;

struct GramEntry
{
    uint64_t hash = 0;
    int posA = kNone;
    int posB = kNone;
};

// Longest chain of pairs (in increasing first order) strictly increasing in second, O(n log n).
std::vector<int> longestIncreasing(const std::vector<std::pair<int, int>> &pairs)
{
    std::vector<int> tailIndex;
    std::vector<int> previous(pairs.size(), -1);
    for (int i = 0; i < int(pairs.size()); ++i) {
        const int y = pairs[size_t(i)].second;
        auto it = std::lower_bound(tailIndex.begin(), tailIndex.end(), y,
            [&pairs](int idx, int value) { return pairs[size_t(idx)].second < value; });
        if (it != tailIndex.begin())
            previous[size_t(i)] = *(it - 1);
        if (it == tailIndex.end())
            tailIndex.push_back(i);
        else
            *it = i;
    }
    std::vector<int> chain(tailIndex.size());
    int at = tailIndex.empty() ? -1 : tailIndex.back();
    for (int i = int(chain.size()) - 1; i >= 0; --i) {
        chain[size_t(i)] = at;
        at = previous[size_t(at)];
    }
    return chain;
}

} // namespace

void SequenceDiff::match(const int *a, int n, const int *b, int m, std::vector<int> *matchA, std::vector<int> *matchB)
{
    m_a = a;
    m_b = b;
    m_matchA = matchA;
    m_matchB = matchB;
    matchA->assign(size_t(n), -1);
    matchB->assign(size_t(m), -1);
    int maxId = -1;
    for (int i = 0; i < n; ++i)
        maxId = std::max(maxId, a[i]);
    for (int j = 0; j < m; ++j)
        maxId = std::max(maxId, b[j]);
    // The id-indexed tables are only needed for regions too large for Myers alone; a short
    // sentence diff must not pay for tables as large as the vocabulary.
    m_maxId = maxId;
    m_posA.clear();
    m_posB.clear();
    solve(0, n, 0, m);
}

void SequenceDiff::pair(int i, int j)
{
    (*m_matchA)[i] = j;
    (*m_matchB)[j] = i;
}

void SequenceDiff::solve(int aLo, int aHi, int bLo, int bHi)
{
    while (aLo < aHi && bLo < bHi && m_a[aLo] == m_b[bLo])
        pair(aLo++, bLo++);
    while (aLo < aHi && bLo < bHi && m_a[aHi - 1] == m_b[bHi - 1])
        pair(--aHi, --bHi);
    if (aLo == aHi || bLo == bHi)
        return;
    const int size = (aHi - aLo) + (bHi - bLo);
    if (size > kSmallRegion && (anchor(aLo, aHi, bLo, bHi, 1) || anchor(aLo, aHi, bLo, bHi, 4)))
        return;
    bisect(aLo, aHi, bLo, bHi);
}

bool SequenceDiff::anchor(int aLo, int aHi, int bLo, int bHi, int k)
{
    std::vector<std::pair<int, int>> candidates;
    if (k == 1)
        uniqueTokens(aLo, aHi, bLo, bHi, &candidates);
    else
        uniqueGrams(aLo, aHi, bLo, bHi, k, &candidates);
    if (candidates.empty())
        return false;
    const std::vector<int> chain = longestIncreasing(candidates);
    int prevA = aLo;
    int prevB = bLo;
    for (int c : chain) {
        const auto [i, j] = candidates[size_t(c)];
        solve(prevA, i, prevB, j);
        pair(i, j);
        prevA = i + 1;
        prevB = j + 1;
    }
    solve(prevA, aHi, prevB, bHi);
    return true;
}

// Tokens that occur once in each region, in A order. Ids are small dense integers, so plain
// arrays indexed by id replace a hash table; they are left clean for the recursion.
void SequenceDiff::uniqueTokens(int aLo, int aHi, int bLo, int bHi, std::vector<std::pair<int, int>> *out)
{
    if (m_posA.empty()) {
        m_posA.assign(size_t(m_maxId + 1), kNone);
        m_posB.assign(size_t(m_maxId + 1), kNone);
    }
    for (int i = aLo; i < aHi; ++i) {
        int &p = m_posA[size_t(m_a[i])];
        p = p == kNone ? i : kMany;
    }
    for (int j = bLo; j < bHi; ++j) {
        const int id = m_b[j];
        if (m_posA[size_t(id)] >= 0) {
            int &p = m_posB[size_t(id)];
            p = p == kNone ? j : kMany;
        }
    }
    for (int i = aLo; i < aHi; ++i) {
        const int id = m_a[i];
        if (m_posA[size_t(id)] == i && m_posB[size_t(id)] >= 0)
            out->emplace_back(i, m_posB[size_t(id)]);
    }
    for (int i = aLo; i < aHi; ++i)
        m_posA[size_t(m_a[i])] = m_posB[size_t(m_a[i])] = kNone;
    for (int j = bLo; j < bHi; ++j)
        m_posB[size_t(m_b[j])] = kNone;
}

// k-grams that occur once in each region, in A order (for text where no single word is rare).
void SequenceDiff::uniqueGrams(int aLo, int aHi, int bLo, int bHi, int k, std::vector<std::pair<int, int>> *out)
{
    const int n = aHi - aLo - k + 1;
    const int m = bHi - bLo - k + 1;
    if (n <= 0 || m <= 0)
        return;
    size_t capacity = 16;
    while (capacity < size_t(n) + size_t(n) / 2)
        capacity <<= 1;
    std::vector<GramEntry> table(capacity);
    const size_t mask = capacity - 1;
    auto find = [&](uint64_t h) -> GramEntry * {
        for (size_t s = h & mask;; s = (s + 1) & mask) {
            GramEntry &e = table[s];
            if (e.posA == kNone || e.hash == h)
                return &e;
        }
    };
    for (int i = aLo; i < aLo + n; ++i) {
        const uint64_t h = gramHash(m_a + i, k);
        GramEntry *e = find(h);
        e->hash = h;
        e->posA = e->posA == kNone ? i : kMany;
    }
    for (int j = bLo; j < bLo + m; ++j) {
        GramEntry *e = find(gramHash(m_b + j, k));
        if (e->posA >= 0)
            e->posB = e->posB == kNone ? j : kMany;
    }
    for (int i = aLo; i < aLo + n; ++i) {
        const GramEntry *e = find(gramHash(m_a + i, k));
        if (e->posA == i && e->posB >= 0 && std::equal(m_a + i, m_a + i + k, m_b + e->posB))
            out->emplace_back(i, e->posB);
    }
}

// Myers' middle snake (the linear-space variant from "An O(ND) Difference Algorithm"), then
// recursion on both halves. Follows diff-match-patch's diff_bisect.
void SequenceDiff::bisect(int aLo, int aHi, int bLo, int bHi)
{
    const int n = aHi - aLo;
    const int m = bHi - bLo;
    const int maxD = std::min((n + m + 1) / 2, kMaxEdits);
    const int vOffset = maxD + 1;
    const int vLength = 2 * vOffset + 1;
    m_v1.assign(size_t(vLength), -1);
    m_v2.assign(size_t(vLength), -1);
    int *v1 = m_v1.data();
    int *v2 = m_v2.data();
    v1[vOffset + 1] = 0;
    v2[vOffset + 1] = 0;
    const int delta = n - m;
    const bool front = (delta % 2) != 0;
    int k1start = 0, k1end = 0, k2start = 0, k2end = 0;
    const int *a = m_a + aLo;
    const int *b = m_b + bLo;
    for (int d = 0; d < maxD; ++d) {
        for (int k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
            const int k1Offset = vOffset + k1;
            int x1 = (k1 == -d || (k1 != d && v1[k1Offset - 1] < v1[k1Offset + 1])) ? v1[k1Offset + 1]
                                                                                    : v1[k1Offset - 1] + 1;
            int y1 = x1 - k1;
            while (x1 < n && y1 < m && a[x1] == b[y1]) {
                ++x1;
                ++y1;
            }
            v1[k1Offset] = x1;
            if (x1 > n) {
                k1end += 2;
            } else if (y1 > m) {
                k1start += 2;
            } else if (front) {
                const int k2Offset = vOffset + delta - k1;
                if (k2Offset >= 0 && k2Offset < vLength && v2[k2Offset] != -1 && x1 >= n - v2[k2Offset]) {
                    solve(aLo, aLo + x1, bLo, bLo + y1);
                    solve(aLo + x1, aHi, bLo + y1, bHi);
                    return;
                }
            }
        }
        for (int k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
            const int k2Offset = vOffset + k2;
            int x2 = (k2 == -d || (k2 != d && v2[k2Offset - 1] < v2[k2Offset + 1])) ? v2[k2Offset + 1]
                                                                                    : v2[k2Offset - 1] + 1;
            int y2 = x2 - k2;
            while (x2 < n && y2 < m && a[n - x2 - 1] == b[m - y2 - 1]) {
                ++x2;
                ++y2;
            }
            v2[k2Offset] = x2;
            if (x2 > n) {
                k2end += 2;
            } else if (y2 > m) {
                k2start += 2;
            } else if (!front) {
                const int k1Offset = vOffset + delta - k2;
                if (k1Offset >= 0 && k1Offset < vLength && v1[k1Offset] != -1) {
                    const int x1 = v1[k1Offset];
                    const int y1 = vOffset + x1 - k1Offset;
                    if (x1 >= n - x2) {
                        solve(aLo, aLo + x1, bLo, bLo + y1);
                        solve(aLo + x1, aHi, bLo + y1, bHi);
                        return;
                    }
                }
            }
        }
    }
    // No path within the edit budget: the region stays unmatched (deleted and inserted whole).
}

} // namespace crossread
