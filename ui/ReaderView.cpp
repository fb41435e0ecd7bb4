#include "ReaderView.h"

#include "SpanSegments.h"
#include "TagColors.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QMap>
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
// Lines longer than this many average characters are hard to read: the text column
// stops growing and the view centres it.
constexpr int kColumnChars = 96;
} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_header(new QLabel(this))
{
    setObjectName(QStringLiteral("reader"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setUndoRedoEnabled(false);
    document()->setDocumentMargin(12);
    m_header->setObjectName(QStringLiteral("readerHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setAutoFillBackground(true);
    m_header->setBackgroundRole(QPalette::Base);
    m_header->setContentsMargins(16, 12, 16, 8);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->hide();
    auto emitRange = [this] { emit selectedRangeChanged(selectedRange()); };
    connect(this, &QPlainTextEdit::selectionChanged, this, emitRange);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, emitRange);
}

void ReaderView::setArticle(const Article &article, const QList<Span> &spans, const QHash<qint64, Tag> &tags)
{
    m_article = article;
    m_spans = spans;
    m_tags = tags;
    rebuildDocument();
    updateHeader();
}

void ReaderView::setSpans(const QList<Span> &spans, const QHash<qint64, Tag> &tags)
{
    m_spans = spans;
    m_tags = tags;
    applyFormats();
}

void ReaderView::setCoderColors(const QHash<QString, QColor> &colors)
{
    m_coderColors = colors;
    QStringList coders = colors.keys();
    std::sort(coders.begin(), coders.end());
    m_coderLanes.clear();
    for (int i = 0; i < coders.size(); ++i)
        m_coderLanes.insert(coders.at(i), i % 3);
    viewport()->update();
}

void ReaderView::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    paintCoderStripes();
}

// A stripe in the coder's colour in the document margin beside every line a span of the
// coder's covers: whose coding a highlight is shows without hovering.
void ReaderView::paintCoderStripes()
{
    if (m_spans.isEmpty() || m_coderColors.isEmpty())
        return;
    struct Range
    {
        int from;
        int to;
        QColor color;
        int lane;
    };
    QList<Range> ranges;
    for (const Span &s : std::as_const(m_spans)) {
        const QColor color = m_coderColors.value(s.author);
        if (!color.isValid())
            continue;
        const auto d = m_map.toDisplay(TextRange { s.start, s.end });
        if (d.second > d.first)
            ranges.append(Range { d.first, d.second, color, m_coderLanes.value(s.author) });
    }
    if (ranges.isEmpty())
        return;
    QPainter p(viewport());
    const QPointF offset = contentOffset();
    const int bottom = viewport()->height();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF box = blockBoundingGeometry(block).translated(offset);
        if (box.top() > bottom)
            break;
        const QTextLayout *layout = block.layout();
        for (int i = 0; layout && i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int from = block.position() + line.textStart();
            const int to = from + std::max(1, line.textLength());
            const QRectF rect = line.rect().translated(box.topLeft());
            for (const Range &r : std::as_const(ranges)) {
                if (r.from < to && r.to > from)
                    p.fillRect(QRectF(stripeX(r.lane), rect.top(), kStripeWidth, rect.height()), r.color);
            }
        }
    }
}

void ReaderView::clearArticle()
{
    m_article = Article();
    m_spans.clear();
    m_tags.clear();
    rebuildDocument();
    updateHeader();
}

void ReaderView::setShowBoilerplate(bool show)
{
    if (show == m_showBoilerplate)
        return;
    const TextRange keep = selectedRange();
    const int scroll = verticalScrollBar()->value();
    m_showBoilerplate = show;
    rebuildDocument();
    if (keep.length() > 0)
        selectRange(keep.start, keep.end);
    else
        verticalScrollBar()->setValue(scroll);
}

void ReaderView::rebuildDocument()
{
    m_map = DisplayMap(m_article.text, m_showBoilerplate ? QList<TextRange>() : m_article.boilerplate);
    m_map.splitLongParagraphs();
    m_formattedBlocks.clear(); // setPlainText drops every block and its layout
    setPlainText(m_map.displayText());
    applyFormats();
}

QColor ReaderView::spanColor(const Span &span) const
{
    for (qint64 id : span.tagIds) {
        const auto it = m_tags.constFind(id);
        if (it != m_tags.cend() && it->color.isValid())
            return it->color;
    }
    return TagColors::untaggedColor(palette());
}

void ReaderView::applyFormats()
{
    QTextDocument *doc = document();
    for (int n : std::as_const(m_formattedBlocks)) {
        QTextBlock b = doc->findBlockByNumber(n);
        if (b.isValid() && b.layout())
            b.layout()->clearFormats();
    }
    int dirtyFrom = m_formattedBlocks.isEmpty() ? -1 : doc->findBlockByNumber(m_formattedBlocks.first()).position();
    int dirtyTo = m_formattedBlocks.isEmpty() ? -1 : doc->findBlockByNumber(m_formattedBlocks.last()).position();
    m_formattedBlocks.clear();

    struct Piece
    {
        int start;
        int end;
        QTextCharFormat format;
    };
    QList<Piece> pieces;
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    if (m_showBoilerplate) {
        QTextCharFormat muted;
        muted.setForeground(palette().color(QPalette::PlaceholderText));
        for (const TextRange &r : std::as_const(m_article.boilerplate)) {
            const auto d = m_map.toDisplay(r);
            pieces.append(Piece { d.first, d.second, muted });
        }
    }
    QList<std::pair<int, int>> ranges;
    ranges.reserve(m_spans.size());
    QList<QColor> colors;
    colors.reserve(m_spans.size());
    QList<bool> noted;
    noted.reserve(m_spans.size());
    for (const Span &s : std::as_const(m_spans)) {
        ranges.append(m_map.toDisplay(TextRange { s.start, s.end }));
        colors.append(spanColor(s));
        noted.append(!s.note.trimmed().isEmpty());
    }
    for (const SpanSegment &seg : SpanSegments::build(ranges)) {
        QList<QColor> layers;
        bool hasNote = false;
        for (int i : seg.layers) {
            layers.append(colors.at(i));
            hasNote = hasNote || noted.at(i);
        }
        const QColor bg = TagColors::layered(base, layers);
        QTextCharFormat f;
        f.setBackground(bg);
        f.setForeground(TagColors::readableText(bg, text));
        if (hasNote) {
            // A span with a note is underlined with dashes in the text colour: the note is
            // there to be read (hover, or Ctrl+E), and shows without hovering.
            f.setUnderlineStyle(QTextCharFormat::DashUnderline);
            f.setUnderlineColor(f.foreground().color());
        } else if (seg.layers.size() > 1) {
            // Overlaps get the innermost span's colour as an underline, so each layer shows.
            f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            f.setUnderlineColor(layers.last().darker(140));
        }
        pieces.append(Piece { seg.start, seg.end, f });
    }
    std::stable_sort(pieces.begin(), pieces.end(), [](const Piece &a, const Piece &b) { return a.start < b.start; });

    // Hand each block its formats; pieces are sorted, so the block cursor only moves on.
    QMap<int, QList<QTextLayout::FormatRange>> perBlock;
    QTextBlock block = doc->begin();
    for (const Piece &p : std::as_const(pieces)) {
        while (block.isValid() && p.start >= block.position() + block.length())
            block = block.next();
        for (QTextBlock b = block; b.isValid() && b.position() < p.end; b = b.next()) {
            const int from = std::max(p.start, b.position()) - b.position();
            const int to = std::min(p.end, b.position() + b.length() - 1) - b.position();
            if (to > from)
                perBlock[b.blockNumber()].append(QTextLayout::FormatRange { from, to - from, p.format });
        }
    }
    for (auto it = perBlock.cbegin(); it != perBlock.cend(); ++it) {
        QTextBlock b = doc->findBlockByNumber(it.key());
        b.layout()->setFormats(it.value());
        m_formattedBlocks.append(it.key());
    }
    if (!perBlock.isEmpty()) {
        const int from = doc->findBlockByNumber(perBlock.firstKey()).position();
        const QTextBlock last = doc->findBlockByNumber(perBlock.lastKey());
        dirtyFrom = dirtyFrom < 0 ? from : std::min(dirtyFrom, from);
        dirtyTo = std::max(dirtyTo, last.position() + last.length());
    }
    if (dirtyFrom >= 0)
        doc->markContentsDirty(dirtyFrom, std::max(0, dirtyTo - dirtyFrom));
    viewport()->update();
}

void ReaderView::setMetadata(const ArticleMetadata &metadata)
{
    m_article.title = metadata.title;
    m_article.outlet = metadata.outlet;
    m_article.author = metadata.author;
    m_article.published = metadata.published;
    updateHeader();
}

void ReaderView::updateHeader()
{
    if (m_article.id == 0 && m_article.title.isEmpty()) {
        m_header->clear();
        m_header->hide();
        updateMargins();
        return;
    }
    QStringList meta;
    if (!m_article.outlet.isEmpty())
        meta << m_article.outlet.toHtmlEscaped();
    if (m_article.published.isValid())
        meta << QLocale().toString(m_article.published, QLocale::LongFormat).toHtmlEscaped();
    if (!m_article.author.isEmpty())
        meta << tr("by %1").arg(m_article.author).toHtmlEscaped();
    const QString title = m_article.title.isEmpty() ? tr("Untitled article") : m_article.title;
    const QColor muted = palette().color(QPalette::PlaceholderText);
    m_header->setText(QStringLiteral("<div style='font-size:x-large; font-weight:600'>%1</div>"
                                     "<div style='color:%2'>%3</div>")
                          .arg(title.toHtmlEscaped(), muted.name(), meta.join(QStringLiteral(" · "))));
    m_header->show();
    updateMargins();
}

void ReaderView::updateMargins()
{
    const int frame = frameWidth();
    const int available = width() - 2 * frame - (verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0);
    const int column = fontMetrics().averageCharWidth() * kColumnChars + 2 * int(document()->documentMargin());
    const int side = std::max(0, (available - column) / 2);
    const int headerWidth = std::max(100, available - 2 * side);
    // isHidden, not isVisible: on a tab that is not current (an article opened from the compare
    // or figures tab) the header is not visible yet, and a margin of 0 left the heading over
    // the first lines once the tab was shown, with no resize to set it right.
    const bool header = !m_header->isHidden();
    const int headerHeight = header ? m_header->heightForWidth(headerWidth) : 0;
    setViewportMargins(side, headerHeight, side, 0);
    if (header)
        m_header->setGeometry(frame + side, frame, headerWidth, headerHeight);
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMargins();
}

void ReaderView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyFormats();
        updateHeader();
    } else if (event->type() == QEvent::FontChange) {
        updateMargins();
    }
}

