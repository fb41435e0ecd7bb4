#include "TagColors.h"

#include <QPainter>
#include <QVariant>
#include <QPixmap>

#include <cmath>

namespace crossread::TagColors {

QColor composite(const QColor &base, const QColor &layer, double alpha)
{
    const QColor b = base.toRgb();
    const QColor l = layer.toRgb();
    auto mix = [alpha](double under, double over) { return under * (1.0 - alpha) + over * alpha; };
    return QColor::fromRgbF(
        float(mix(b.redF(), l.redF())), float(mix(b.greenF(), l.greenF())), float(mix(b.blueF(), l.blueF())));
}

QColor layered(const QColor &base, const QList<QColor> &layers)
{
    QColor out = base;
    for (const QColor &c : layers)
        out = composite(out, c);
    return out;
}

double relativeLuminance(const QColor &c)
{
    // WCAG 2 definition, on linearised sRGB channels.
    auto lin = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * lin(rgb.redF()) + 0.7152 * lin(rgb.greenF()) + 0.0722 * lin(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableText(const QColor &background, const QColor &preferred)
{
    if (contrastRatio(background, preferred) >= 4.5)
        return preferred;
    const QColor black(Qt::black), white(Qt::white);
    return contrastRatio(background, black) >= contrastRatio(background, white) ? black : white;
}

QColor untaggedColor(const QPalette &palette)
{
    return palette.color(QPalette::Highlight);
}

QIcon swatch(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(150));
    p.setBrush(color.isValid() ? color : QColor(Qt::gray));
    p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 2, 2);
    return QIcon(pixmap);
}

QIcon iconFor(const QVariant &decoration)
{
    if (decoration.userType() == QMetaType::QIcon)
        return decoration.value<QIcon>();
    if (decoration.userType() == QMetaType::QColor)
        return swatch(decoration.value<QColor>());
    return {};
}

QColor coderColor(int n)
{
    // Hues spaced by the golden angle never repeat and stay far apart for small n.
    const int hue = int(std::fmod(200.0 + n * 137.508, 360.0));
    return QColor::fromHsv(hue, 220, 200);
}

} // namespace crossread::TagColors
