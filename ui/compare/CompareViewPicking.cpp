// CompareView: choosing what to compare (the article pickers, swapping A and B) and opening a
// comparison at one alignment ("who else says this?").
#include "CompareView.h"

#include "ArticlePicker.h"
#include "ComparePane.h"
#include "ConnectorGutter.h"
#include "models/ArticleListModel.h"

#include <QScopedValueRollback>
#include <QScrollBar>

#include <tuple>

namespace crossread {

void CompareView::setArticleModel(ArticleListModel *articles)
{
    m_pickerA->setArticleModel(articles);
    m_pickerB->setArticleModel(articles);
    if (articles) // a reload empties the pickers' models: show the compared articles again
        connect(articles, &QAbstractItemModel::modelReset, this, &CompareView::syncPickers);
    syncPickers();
}

bool CompareView::compareArticlesAt(qint64 a, const TextRange &inA, qint64 b, const TextRange &inB)
{
    if (!compareArticles(a, b))
        return false;
    m_focusPending = true;
    m_focusA = inA;
    m_focusB = inB;
    return true;
}

void CompareView::pickerChanged()
{
    const qint64 a = m_pickerA->articleId();
    const qint64 b = m_pickerB->articleId();
    if (a <= 0 || b <= 0)
        return; // the other one is still to be chosen
    if (a == b) {
        emit message(tr("Choose two different articles to compare."));
        return;
    }
    if (!m_versions && a == articleA() && b == articleB() && (m_running || m_hasResult))
        return;
    compareArticles(a, b);
}

void CompareView::syncPickers()
{
    // Two versions of one article show that article on both sides.
    const qint64 a = m_versions ? m_textA.article().id : articleA();
    const qint64 b = m_versions ? m_textB.article().id : articleB();
    m_pickerA->setArticle(a);
    m_pickerB->setArticle(b);
}

void CompareView::swapArticles()
{
    if (m_versions || articleA() <= 0 || articleB() <= 0) {
        // Nothing compared yet: swap the choices.
        const qint64 a = m_pickerA->articleId();
        m_pickerA->setArticle(m_pickerB->articleId());
        m_pickerB->setArticle(a);
        return;
    }
    compareArticles(articleB(), articleA());
}

int CompareView::alignmentCovering(const TextRange &inA, const TextRange &inB) const
{
    if (!m_hasResult)
        return -1;
    // Stored code points -> the engine's code points of the compared (displayed) text.
    const auto compared = [](const ComparedText &text, const TextRange &stored) {
        const auto display = text.displayRangeOfStored(stored);
        return TextRange { text.toCompared(display.first), text.toCompared(display.second) };
    };
    const TextRange a = compared(m_textA, inA);
    const TextRange b = compared(m_textB, inB);
    const auto overlap = [](const QList<Sentence> &sentences, const SentenceRun &run, const TextRange &range) {
        const qint64 start = sentences.at(run.first).start;
        const qint64 end = sentences.at(run.last()).end;
        return std::max<qint64>(0, std::min(end, range.end) - std::max(start, range.start));
    };
    // The alignment covering most of both ranges; one touching only one of them ranks below.
    int best = -1;
    qint64 bestScore = 0;
    for (int i = 0; i < m_result.alignments.size(); ++i) {
        const Alignment &p = m_result.alignments.at(i);
        const qint64 onA = overlap(m_result.sentencesA, p.a, a);
        const qint64 onB = overlap(m_result.sentencesB, p.b, b);
        const qint64 score = (onA > 0 && onB > 0) ? (onA + onB) * 4 : onA + onB;
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

void CompareView::goToAlignment(int alignment)
{
    if (alignment < 0 || alignment >= m_result.alignments.size())
        return;
    for (int i = 0; i < m_differences.size(); ++i) {
        const CompareDifference &d = m_differences.at(i);
        if (d.alignment == alignment && d.kind != CompareDifference::FigureConflict) {
            goToDifference(i);
            return;
        }
    }
    // An identical pair is no difference: select and show it all the same.
    ensureGeometry();
    const Alignment &p = m_result.alignments.at(alignment);
    m_current = -1;
    m_currentAlignment = alignment;
    {
        QScopedValueRollback<bool> guard(m_syncing, true);
        for (auto [pane, text, sentences, run] : { std::tuple { m_paneA, &m_textA, &m_result.sentencesA, p.a },
                 std::tuple { m_paneB, &m_textB, &m_result.sentencesB, p.b } }) {
            const auto r = text->displayRange(sentences->at(run.first).start, sentences->at(run.last()).end);
            pane->setCurrentRange(r.first, r.second);
            pane->selectDisplayRange(r.first, r.second);
            const int top = int(pane->verticalExtent(r.first, r.second).first);
            pane->verticalScrollBar()->setValue(top - pane->viewport()->height() / 3);
        }
    }
    m_gutter->setCurrentAlignment(alignment);
    updateOverlays();
    updatePositionLabel();
    emit message(tr("Identical sentences"));
}

} // namespace crossread
