#include "CompareSummaryBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTextDocumentFragment>

namespace crossread {

CompareSummary CompareSummary::of(const ComparisonResult &result)
{
    CompareSummary s;
    s.shared = result.sharedRatio();
    s.supportA = result.supportOfA();
    s.supportB = result.supportOfB();
    for (const Alignment &p : result.alignments) {
        switch (p.kind) {
        case Alignment::Identical:
            ++s.identical;
            break;
        case Alignment::Paraphrase:
            ++s.paraphrase;
            break;
        case Alignment::SplitMerge:
            ++s.splitMerge;
            break;
        case Alignment::Partial:
            ++s.partial;
            break;
        case Alignment::Changed:
            ++s.changed;
            break;
        }
        if (p.moved)
            ++s.moved;
    }
    s.onlyA = int(result.onlyA.size());
    s.onlyB = int(result.onlyB.size());
    for (const FigureComparison &f : result.figures)
        if (f.status == FigureComparison::Conflict)
            ++s.conflicts;
    return s;
}

CompareSummaryBar::CompareSummaryBar(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("compareSummary"));
    m_label->setObjectName(QStringLiteral("compareSummaryText"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setWordWrap(true); // a narrow window gets two lines rather than a clipped count
    m_progress->setObjectName(QStringLiteral("compareBusy"));
    m_progress->setRange(0, 0); // indeterminate: the engine reports no progress
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(m_label->sizeHint().height());
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_label, 1);
    render();
}

void CompareSummaryBar::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    render();
}

void CompareSummaryBar::setSummary(const CompareSummary &summary)
{
    m_summary = summary;
    m_hasSummary = true;
    render();
}

void CompareSummaryBar::clear()
{
    m_hasSummary = false;
    render();
}

QString CompareSummaryBar::text() const
{
    return QTextDocumentFragment::fromHtml(m_label->text()).toPlainText();
}

void CompareSummaryBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void CompareSummaryBar::render()
{
    if (m_busy) {
        m_label->setText(tr("Comparing…"));
        return;
    }
    if (!m_hasSummary) {
        m_label->setText(tr("Choose two articles to compare."));
        return;
    }
    const CompareColors colors = CompareColors::forPalette(palette());
    const auto item = [](const QColor &swatch, const QString &text) {
        return QStringLiteral("<span style='color:%1'>■</span>&nbsp;%2").arg(swatch.name(), text.toHtmlEscaped());
    };
    const CompareSummary &s = m_summary;
    QStringList parts;
    const auto percent = [](double share) { return QLocale().toString(share * 100.0, 'f', 0) + QLocale().percent(); };
    parts << QStringLiteral("<b>%1</b>")
                 .arg(tr("A supported by B: %1, B supported by A: %2")
                          .arg(percent(s.supportA), percent(s.supportB))
                          .toHtmlEscaped());
    parts << tr("%1 shared").arg(percent(s.shared)).toHtmlEscaped();
    parts << item(colors.ink[CompareColors::Identical], tr("%n identical", nullptr, s.identical));
    parts << item(colors.ink[CompareColors::Paraphrase], tr("%n paraphrased", nullptr, s.paraphrase));
    if (s.splitMerge > 0)
        parts << item(colors.ink[CompareColors::Paraphrase], tr("%n split/merged", nullptr, s.splitMerge));
    if (s.partial > 0)
        parts << item(colors.ink[CompareColors::Changed], tr("%n partial", nullptr, s.partial));
    parts << item(colors.ink[CompareColors::Changed], tr("%n changed", nullptr, s.changed));
    parts << tr("%n moved", nullptr, s.moved).toHtmlEscaped();
    parts << item(colors.ink[CompareColors::Only], tr("%n only in A", nullptr, s.onlyA));
    parts << item(colors.ink[CompareColors::Only], tr("%n only in B", nullptr, s.onlyB));
    const QString conflicts = s.conflicts == 1 ? tr("1 figure conflict") : tr("%1 figure conflicts").arg(s.conflicts);
    parts << (s.conflicts > 0 ? QStringLiteral("<b style='color:%1'>%2</b>")
                                    .arg(colors.ink[CompareColors::Conflict].name(), conflicts.toHtmlEscaped())
                              : conflicts.toHtmlEscaped());
    m_label->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

} // namespace crossread
