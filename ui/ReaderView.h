#pragma once
// The reading surface: one article's text, read-only, with every span painted in its
// tag's colour, a stripe in the coder's colour beside the lines it covers, and boilerplate
// shown muted or left out. All positions it reports are stored code point offsets; the
// display's UTF-16 positions stay inside (DisplayMap). The AnnotationController acts on it.
#include "AnnotationTarget.h"
#include "DisplayMap.h"
#include "domain/Types.h"

#include <QHash>
#include <QPlainTextEdit>

class QLabel;
class QMenu;

namespace crossread {

class ReaderView : public QPlainTextEdit, public AnnotationTarget
{
    Q_OBJECT
public:
    explicit ReaderView(QWidget *parent = nullptr);

    // Builds the document once and paints every span in one pass. tags must hold every
    // tag the spans refer to, and their ancestors for the tooltips' tag paths.
    void setArticle(const Article &article, const QList<Span> &spans, const QHash<qint64, Tag> &tags);
    // Repaints the highlights only (after a span or tag edit); keeps selection and scroll.
    void setSpans(const QList<Span> &spans, const QHash<qint64, Tag> &tags);
    void clearArticle();
    // The colour of each coder's stripe; a coder without one gets no stripe.
    void setCoderColors(const QHash<QString, QColor> &colors);
    QColor coderColor(const QString &coder) const { return m_coderColors.value(coder); }

    const Article &article() const { return m_article; }
    qint64 articleId() const { return m_article.id; }
    const QList<Span> &spans() const { return m_spans; }
    const DisplayMap &displayMap() const { return m_map; }

    bool showBoilerplate() const { return m_showBoilerplate; }
    void setShowBoilerplate(bool show);

    // The selection in stored code points (start == end when nothing is selected).
    TextRange selectedRange() const;
    // Shows and selects a stored range; the range is clamped to the text.
    void selectRange(qint64 start, qint64 end);
    qint64 cursorOffset() const;
    // Where the coder stripes run: the left edge of the text, in viewport coordinates.
    static constexpr int kStripeWidth = 3;
    static int stripeX(int lane) { return 2 + lane * (kStripeWidth + 1); }

    QWidget *annotationWidget() override { return this; }
    qint64 annotatedArticleId() const override { return articleId(); }
    TextRange annotationSelection() const override { return selectedRange(); }
    QList<Span> annotationSpans() const override { return m_spans; }
    QPoint annotationPopupPosition() const override;

    QString tagPath(qint64 tagId) const;
    QString tooltipForOffset(qint64 offset) const;

signals:
    void selectedRangeChanged(const crossread::TextRange &range);
    // Emitted while the context menu is built so the window can add its actions.
    void contextMenuAboutToShow(QMenu *menu, qint64 offset);

protected:
    QMimeData *createMimeDataFromSelection() const override;
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildDocument();
    void applyFormats();
    void updateHeader();
    void updateMargins();
    QColor spanColor(const Span &span) const;
    void paintCoderStripes();

    Article m_article;
    QList<Span> m_spans;
    QHash<qint64, Tag> m_tags;
    QHash<QString, QColor> m_coderColors;
    QHash<QString, int> m_coderLanes; // one lane per coder, so two coders' stripes stand side by side
    DisplayMap m_map;
    bool m_showBoilerplate = false;
    QLabel *m_header = nullptr;
    QList<int> m_formattedBlocks; // block numbers carrying formats, to clear on the next pass
};

} // namespace crossread