QMimeData *ReaderView::createMimeDataFromSelection() const
{
    // Copy what the article says: spaces the display turned into line breaks come back.
    const QTextCursor c = textCursor();
    auto *mime = new QMimeData;
    mime->setText(m_map.plainText().mid(c.selectionStart(), c.selectionEnd() - c.selectionStart()));
    return mime;
}

TextRange ReaderView::selectedRange() const
{
    const QTextCursor c = textCursor();
    return m_map.toStored(c.selectionStart(), c.selectionEnd());
}

void ReaderView::selectRange(qint64 start, qint64 end)
{
    const auto d = m_map.toDisplay(TextRange { std::min(start, end), std::max(start, end) });
    QTextCursor c(document());
    // The anchor at the end and the cursor at the start keep the start in view.
    c.setPosition(d.second);
    c.setPosition(d.first, QTextCursor::KeepAnchor);
    setTextCursor(c);
    centerCursor();
}

qint64 ReaderView::cursorOffset() const
{
    return m_map.toStored(textCursor().position());
}

QPoint ReaderView::annotationPopupPosition() const
{
    return viewport()->mapToGlobal(cursorRect().bottomLeft() + QPoint(0, 4));
}

QString ReaderView::tagPath(qint64 tagId) const
{
    QStringList parts;
    QSet<qint64> seen;
    for (qint64 id = tagId; id > 0 && !seen.contains(id);) {
        seen.insert(id);
        const auto it = m_tags.constFind(id);
        if (it == m_tags.cend())
            break;
        parts.prepend(it->name);
        id = it->parentId;
    }
    return parts.join(QLatin1Char('/'));
}

