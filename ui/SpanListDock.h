#pragma once
// The spans and notes of the current article (right dock), of the coders the reader shows.
// Clicking a span selects it in the reader; double-clicking edits its note.
#include <QDockWidget>
#include <QHash>

class QLabel;
class QListView;

namespace crossread {

class SpanCoderFilter;

class SpanListDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit SpanListDock(QWidget *parent = nullptr);

    void setModel(SpanCoderFilter *model);
    QListView *view() const { return m_view; }
    QList<qint64> selectedSpanIds() const;
    // The selected spans' versions as the list shows them, by id.
    QHash<qint64, qint64> selectedSpanVersions() const;
    void selectSpan(qint64 spanId);

signals:
    void spanClicked(qint64 spanId);
    void noteEditRequested(qint64 spanId);

private:
    void updateCount();
    SpanCoderFilter *m_model = nullptr;
    QLabel *m_count;
    QListView *m_view;
};

} // namespace crossread
