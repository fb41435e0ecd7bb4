#pragma once
// The Agreement view: choose coders, tags and articles; read percent agreement, Cohen's kappa
// and Krippendorff's alpha-u per tag; go through the first two coders' disagreements side by
// side and settle each as the consensus coder (accept one, keep both, merge to the union),
// each an undoable edit; double-click a disagreement to read it in the reader.
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace crossread {

class AgreementSession;
class Workspace;

class AgreementView : public QWidget
{
    Q_OBJECT
public:
    explicit AgreementView(Workspace *workspace, QWidget *parent = nullptr);

    AgreementSession *session() const { return m_session; }
    QTableView *coefficients() const { return m_table; }
    QTableView *disagreements() const { return m_disagreements; }
    QListWidget *coderList() const { return m_coders; }
    QListWidget *tagList() const { return m_tags; }
    QLineEdit *consensusEdit() const { return m_consensus; }
    // The articles to compare; empty: every article the coders coded.
    void setArticles(const QList<qint64> &articleIds);
    // Fills the coder and tag lists from the project again (keeping what is checked).
    void reloadChoices();
    // Settles the current disagreement (a Workspace::Adjudication); false when refused.
    bool adjudicateCurrent(int choice);

signals:
    void openArticleRequested(qint64 articleId, qint64 start, qint64 end);
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applySelection();
    void openCurrent();
    void updateButtons();

    Workspace *m_workspace;
    AgreementSession *m_session;
    QList<qint64> m_articles;
    QListWidget *m_coders;
    QListWidget *m_tags;
    QLabel *m_scope;
    QLineEdit *m_consensus;
    QTableView *m_table;
    QTableView *m_disagreements;
    QList<QPushButton *> m_actions;
};

} // namespace crossread
