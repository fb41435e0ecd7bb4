#include "SimilarClaimDelegate.h"

#include "compare/CompareColors.h"
#include "models/SimilarClaimModel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

namespace crossread {

namespace {
constexpr int kMargin = 4;
}

QString SimilarClaimDelegate::verdictWord(int verdict)
{
    switch (verdict) {
    case SimilarClaimModel::Agrees:
        return tr("figures agree");
    case SimilarClaimModel::Conflicts:
        return tr("figures conflict");
    default:
        return tr("no figures to compare");
    }
}

QString SimilarClaimDelegate::html(const QModelIndex &index, const QPalette &palette, bool selected)
{
    const CompareColors colors = CompareColors::forPalette(palette);
    const int verdict = index.data(SimilarClaimModel::VerdictRole).toInt();
    const QString text = index.data(SimilarClaimModel::TextRole).toString();
    const QColor ink = selected                   ? palette.color(QPalette::HighlightedText)
        : verdict == SimilarClaimModel::Conflicts ? colors.ink[CompareColors::Conflict]
        : verdict == SimilarClaimModel::Agrees    ? colors.ink[CompareColors::Inserted]
                                                  : palette.color(QPalette::PlaceholderText);
    const QString mark = verdict == SimilarClaimModel::Conflicts ? QStringLiteral("✗")
        : verdict == SimilarClaimModel::Agrees                   ? QStringLiteral("✓")
                                                                 : QStringLiteral("·");
    const QString percent = QLocale().toString(index.data(SimilarClaimModel::SimilarityRole).toDouble() * 100, 'f', 0)
        + QLocale().percent();
    QString out = QStringLiteral("<div><span style='color:%1'><b>%2 %3</b></span> &nbsp;<b>%4</b> &nbsp;%5</div>")
                      .arg(ink.name(), mark, verdictWord(verdict).toHtmlEscaped(),
                          index.data(SimilarClaimModel::TitleRole).toString().toHtmlEscaped(),
                          tr("%1 alike").arg(percent).toHtmlEscaped());
    // The figures, marked in the text; they do not overlap and come in text order.
    QString body;
    qsizetype at = 0;
    for (const QVariant &v : index.data(SimilarClaimModel::FiguresRole).toList()) {
        const QVariantMap f = v.toMap();
        const qsizetype from = f.value(QStringLiteral("start")).toLongLong();
        const qsizetype to = f.value(QStringLiteral("end")).toLongLong();
        if (from < at || to <= from)
            continue;
        const bool conflict = f.value(QStringLiteral("conflict")).toBool();
        body += text.mid(at, from - at).toHtmlEscaped();
        const QColor background
            = conflict ? colors.background[CompareColors::Conflict] : colors.background[CompareColors::Inserted];
        body += selected ? QStringLiteral("<b><u>%1</u></b>").arg(text.mid(from, to - from).toHtmlEscaped())
                         : QStringLiteral("<b style='background-color:%1; color:%2'>%3</b>")
                               .arg(background.name(), colors.text.name(), text.mid(from, to - from).toHtmlEscaped());
        at = to;
    }
    body += text.mid(at).toHtmlEscaped();
    body.replace(u'\n', u' ');
    out += QStringLiteral("<div>%1</div>").arg(body);
    return out;
}

void SimilarClaimDelegate::layout(QTextDocument &doc, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const bool selected = option.state & QStyle::State_Selected;
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(kMargin);
    doc.setDefaultStyleSheet(
        QStringLiteral("body { color: %1; }")
            .arg(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text).name()));
    doc.setHtml(QStringLiteral("<body>%1</body>").arg(html(index, option.palette, selected)));
    doc.setTextWidth(std::max(80, option.rect.width()));
}

void SimilarClaimDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the style draws the background, focus and selection; the text is ours
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    QTextDocument doc;
    layout(doc, option, index);
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(QRect(QPoint(), option.rect.size()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text,
        option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    doc.documentLayout()->draw(painter, context);
    // A line between answers keeps long sentences apart.
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->drawLine(0, option.rect.height() - 1, option.rect.width(), option.rect.height() - 1);
    painter->restore();
}

QSize SimilarClaimDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Rows wrap to the list's width, whatever rectangle the view asks with.
    QStyleOptionViewItem opt = option;
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        opt.rect.setWidth(view->viewport()->width());
    QTextDocument doc;
    layout(doc, opt, index);
    return QSize(opt.rect.width(), int(std::ceil(doc.size().height())) + 1);
}

} // namespace crossread
