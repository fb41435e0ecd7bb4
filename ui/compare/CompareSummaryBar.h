#pragma once
// The line above the compare panes: how much of each text the other supports, how much they
// share word for word and how their sentences match (identical, paraphrased, split/merged,
// partial, changed, moved, found on one side only, figure conflicts), with the
// colour key of the panes, or a busy indicator while the comparison runs.
#include "CompareColors.h"
#include "compare/CompareTypes.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace crossread {

struct CompareSummary
{
    double shared = 0; // Dice share of words, 0..1
    double supportA = 0; // share of A's words in sentences B supports, 0..1
    double supportB = 0;
    int identical = 0;
    int paraphrase = 0;
    int splitMerge = 0;
    int partial = 0;
    int changed = 0;
    int moved = 0;
    int onlyA = 0;
    int onlyB = 0;
    int conflicts = 0;

    static CompareSummary of(const ComparisonResult &result);
    bool operator==(const CompareSummary &) const = default;
};

class CompareSummaryBar : public QWidget
{
    Q_OBJECT
public:
    explicit CompareSummaryBar(QWidget *parent = nullptr);

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void setSummary(const CompareSummary &summary);
    void clear();
    QString text() const; // the summary as plain text

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    CompareSummary m_summary;
    bool m_hasSummary = false;
    bool m_busy = false;
    QLabel *m_label;
    QProgressBar *m_progress;
};

} // namespace crossread