QString ReaderView::tooltipForOffset(qint64 offset) const
{
    QStringList blocks;
    for (const Span &s : spansAt(offset)) {
        QStringList tags;
        for (qint64 id : s.tagIds) {
            const QColor c = m_tags.value(id).color;
            tags << QStringLiteral("<span style='color:%1'>■</span> <b>%2</b>")
                        .arg(c.isValid() ? c.name() : QStringLiteral("gray"), tagPath(id).toHtmlEscaped());
        }
        QString block = tags.isEmpty() ? tr("<i>untagged span</i>") : tags.join(QStringLiteral("<br/>"));
        if (!s.author.isEmpty())
            block += QStringLiteral("<br/><i>%1</i>").arg(tr("coded by %1").arg(s.author).toHtmlEscaped());
        if (!s.note.isEmpty()) {
            block
                += QStringLiteral("<br/>") + s.note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
            if (!s.noteAuthor.isEmpty() && s.noteAuthor != s.author)
                block += QStringLiteral(" <i>(%1)</i>").arg(s.noteAuthor.toHtmlEscaped());
        }
        blocks << block;
    }
    return blocks.join(QStringLiteral("<hr/>"));
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    const QTextCursor at = cursorForPosition(event->pos());
    emit contextMenuAboutToShow(menu, m_map.toStored(at.position()));
    menu->exec(event->globalPos());
    delete menu;
}

bool ReaderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor at = cursorForPosition(help->pos());
        const QString tip = tooltipForOffset(m_map.toStored(at.position()));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

} // namespace crossread
