#pragma once
// The line above the compare panes: how much the texts share and how their sentences match
// (identical, paraphrased, changed, moved, found on one side only, figure conflicts), with the
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
    int identical = 0;
    int paraphrase = 0;
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
