#include "ComparePane.h"

#include "TagColors.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

namespace crossread {

namespace {
constexpr int kLanes = 3; // underline rows below a line before they start to share
constexpr qreal kLaneStep = 2.5; // pixels between stacked underlines
} // namespace

ComparePane::ComparePane(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setAcceptRichText(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document()->setDocumentMargin(12);
    updateSelectionColors();
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        &ComparePane::layoutChanged);
}

void ComparePane::setComparedText(const ComparedText &text)
{
    m_text = text;
    m_highlights.clear();
    m_marks.clear();
    m_spans.clear();
    m_underlines.clear();
    m_currentFrom = m_currentTo = -1;
    m_formattedBlocks.clear(); // setPlainText drops every block layout and its formats
    setPlainText(m_text.shownText());
    emit layoutChanged();
}

QMimeData *ComparePane::createMimeDataFromSelection() const
{
    // Copy what the article says: spaces shown as line breaks come back.
    const QTextCursor c = textCursor();
    auto *mime = new QMimeData;
    mime->setText(m_text.text().mid(c.selectionStart(), c.selectionEnd() - c.selectionStart()));
    return mime;
}

void ComparePane::setComparison(const QList<PaneHighlight> &highlights, const QList<PaneMark> &marks)
{
    m_highlights = highlights;
    m_marks = marks;
    applyFormats();
}

void ComparePane::setCurrentRange(int from, int to)
{
    m_currentFrom = from;
    m_currentTo = to;
    viewport()->update();
}

void ComparePane::setSpans(const QList<Span> &spans, const QHash<qint64, Tag> &tags)
{
    m_spans = spans;
    m_tags = tags;
    rebuildUnderlines();
    viewport()->update();
}

void ComparePane::rebuildUnderlines()
{
    m_underlines.clear();
    for (const Span &s : std::as_const(m_spans)) {
        const auto d = m_text.displayRangeOfStored(TextRange { s.start, s.end });
        if (d.second <= d.first)
            continue; // wholly inside left-out boilerplate
        QColor color;
        for (qint64 id : s.tagIds) {
            color = m_tags.value(id).color;
            if (color.isValid())
                break;
        }
        m_underlines.append({ d.first, d.second, color.isValid() ? color : TagColors::untaggedColor(palette()), 0 });
    }
    std::stable_sort(m_underlines.begin(), m_underlines.end(),
        [](const Underline &a, const Underline &b) { return a.start != b.start ? a.start < b.start : a.end > b.end; });
    // Greedy interval colouring: the first lane free at the span's start.
    QList<int> laneEnds;
    for (Underline &u : m_underlines) {
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > u.start)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(u.end);
        else
            laneEnds[lane] = u.end;
        u.lane = lane % kLanes;
    }
}

void ComparePane::applyFormats()
{
    QTextDocument *doc = document();
    for (int n : std::as_const(m_formattedBlocks)) {
        QTextBlock b = doc->findBlockByNumber(n);
        if (b.isValid() && b.layout())
            b.layout()->clearFormats();
    }
    m_formattedBlocks.clear();
    // Which highlight owns each character: the last one listed that covers it.
    const int size = int(m_text.text().size());
    QList<int> owner(size, -1);
    for (int i = 0; i < m_highlights.size(); ++i) {
        const PaneHighlight &h = m_highlights.at(i);
        std::fill(owner.begin() + std::clamp(h.start, 0, size), owner.begin() + std::clamp(h.end, 0, size), i);
    }
    QList<QTextCharFormat> formats;
    const QColor text = palette().color(QPalette::Text);
    for (const PaneHighlight &h : std::as_const(m_highlights)) {
        QTextCharFormat f;
        f.setBackground(h.background);
        f.setForeground(TagColors::readableText(h.background, text));
        if (h.bold)
            f.setFontWeight(QFont::Bold);
        formats.append(f);
    }
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        const int from = b.position();
        const int to = std::min(size, from + b.length() - 1);
        QList<QTextLayout::FormatRange> ranges;
        for (int c = from; c < to;) {
            const int o = owner.at(c);
            int e = c + 1;
            while (e < to && owner.at(e) == o)
                ++e;
            if (o >= 0)
                ranges.append(QTextLayout::FormatRange { c - from, e - c, formats.at(o) });
            c = e;
        }
        if (!ranges.isEmpty()) {
            b.layout()->setFormats(ranges);
            m_formattedBlocks.append(b.blockNumber());
        }
    }
    doc->markContentsDirty(0, doc->characterCount());
    viewport()->update();
}

