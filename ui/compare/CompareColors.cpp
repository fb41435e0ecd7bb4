#include "CompareColors.h"

#include "TagColors.h"

namespace crossread {

namespace {

// Hues chosen to stay apart for the common forms of colour blindness: blue for paraphrase,
// amber for changed, violet for text found on one side only; red and green only ever appear
// together with position (deleted words on the left, inserted words on the right).
QColor hue(CompareColors::Role role)
{
    switch (role) {
    case CompareColors::Identical:
        return QColor(0x8a, 0x8f, 0x98);
    case CompareColors::Paraphrase:
        return QColor(0x3b, 0x82, 0xf6);
    case CompareColors::Changed:
        return QColor(0xf5, 0x9e, 0x0b);
    case CompareColors::Only:
        return QColor(0xa8, 0x55, 0xf7);
    case CompareColors::Deleted:
        return QColor(0xef, 0x44, 0x44);
    case CompareColors::Inserted:
        return QColor(0x22, 0xc5, 0x5e);
    case CompareColors::Conflict:
        return QColor(0xdc, 0x26, 0x26);
    case CompareColors::RoleCount:
        break;
    }
    return {};
}

} // namespace

CompareColors CompareColors::forPalette(const QPalette &palette)
{
    CompareColors c;
    c.base = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.dark = c.base.lightnessF() < 0.5;
    const double tint = c.dark ? 0.30 : 0.20;
    const double word = c.dark ? 0.50 : 0.36;
    for (int r = 0; r < RoleCount; ++r) {
        const auto role = Role(r);
        QColor ink = hue(role);
        if (c.dark)
            ink = ink.lighter(role == Conflict ? 150 : 125);
        c.ink[r] = ink;
        const bool strong = role == Deleted || role == Inserted || role == Conflict;
        c.background[r] = role == Identical ? c.base : TagColors::composite(c.base, hue(role), strong ? word : tint);
    }
    return c;
}

CompareColors::Role CompareColors::roleForKind(Alignment::Kind kind)
{
    // Split/merged runs say the same in other sentences; a partial match says less on one side.
    switch (kind) {
    case Alignment::Identical:
        return Identical;
    case Alignment::Paraphrase:
    case Alignment::SplitMerge:
        return Paraphrase;
    case Alignment::Partial:
    case Alignment::Changed:
        return Changed;
    }
    return Changed;
}

QColor CompareColors::fill(Role role, double alpha) const
{
    QColor f = ink[role];
    f.setAlphaF(float(alpha));
    return f;
}

} // namespace crossread
