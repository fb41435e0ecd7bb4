#pragma once
// "Who else says this?": for a passage of the reader's article (the selected sentences, or the
// sentence at the cursor), every sentence of the project's other articles that states the same
// claim, best first, with agree / conflict on its figures. The sentence index is asked in a
// worker thread on its own connection; a newer question makes an older answer be dropped.
// Clicking an answer (or Enter) asks to compare the two articles at that pair.
#include "domain/Types.h"

#include <QKeySequence>
#include <QWidget>

class QLabel;
class QListView;

namespace crossread {

class Project;
class SimilarClaimModel;
struct SimilarClaimsAnswer;

class WhoElsePanel : public QWidget
{
    Q_OBJECT
public:
    explicit WhoElsePanel(Project *project, QWidget *parent = nullptr);
    ~WhoElsePanel() override;

    // Asks who else states the claim of the article's sentences that [start, end) touches.
    void ask(qint64 articleId, qint64 start, qint64 end);
    void clear();
    // The sentence index is being brought up to date: an answer may miss articles.
    void setIndexing(bool indexing);
    // The keys that ask, named in the hint shown before the first question.
    void setAskShortcut(const QKeySequence &keys);

    bool isSearching() const { return m_searching; }
    qint64 articleId() const { return m_articleId; }
    TextRange passage() const { return m_passage; } // the sentences asked about, code points
    SimilarClaimModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QString statusText() const; // the line above the answers: the passage, or why there is none

signals:
    void answered(); // the answer to the latest question is shown
    // Compare the passage's article (its passage) with another (the answer's sentences).
    void compareRequested(qint64 articleA, qint64 startA, qint64 endA, qint64 articleB, qint64 startB, qint64 endB);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showAnswer(const SimilarClaimsAnswer &answer);
    void updateStatus();
    void openRow(int row);

    Project *m_project;
    SimilarClaimModel *m_model;
    QLabel *m_passageLabel;
    QLabel *m_status;
    QListView *m_view;
    qint64 m_articleId = 0;
    TextRange m_passage;
    QString m_passageText;
    QString m_error;
    bool m_asked = false;
    bool m_searching = false;
    bool m_indexing = false;
    QKeySequence m_askKeys;
    quint64 m_generation = 0;
};

} // namespace crossread