QList<QRectF> ComparePane::lineRects(int from, int to) const
{
    QList<QRectF> out;
    const QTextDocument *doc = document();
    const auto *layout = doc->documentLayout();
    for (QTextBlock b = doc->findBlock(from); b.isValid() && (b.position() < to || out.isEmpty()); b = b.next()) {
        const QRectF box = layout->blockBoundingRect(b);
        const QTextLayout *tl = b.layout();
        const int bs = std::max(from, b.position()) - b.position();
        const int be = std::min(to, b.position() + b.length() - 1) - b.position();
        for (int i = 0; tl && i < tl->lineCount(); ++i) {
            const QTextLine line = tl->lineAt(i);
            const int s = std::max(bs, line.textStart());
            const int e = std::min(be, line.textStart() + line.textLength());
            const bool emptyHere = from == to && bs >= line.textStart() && bs <= line.textStart() + line.textLength();
            if (e <= s && !emptyHere)
                continue;
            const qreal x1 = line.cursorToX(s);
            const qreal x2 = e > s ? line.cursorToX(e) : x1;
            out.append(QRectF(box.left() + std::min(x1, x2), box.top() + line.y(), std::abs(x2 - x1), line.height()));
            if (emptyHere)
                return out;
        }
    }
    return out;
}

QPair<qreal, qreal> ComparePane::verticalExtent(int from, int to) const
{
    const QList<QRectF> rects = lineRects(from, std::max(from, to));
    if (rects.isEmpty())
        return { 0, 0 };
    return { rects.first().top(), rects.last().bottom() };
}

qreal ComparePane::documentHeight() const
{
    return document()->documentLayout()->documentSize().height();
}

int ComparePane::scrollY() const
{
    return verticalScrollBar()->value();
}

TextRange ComparePane::selectedStoredRange() const
{
    const auto d = selectedDisplayRange();
    return m_text.toStored(d.first, d.second);
}

QPair<int, int> ComparePane::selectedDisplayRange() const
{
    const QTextCursor c = textCursor();
    return { c.selectionStart(), c.selectionEnd() };
}

void ComparePane::selectDisplayRange(int from, int to)
{
    const int max = int(m_text.text().size());
    QTextCursor c(document());
    c.setPosition(std::clamp(from, 0, max));
    c.setPosition(std::clamp(to, 0, max), QTextCursor::KeepAnchor);
    const int scroll = verticalScrollBar()->value();
    setTextCursor(c);
    verticalScrollBar()->setValue(scroll); // the view decides where the selection goes
}

QString ComparePane::toolTipAt(int displayPos) const
{
    QStringList parts;
    for (const PaneMark &m : m_marks)
        if (m.outline.isValid() && displayPos >= m.start && displayPos < m.end && !m.toolTip.isEmpty())
            parts << QStringLiteral("<b>%1</b>").arg(m.toolTip.toHtmlEscaped());
    for (const Underline &u : m_underlines) {
        if (displayPos < u.start || displayPos >= u.end)
            continue;
        for (const Span &s : m_spans) {
            const auto d = m_text.displayRangeOfStored(TextRange { s.start, s.end });
            if (d.first != u.start || d.second != u.end)
                continue;
            QStringList names;
            for (qint64 id : s.tagIds)
                names << QStringLiteral("<span style='color:%1'>■</span> %2")
                             .arg(m_tags.value(id).color.name(), m_tags.value(id).name.toHtmlEscaped());
            QString part = names.isEmpty() ? tr("<i>untagged span</i>") : names.join(QStringLiteral("<br/>"));
            if (!s.author.isEmpty())
                part += QStringLiteral("<br/><i>%1</i>").arg(tr("coded by %1").arg(s.author).toHtmlEscaped());
            parts << part;
            break;
        }
    }
    for (const PaneMark &m : m_marks)
        if (!m.outline.isValid() && displayPos >= m.start && displayPos < m.end && !m.toolTip.isEmpty())
            parts << m.toolTip.toHtmlEscaped();
    parts.removeDuplicates();
    return parts.join(QStringLiteral("<hr/>"));
}

