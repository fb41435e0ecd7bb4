#pragma once
// Draws one answer of "who else says this?" in two parts: the verdict on its figures (a
// coloured mark and a word: agrees, conflicts, no figures), the article's title and how
// closely it states the claim; then the sentence text, wrapped, with its figures marked (those
// in conflict in the conflict colour). Colours come from CompareColors, so dark palettes work.
#include <QStyledItemDelegate>

class QTextDocument;

namespace crossread {

class SimilarClaimDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The row as rich text, for drawing and for tests.
    static QString html(const QModelIndex &index, const QPalette &palette, bool selected);
    static QString verdictWord(int verdict);

private:
    static void layout(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index);
};

} // namespace crossread
