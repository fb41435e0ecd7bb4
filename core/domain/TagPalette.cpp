#include "domain/TagPalette.h"

#include <iterator>

namespace crossread {

static const char *const kColors[] = {
    "#e6b422", // amber
    "#4f9de0", // blue
    "#e0604f", // red
    "#54b96a", // green
    "#a66fd6", // violet
    "#e58c3a", // orange
    "#3bb3b3", // teal
    "#d65c9a", // pink
    "#8a9a3b", // olive
    "#7f8fa6", // slate
};

QColor TagPalette::colorForIndex(int index)
{
    const int n = int(std::size(kColors));
    return QColor(QString::fromLatin1(kColors[((index % n) + n) % n]));
}

int TagPalette::size()
{
    return int(std::size(kColors));
}

} // namespace crossread
