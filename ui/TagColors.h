#pragma once
// Colours for painting tag highlights so that they stay readable on light and dark
// palettes: the tag colour is laid over the base colour with partial opacity and the
// text colour is chosen by contrast against the result.
#include <QColor>
#include <QIcon>
#include <QList>
#include <QPalette>

namespace crossread {

namespace TagColors {

// Opacity of one highlight layer over the base colour.
constexpr double kLayerAlpha = 0.40;

QColor composite(const QColor &base, const QColor &layer, double alpha = kLayerAlpha);
// Every layer laid over base in order.
QColor layered(const QColor &base, const QList<QColor> &layers);
double relativeLuminance(const QColor &c);
double contrastRatio(const QColor &a, const QColor &b);
// preferred when it reads well on background, otherwise black or white, whichever reads better.
QColor readableText(const QColor &background, const QColor &preferred);
// A colour for spans whose tags have none.
QColor untaggedColor(const QPalette &palette);
// A small filled square for lists and menus.
QIcon swatch(const QColor &color, int size = 12);
// Turns a decoration (an icon or a colour) into an icon.
QIcon iconFor(const QVariant &decoration);
// The colour of the n-th coder's stripe: hues far apart, strong enough to see in a thin line.
QColor coderColor(int n);

} // namespace TagColors

} // namespace crossread
