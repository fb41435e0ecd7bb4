#pragma once
// "Tag this range", with the tag named rather than known, and the span's note and a figure
// set in the same gesture: the request, and what Project::tagRange did, so that
// Project::untagRange can take exactly that back (and tagRange do it again under the same ids).
#include "domain/Types.h"

#include <optional>

namespace crossread {

struct TagRangeEdit
{
    // The request.
    qint64 articleId = 0;
    qint64 start = 0; // code points
    qint64 end = 0;
    // tag.id > 0: that tag. Otherwise the tag named tag.name (ASCII case ignored) under
    // tag.parentId, or anywhere in the tree when anyParent; created with tag.color when none.
    Tag tag;
    bool anyParent = false;
    std::optional<QString> note; // replaces the span's note when set
    std::optional<Figure> figure; // added to the span (kind, value, unit, label; the rest is filled in)

    // What was done, filled in by Project::tagRange.
    bool done = false;
    bool tagCreated = false;
    bool spanCreated = false;
    Span before; // the span as it was, when there was one of exactly this range
    Span span; // the span as it is now
};

} // namespace crossread
