#pragma once
// The colours of the compare view, derived from the widget palette: light tints of fixed hues
// laid over the base colour, stronger on dark palettes so they still show, with the palette's
// own text colour kept readable on top.
#include "compare/CompareTypes.h"

#include <QColor>
#include <QPalette>

namespace crossread {

struct CompareColors
{
    enum Role { Identical, Paraphrase, Changed, Only, Deleted, Inserted, Conflict, RoleCount };

    QColor base;
    QColor text;
    QColor background[RoleCount]; // text backgrounds (Identical: the base colour)
    QColor ink[RoleCount]; // connector outlines, minimap marks, conflict outlines
    bool dark = false;

    static CompareColors forPalette(const QPalette &palette);
    static Role roleForKind(Alignment::Kind kind);
    // A translucent fill of a role's ink for bands and marks.
    QColor fill(Role role, double alpha) const;
};

} // namespace crossread
