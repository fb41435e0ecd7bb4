#pragma once
// The spans and notes of the current article (right dock). Clicking a span selects it
// in the reader; double-clicking edits its note.
#include <QDockWidget>

class QLabel;
class QListView;

namespace crossread {

class SpanListModel;

class SpanListDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit SpanListDock(QWidget *parent = nullptr);

    void setModel(SpanListModel *model);
    QListView *view() const { return m_view; }
    QList<qint64> selectedSpanIds() const;
    void selectSpan(qint64 spanId);

signals:
    void spanClicked(qint64 spanId);
    void noteEditRequested(qint64 spanId);

private:
    void updateCount();
    SpanListModel *m_model = nullptr;
    QLabel *m_count;
    QListView *m_view;
};

} // namespace crossread