QPoint ComparePane::annotationPopupPosition() const
{
    return viewport()->mapToGlobal(cursorRect().bottomLeft() + QPoint(0, 4));
}

void ComparePane::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF offset(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    const QRectF visible = QRectF(viewport()->rect()).translated(-offset);
    for (const Underline &u : std::as_const(m_underlines)) {
        p.setPen(QPen(u.color, 2.0, Qt::SolidLine, Qt::FlatCap));
        for (const QRectF &r : lineRects(u.start, u.end)) {
            if (!r.intersects(visible))
                continue;
            const qreal y = r.bottom() - 1.0 - u.lane * kLaneStep;
            p.drawLine(QPointF(r.left(), y) + offset, QPointF(r.right(), y) + offset);
        }
    }
    if (m_currentFrom >= 0) {
        // In the document margin, left of the text: where F7 went, even with the focus elsewhere.
        const auto extent = verticalExtent(m_currentFrom, m_currentTo);
        const QRectF bar(3, extent.first + offset.y(), 4, extent.second - extent.first);
        QColor color = palette().color(QPalette::Active, QPalette::Highlight);
        color.setAlphaF(1.0f); // the selection colour is see-through; the bar should not be
        p.fillRect(bar, color);
    }
    for (const PaneMark &m : std::as_const(m_marks)) {
        if (!m.outline.isValid())
            continue;
        QPen pen(m.outline, m.dashed ? 1.5 : 2.0);
        if (m.dashed)
            pen.setDashPattern({ 3, 2 });
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        for (const QRectF &r : lineRects(m.start, m.end))
            if (r.intersects(visible))
                p.drawRoundedRect(r.adjusted(-2, 0, 2, 0).translated(offset), 3, 3);
    }
}

void ComparePane::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    emit layoutChanged();
}

void ComparePane::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateSelectionColors();
        rebuildUnderlines();
    }
}

void ComparePane::updateSelectionColors()
{
    // A see-through selection keeps the word highlights beneath it readable while a
    // difference is selected.
    // The colours come from the inherited palette, since this widget's own carries the last ones.
    const QPalette inherited = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    QColor highlight = inherited.color(QPalette::Active, QPalette::Highlight);
    highlight.setAlphaF(0.35f);
    const QColor text = inherited.color(QPalette::Active, QPalette::Text);
    QPalette pal = palette();
    if (pal.color(QPalette::Active, QPalette::Highlight) == highlight && pal.color(QPalette::HighlightedText) == text)
        return; // already ours: setPalette would only send another PaletteChange
    for (auto group : { QPalette::Active, QPalette::Inactive }) {
        pal.setColor(group, QPalette::Highlight, highlight);
        pal.setColor(group, QPalette::HighlightedText, text);
    }
    setPalette(pal);
}

void ComparePane::contextMenuEvent(QContextMenuEvent *event)
{
    // The event arrives through the viewport, so its position is in viewport coordinates.
    const QPoint documentPos = event->pos() + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    QMenu *menu = createStandardContextMenu(documentPos);
    emit contextMenuAboutToShow(menu, cursorForPosition(event->pos()).position());
    menu->exec(event->globalPos());
    delete menu;
}

bool ComparePane::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(cursorForPosition(help->pos()).position());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

} // namespace crossread
