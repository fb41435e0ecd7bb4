#pragma once
// "Needs attention": the spans a changed article left without a place (orphans), each with the
// text it last had and the places re-anchoring offers in the current text. One click re-attaches
// the chosen orphan to a candidate or to the reader's selection, or deletes it; each is an
// undoable Workspace edit.
#include "domain/Types.h"

#include <QDockWidget>
#include <QPointer>

#include <functional>
#include <optional>

class QLabel;
class QListView;
class QPushButton;
class QVBoxLayout;

namespace crossread {

class OrphanListModel;
class Workspace;

class NeedsAttentionDock : public QDockWidget
{
    Q_OBJECT
public:
    // The reader's article and selection (code points), when something is selected.
    using SelectionProvider = std::function<std::optional<QPair<qint64, TextRange>>()>;

    explicit NeedsAttentionDock(QWidget *parent = nullptr);

    void setContext(Workspace *workspace, OrphanListModel *model);
    void setSelectionProvider(SelectionProvider provider) { m_selection = std::move(provider); }
    QListView *view() const { return m_view; }
    // The candidate buttons of the current orphan, best first.
    QList<QPushButton *> candidateButtons() const { return m_candidateButtons; }
    QPushButton *attachToSelectionButton() const { return m_attachSelection; }
    QPushButton *deleteButton() const { return m_delete; }
    qint64 currentSpanId() const;

signals:
    // The analyst wants to see where the orphan's article is, to select a place for it.
    void articleRequested(qint64 articleId);

private:
    void showCurrent();
    void updateTitle();
    void attach(const TextRange &range);
    QPointer<Workspace> m_workspace;
    OrphanListModel *m_model = nullptr;
    SelectionProvider m_selection;
    QLabel *m_summary;
    QListView *m_view;
    QLabel *m_oldText;
    QVBoxLayout *m_candidateBox;
    QList<QPushButton *> m_candidateButtons;
    QPushButton *m_attachSelection;
    QPushButton *m_delete;
};

} // namespace crossread
