#pragma once
// Default tag colours: distinct hues of medium lightness, readable as a tint behind
// text on light and dark backgrounds alike.
#include <QColor>

namespace crossread {

class TagPalette
{
public:
    static QColor colorForIndex(int index);
    static int size();
};

} // namespace crossread
