#pragma once
// Search across the corpus (Ctrl+Shift+F): full-text hits with snippets; activating a
// hit opens the article at it. Several plain words are looked for as a phrase first, with
// the articles that hold the words apart counted and shown on request (PhraseFirstSearch).
// "Tag All Results…" tags every hit of the query in one undo step, with the tag selected in
// the tag tree or a new one; single words only when the analyst asks for them. A query that
// joins terms with operators can tag the sentences that hold its hits instead.
#include "models/PhraseFirstSearch.h"

#include <QDockWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace crossread {

class SearchResultModel;
class TagTreeModel;
class Workspace;

class SearchDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit SearchDock(QWidget *parent = nullptr);

    void setContext(Workspace *workspace, TagTreeModel *tags);
    // Where Tag All finds the tag to offer first (the tag tree's selection).
    void setCurrentTagSource(std::function<qint64()> source) { m_currentTag = std::move(source); }
    QLineEdit *queryEdit() const { return m_query; }
    QListView *view() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *apartLabel() const { return m_apart; }
    SearchResultModel *model() const { return m_model; }
    const PhraseFirstSearch::Result &result() const { return m_result; }
    void activate(); // shows the dock and focuses the query field

    // Runs the query; false (and a message in the dock) on a syntax error.
    bool search(const QString &query, PhraseFirstSearch::Scope scope = PhraseFirstSearch::Scope::PhraseFirst);
    // After a phrase-first search: the articles with the words apart are listed too.
    bool showWordsApart();
    // Tags the hits of the query (and the single words with INCLUDESINGLEWORDS; the sentences
    // holding the hits, each once, with WHOLESENTENCES) with the tag at PATH, created when there
    // is none, as one undo step; the number of spans created.
    int tagAllResults(const QString &path, bool includeSingleWords = false, bool wholeSentences = false);
    int tagAllResults(qint64 tagId, bool includeSingleWords = false, bool wholeSentences = false);

signals:
    void hitActivated(qint64 articleId, qint64 start, qint64 end);
    void message(const QString &text);

private:
    void chooseTagForAll();
    QList<SearchHit> hitsToTag(bool includeSingleWords, bool wholeSentences) const;

    Workspace *m_workspace = nullptr;
    TagTreeModel *m_tags = nullptr;
    std::function<qint64()> m_currentTag;
    SearchResultModel *m_model;
    PhraseFirstSearch::Result m_result;
    QString m_lastQuery;
    QLineEdit *m_query;
    QLabel *m_status;
    QLabel *m_apart;
    QListView *m_view;
    QPushButton *m_tagAll;
};

} // namespace crossread
