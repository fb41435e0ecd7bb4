#pragma once
// The one order of sibling tags, shared by the tag tree and the commands that renumber
// siblings, so that a row in the tree and a position written by a command always agree.
#include "domain/Types.h"

namespace crossread {

inline bool tagSiblingLess(const Tag &a, const Tag &b)
{
    if (a.position != b.position)
        return a.position < b.position;
    if (const int c = a.name.compare(b.name); c != 0)
        return c < 0;
    return a.id < b.id;
}

} // namespace crossread
