#pragma once
// Search across the corpus (Ctrl+Shift+F): full-text hits with snippets; activating a
// hit opens the article at it; "Tag All Results…" tags every hit in one undo step.
#include "store/SearchIndex.h"

#include <QDockWidget>

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
    QLineEdit *queryEdit() const { return m_query; }
    QListView *view() const { return m_view; }
    SearchResultModel *model() const { return m_model; }
    void activate(); // shows the dock and focuses the query field

    // Runs the query; false (and a message in the dock) on a syntax error.
    bool search(const QString &query);
    // Tags every current hit with tagId as one undo step; the number of spans created.
    int tagAllResults(qint64 tagId);

signals:
    void hitActivated(qint64 articleId, qint64 start, qint64 end);
    void message(const QString &text);

private:
    void chooseTagForAll();

    Workspace *m_workspace = nullptr;
    TagTreeModel *m_tags = nullptr;
    SearchResultModel *m_model;
    QLineEdit *m_query;
    QLabel *m_status;
    QListView *m_view;
    QPushButton *m_tagAll;
};

} // namespace crossread
