#pragma once
// The claim matrix of N articles: which claims each source makes, in its own words, how many
// sources back each claim, and where their figures conflict. Built in a worker thread; a newer
// request or closing the view makes a running build's result be ignored. Double-clicking a cell
// asks to open that sentence in the reader.
#include "ComparedText.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;

namespace crossread {

class ClaimMatrixModel;
struct ClaimMatrix;
class Project;

class ClaimMatrixView : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimMatrixView(Project *project, QWidget *parent = nullptr);
    ~ClaimMatrixView() override;

    // Needs at least two readable articles; false (and a message) otherwise.
    bool setArticles(const QList<qint64> &ids);
    void clear();
    QList<qint64> articles() const;
    bool isBuilding() const { return m_building; }

    ClaimMatrixModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString statusText() const;

signals:
    void matrixStarted();
    void matrixFinished();
    void openArticleRequested(qint64 articleId, qint64 start, qint64 end);
    void message(const QString &text);

private:
    void showMatrix(ClaimMatrix matrix);
    void openIndex(const QModelIndex &index);
    void updateStatus();

    Project *m_project;
    QList<ComparedText> m_texts;
    quint64 m_generation = 0;
    bool m_building = false;
    ClaimMatrixModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_status;
    QProgressBar *m_progress;
    QCheckBox *m_figures;
};

} // namespace crossread
