#pragma once
// One side of the compare view: an article's text, read-only, with the comparison painted in
// (sentence tints, word highlights, outlined figure conflicts) and the article's spans kept
// visible as underlines in their tags' colours beneath it. Positions are display UTF-16 indices
// (see ComparedText); the pane scrolls by pixel so the two sides can align sentence by sentence.
// The AnnotationController acts on it as on the reader.
#include "AnnotationTarget.h"
#include "ComparedText.h"

#include <QColor>
#include <QHash>
#include <QTextEdit>

class QMenu;

namespace crossread {

struct PaneHighlight
{
    int start = 0;
    int end = 0;
    QColor background;
    bool bold = false;
};

// A range with an outline (figure conflicts) or just a tooltip (sentences).
struct PaneMark
{
    int start = 0;
    int end = 0;
    QColor outline; // invalid: no outline
    QString toolTip;
    bool dashed = false;
};

class ComparePane : public QTextEdit, public AnnotationTarget
{
    Q_OBJECT
public:
    explicit ComparePane(QWidget *parent = nullptr);

    void setComparedText(const ComparedText &text);
    const ComparedText &comparedText() const { return m_text; }
    qint64 articleId() const { return m_text.articleId(); }

    // Highlights later in the list win where they overlap; marks are tried in order for tooltips.
    void setComparison(const QList<PaneHighlight> &highlights, const QList<PaneMark> &marks);
    void clearComparison() { setComparison({}, {}); }
    const QList<PaneMark> &marks() const { return m_marks; }
    // The difference F7 went to, marked by a bar in the left margin; from < 0 clears it.
    void setCurrentRange(int from, int to);
    void setSpans(const QList<Span> &spans, const QHash<qint64, Tag> &tags);
    const QList<Span> &spans() const { return m_spans; }

    // One rectangle per line a range covers, in document coordinates.
    QList<QRectF> lineRects(int from, int to) const;
    // Top and bottom of a range in document coordinates (the first and last line it touches).
    QPair<qreal, qreal> verticalExtent(int from, int to) const;
    qreal documentHeight() const;
    int scrollY() const;

    TextRange selectedStoredRange() const;
    QPair<int, int> selectedDisplayRange() const;
    // Selects [from, to) without scrolling; an empty range just moves the cursor.
    void selectDisplayRange(int from, int to);
    QString toolTipAt(int displayPos) const;

    QWidget *annotationWidget() override { return this; }
    qint64 annotatedArticleId() const override { return articleId(); }
    TextRange annotationSelection() const override { return selectedStoredRange(); }
    QList<Span> annotationSpans() const override { return m_spans; }
    QPoint annotationPopupPosition() const override;

signals:
    void layoutChanged(); // sizes or line breaks changed: positions must be read again
    void contextMenuAboutToShow(QMenu *menu, int displayPos);

protected:
    QMimeData *createMimeDataFromSelection() const override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Underline
    {
        int start = 0;
        int end = 0;
        QColor color;
        int lane = 0; // overlapping spans stack their underlines downwards
    };
    void applyFormats();
    void rebuildUnderlines();
    void updateSelectionColors();

    ComparedText m_text;
    QList<PaneHighlight> m_highlights;
    QList<PaneMark> m_marks;
    QList<Span> m_spans;
    QHash<qint64, Tag> m_tags;
    QList<Underline> m_underlines;
    QList<int> m_formattedBlocks;
    int m_currentFrom = -1;
    int m_currentTo = -1;
};

} // namespace crossread
