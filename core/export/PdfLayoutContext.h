#pragma once
// Page geometry, fonts and text layout for the typeset part of the PDF export. Works in the
// device units of the QPdfWriter (high resolution, so glyph positions are exact) and owns
// every QTextLayout made, since pages refer to them until they are painted.
#include "export/PdfExportOptions.h"

#include <QFont>
#include <QRectF>
#include <QTextLayout>

#include <memory>
#include <vector>

class QPaintDevice;

namespace crossread {

class PdfLayoutContext
{
public:
    enum class Style {
        Body,
        Title,
        Meta,
        Heading,
        NoteHeader,
        NoteText,
        Quote,
        Margin,
        Footer,
        CoverTitle,
        CoverText,
        Toc
    };

    PdfLayoutContext(QPaintDevice *device, const PdfExportOptions &options);
    ~PdfLayoutContext();

    QPaintDevice *device() const { return m_device; }
    const PdfExportOptions &options() const { return m_options; }
    double pt(double points) const { return points * m_unit; } // points → device units
    double unit() const { return m_unit; }
    QSizeF pageSize() const { return m_pageSize; }
    QRectF contentRect() const { return m_content; } // inside the margins, above the footer
    double footerBaseline() const { return m_footerBaseline; }

    const QFont &font(Style style) const { return m_fonts[int(style)]; }
    QColor textColor() const { return QColor(0x21, 0x21, 0x21); }
    QColor mutedColor() const { return QColor(0x6b, 0x6b, 0x6b); }
    QColor ruleColor() const { return QColor(0xc8, 0xc8, 0xc8); }

    // A laid out text, kept alive as long as the context, every line at position (0, 0);
    // the pages place the lines.
    QTextLayout *layout(
        const QString &text, const QFont &font, double width, const QList<QTextLayout::FormatRange> &formats = {});
    QString elided(const QString &text, const QFont &font, double width) const;
    double textWidth(const QString &text, const QFont &font) const;

private:
    QPaintDevice *m_device;
    PdfExportOptions m_options;
    double m_unit = 1;
    QSizeF m_pageSize;
    QRectF m_content;
    double m_footerBaseline = 0;
    std::vector<QFont> m_fonts;
    std::vector<std::unique_ptr<QTextLayout>> m_layouts;
};

} // namespace crossread
