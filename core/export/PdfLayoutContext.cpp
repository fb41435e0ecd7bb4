#include "export/PdfLayoutContext.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QTextOption>

namespace crossread {

namespace {

QFont makeFont(bool serif, double points, QFont::Weight weight = QFont::Normal, bool italic = false)
{
    QFont f;
    f.setFamilies(serif ? QStringList { QStringLiteral("DejaVu Serif"), QStringLiteral("Noto Serif"),
                      QStringLiteral("Liberation Serif"), QStringLiteral("serif") }
                        : QStringList { QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                            QStringLiteral("Liberation Sans"), QStringLiteral("sans-serif") });
    f.setPointSizeF(points);
    f.setWeight(weight);
    f.setItalic(italic);
    // Unhinted metrics: glyph positions must not be rounded to a screen grid in a PDF.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    // No ligatures: a viewer searching for "offer" must find it, not "o\uFB00er".
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

} // namespace

PdfLayoutContext::PdfLayoutContext(QPaintDevice *device, const PdfExportOptions &options)
    : m_device(device)
    , m_options(options)
{
    m_unit = device->logicalDpiY() / 72.0;
    m_pageSize = QSizeF(device->width(), device->height());
    const double margin = pt(options.marginPoints);
    const double footer = pt(18);
    m_content = QRectF(margin, margin, m_pageSize.width() - 2 * margin, m_pageSize.height() - 2 * margin - footer);
    m_footerBaseline = m_pageSize.height() - margin;

    m_fonts.resize(int(Style::Toc) + 1);
    m_fonts[int(Style::Body)] = makeFont(true, 10.5);
    m_fonts[int(Style::Title)] = makeFont(false, 17, QFont::Bold);
    m_fonts[int(Style::Meta)] = makeFont(false, 9);
    m_fonts[int(Style::Heading)] = makeFont(false, 11.5, QFont::Bold);
    m_fonts[int(Style::NoteHeader)] = makeFont(false, 8.5, QFont::Bold);
    m_fonts[int(Style::NoteText)] = makeFont(true, 9);
    m_fonts[int(Style::Quote)] = makeFont(true, 9, QFont::Normal, true);
    m_fonts[int(Style::Margin)] = makeFont(false, 6.5, QFont::Bold);
    m_fonts[int(Style::Footer)] = makeFont(false, 8);
    m_fonts[int(Style::CoverTitle)] = makeFont(false, 26, QFont::Bold);
    m_fonts[int(Style::CoverText)] = makeFont(false, 11);
    m_fonts[int(Style::Toc)] = makeFont(false, 9.5);
}

PdfLayoutContext::~PdfLayoutContext() = default;

QTextLayout *PdfLayoutContext::layout(
    const QString &text, const QFont &font, double width, const QList<QTextLayout::FormatRange> &formats)
{
    auto layout = std::make_unique<QTextLayout>(text, font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    layout->setTextOption(option);
    layout->setCacheEnabled(true);
    if (!formats.isEmpty())
        layout->setFormats(formats);
    layout->beginLayout();
    for (;;) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, 0));
    }
    layout->endLayout();
    m_layouts.push_back(std::move(layout));
    return m_layouts.back().get();
}

QString PdfLayoutContext::elided(const QString &text, const QFont &font, double width) const
{
    return QFontMetricsF(font, m_device).elidedText(text, Qt::ElideRight, width);
}

double PdfLayoutContext::textWidth(const QString &text, const QFont &font) const
{
    return QFontMetricsF(font, m_device).horizontalAdvance(text);
}

} // namespace crossread
