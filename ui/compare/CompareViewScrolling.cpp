// CompareView: sentence geometry, synchronised scrolling, the gutter and minimap overlays, and
// walking through the differences.
#include "CompareView.h"

#include "CompareColors.h"
#include "ComparePane.h"
#include "ConnectorGutter.h"
#include "DiffMinimap.h"

#include <QAction>
#include <QHash>
#include <QLabel>
#include <QScopedValueRollback>
#include <QScrollBar>

namespace crossread {

namespace {

CompareColors::Role roleOf(const CompareDifference &d, const ComparisonResult &result)
{
    switch (d.kind) {
    case CompareDifference::Paraphrase:
        return CompareColors::Paraphrase;
    case CompareDifference::Changed:
    case CompareDifference::Partial:
        return CompareColors::Changed;
    case CompareDifference::SplitMerge:
        return CompareColors::Paraphrase;
    case CompareDifference::Moved:
        return CompareColors::Identical;
    case CompareDifference::OnlyA:
    case CompareDifference::OnlyB:
        return CompareColors::Only;
    case CompareDifference::FigureConflict:
        return CompareColors::Conflict;
    }
    return CompareColors::roleForKind(result.alignments.value(d.alignment).kind);
}

// The minimap shows a text shorter than its pane as the pane shows it: at the top, not stretched.
double minimapHeight(const ComparePane *pane)
{
    return std::max<double>({ 1.0, pane->documentHeight(), double(pane->viewport()->height()) });
}

} // namespace

void CompareView::invalidateGeometry()
{
    m_geometryValid = false;
}

void CompareView::ensureGeometry()
{
    if (m_geometryValid || !m_hasResult)
        return;
    const auto extents = [](ComparePane *pane, const ComparedText &text, const QList<Sentence> &sentences) {
        QList<QPair<qreal, qreal>> out;
        out.reserve(sentences.size());
        for (const Sentence &s : sentences) {
            const auto r = text.displayRange(s.start, s.end);
            out.append(pane->verticalExtent(r.first, r.second));
        }
        return out;
    };
    m_extentA = extents(m_paneA, m_textA, m_result.sentencesA);
    m_extentB = extents(m_paneB, m_textB, m_result.sentencesB);
    // Sentence tops of the in-order alignments tie the two documents together, each clamped to how
    // far its pane can scroll; the scroll ends meet so that both texts can be read to the end.
    const double maxA = m_paneA->verticalScrollBar()->maximum();
    const double maxB = m_paneB->verticalScrollBar()->maximum();
    QList<QPointF> points { QPointF(0, 0), QPointF(maxA, maxB) };
    for (const Alignment &p : std::as_const(m_result.alignments))
        if (!p.moved)
            points.append(
                QPointF(std::min(m_extentA.at(p.a.first).first, maxA), std::min(m_extentB.at(p.b.first).first, maxB)));
    m_anchors.setPoints(points);
    m_geometryValid = true;
    updateMinimapMarks();
}

void CompareView::syncFrom(ComparePane *source)
{
    if (m_syncing || !m_hasResult)
        return;
    ensureGeometry();
    ComparePane *target = source == m_paneA ? m_paneB : m_paneA;
    const int value = source->verticalScrollBar()->value();
    const double mapped = source == m_paneA ? m_anchors.mapAToB(value) : m_anchors.mapBToA(value);
    QScopedValueRollback<bool> guard(m_syncing, true);
    target->verticalScrollBar()->setValue(qRound(mapped));
}

int CompareView::gutterOffset(ComparePane *pane) const
{
    return pane->viewport()->mapTo(this, QPoint()).y() - m_gutter->mapTo(this, QPoint()).y();
}

void CompareView::updateOverlays()
{
    if (!m_hasResult) {
        m_gutter->setBands({});
        return;
    }
    ensureGeometry();
    const CompareColors colors = CompareColors::forPalette(palette());
    const qreal offsetA = gutterOffset(m_paneA) - m_paneA->scrollY();
    const qreal offsetB = gutterOffset(m_paneB) - m_paneB->scrollY();
    const qreal height = m_gutter->height();
    QHash<int, int> differenceOfPair;
    QHash<int, int> differenceOfOnlyA;
    QHash<int, int> differenceOfOnlyB;
    for (int i = int(m_differences.size()) - 1; i >= 0; --i) {
        const CompareDifference &d = m_differences.at(i);
        if (d.kind == CompareDifference::OnlyA)
            differenceOfOnlyA.insert(d.sentenceA, i);
        else if (d.kind == CompareDifference::OnlyB)
            differenceOfOnlyB.insert(d.sentenceB, i);
        else
            differenceOfPair.insert(d.alignment, i); // the alignment itself, listed before its conflicts
    }
    const auto outside = [height](qreal top, qreal bottom) { return bottom < 0 || top > height; };
    QList<ConnectorBand> identical;
    QList<ConnectorBand> different;
    for (int i = 0; i < m_result.alignments.size(); ++i) {
        const Alignment &p = m_result.alignments.at(i);
        ConnectorBand band; // an n:m alignment is one bracket joining the whole runs of both sides
        band.leftTop = m_extentA.at(p.a.first).first + offsetA;
        band.leftBottom = m_extentA.at(p.a.last()).second + offsetA;
        band.rightTop = m_extentB.at(p.b.first).first + offsetB;
        band.rightBottom = m_extentB.at(p.b.last()).second + offsetB;
        if (outside(band.leftTop, band.leftBottom) && outside(band.rightTop, band.rightBottom))
            continue;
        const CompareColors::Role role = CompareColors::roleForKind(p.kind);
        band.fill = colors.fill(role, role == CompareColors::Identical ? 0.16 : 0.34);
        band.outline = colors.ink[role];
        band.dashed = p.moved;
        band.hatched = p.kind == Alignment::Partial;
        band.bracket = p.a.count > 1 || p.b.count > 1;
        band.difference = differenceOfPair.value(i, -1);
        band.alignment = i;
        (p.kind == Alignment::Identical && !p.moved ? identical : different).append(band);
    }
    const auto oneSided = [&](const QList<int> &only, bool left) {
        for (int index : only) {
            const auto &e = left ? m_extentA.at(index) : m_extentB.at(index);
            ConnectorBand band;
            band.side = left ? ConnectorBand::LeftOnly : ConnectorBand::RightOnly;
            const qreal offset = left ? offsetA : offsetB;
            band.leftTop = band.rightTop = e.first + offset;
            band.leftBottom = band.rightBottom = e.second + offset;
            if (outside(band.leftTop, band.leftBottom))
                continue;
            band.fill = colors.fill(CompareColors::Only, 0.5);
            band.outline = colors.ink[CompareColors::Only];
            band.difference = (left ? differenceOfOnlyA : differenceOfOnlyB).value(index, -1);
            different.append(band);
        }
    };
    oneSided(m_result.onlyA, true);
    oneSided(m_result.onlyB, false);
    m_gutter->setBands(identical + different); // differences paint on top

    for (int column = 0; column < 2; ++column) {
        ComparePane *pane = column == 0 ? m_paneA : m_paneB;
        const double total = minimapHeight(pane);
        m_minimap->setViewport(column, pane->scrollY() / total, (pane->scrollY() + pane->viewport()->height()) / total);
    }
}

void CompareView::updateMinimapMarks()
{
    const CompareColors colors = CompareColors::forPalette(palette());
    const double heightA = minimapHeight(m_paneA);
    const double heightB = minimapHeight(m_paneB);
    QList<MinimapMark> marks;
    for (const CompareDifference &d : std::as_const(m_differences)) {
        const QColor color = colors.ink[roleOf(d, m_result)];
        if (d.hasA()) {
            const auto r = m_textA.displayRange(d.aStart, d.aEnd);
            const auto e = m_paneA->verticalExtent(r.first, r.second);
            marks.append({ 0, e.first / heightA, e.second / heightA, color });
        }
        if (d.hasB()) {
            const auto r = m_textB.displayRange(d.bStart, d.bEnd);
            const auto e = m_paneB->verticalExtent(r.first, r.second);
            marks.append({ 1, e.first / heightB, e.second / heightB, color });
        }
    }
    m_minimap->setMarks(marks);
}

void CompareView::jumpTo(int column, double fraction)
{
    ComparePane *pane = column == 0 ? m_paneA : m_paneB;
    const int y = int(fraction * pane->documentHeight() - pane->viewport()->height() / 2.0);
    pane->verticalScrollBar()->setValue(y); // the other pane follows through syncFrom
}

void CompareView::nextDifference()
{
    if (m_differences.isEmpty())
        return;
    if (m_current + 1 >= m_differences.size()) {
        emit message(tr("This is the last difference."));
        return;
    }
    goToDifference(m_current + 1);
}

void CompareView::previousDifference()
{
    if (m_differences.isEmpty())
        return;
    if (m_current <= 0) {
        emit message(tr("This is the first difference."));
        if (m_current < 0)
            goToDifference(0);
        return;
    }
    goToDifference(m_current - 1);
}

void CompareView::goToDifference(int index)
{
    if (index < 0 || index >= m_differences.size())
        return;
    ensureGeometry();
    m_current = index;
    const CompareDifference &d = m_differences.at(index);
    m_currentAlignment = d.alignment;
    const auto rangeA = d.hasA() ? m_textA.displayRange(d.aStart, d.aEnd) : QPair<int, int>(-1, -1);
    const auto rangeB = d.hasB() ? m_textB.displayRange(d.bStart, d.bEnd) : QPair<int, int>(-1, -1);
    m_paneA->setCurrentRange(rangeA.first, rangeA.second);
    m_paneB->setCurrentRange(rangeB.first, rangeB.second);
    // A figure conflict lights up the band of its sentence pair.
    int band = index;
    for (int i = 0; d.kind == CompareDifference::FigureConflict && i < m_differences.size(); ++i)
        if (m_differences.at(i).alignment == d.alignment
            && m_differences.at(i).kind != CompareDifference::FigureConflict)
            band = i;
    m_gutter->setCurrentDifference(band);
    {
        QScopedValueRollback<bool> guard(m_syncing, true);
        const auto show = [](ComparePane *pane, const ComparedText &text, bool has, qint64 start, qint64 end) {
            if (!has) {
                const int at = pane->textCursor().position();
                pane->selectDisplayRange(at, at);
                return;
            }
            const auto r = text.displayRange(start, end);
            pane->selectDisplayRange(r.first, r.second);
            // A third of the way down leaves the context before the difference in view.
            const int top = int(pane->verticalExtent(r.first, r.second).first);
            pane->verticalScrollBar()->setValue(top - pane->viewport()->height() / 3);
        };
        show(m_paneA, m_textA, d.hasA(), d.aStart, d.aEnd);
        show(m_paneB, m_textB, d.hasB(), d.bStart, d.bEnd);
    }
    if (!d.hasA())
        syncFrom(m_paneB);
    else if (!d.hasB())
        syncFrom(m_paneA);
    updateOverlays();
    updatePositionLabel();
    QString what = CompareDifferences::kindName(d.kind);
    if (d.moved && d.kind != CompareDifference::Moved)
        what = tr("%1, moved").arg(what);
    if (d.kind == CompareDifference::FigureConflict)
        what = tr("%1: %2").arg(what, CompareDifferences::conflictText(m_result.figures.at(d.figure)));
    emit message(tr("Difference %1 of %2: %3").arg(index + 1).arg(m_differences.size()).arg(what));
    emit currentDifferenceChanged(index);
}

void CompareView::updatePositionLabel()
{
    const int count = int(m_differences.size());
    m_nextAction->setEnabled(m_hasResult && count > 0);
    m_previousAction->setEnabled(m_hasResult && count > 0);
    if (!m_hasResult)
        m_position->clear();
    else if (count == 0)
        m_position->setText(tr("No differences"));
    else if (m_current < 0)
        m_position->setText(count == 1 ? tr("1 difference") : tr("%1 differences").arg(count));
    else
        m_position->setText(tr("%1 of %2").arg(m_current + 1).arg(count));
}

} // namespace crossread
