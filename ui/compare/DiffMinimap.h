#pragma once
// An overview of the differences of both texts: two thin columns (A left, B right) scaled to
// each document's height, with a mark per difference and a frame for what each pane shows.
// Clicking or dragging in a column scrolls that pane there.
#include <QColor>
#include <QList>
#include <QWidget>

namespace crossread {

struct MinimapMark
{
    int column = 0; // 0: A, 1: B
    double from = 0; // fractions of the document height
    double to = 0;
    QColor color;
};

class DiffMinimap : public QWidget
{
    Q_OBJECT
public:
    explicit DiffMinimap(QWidget *parent = nullptr);

    void setMarks(const QList<MinimapMark> &marks);
    const QList<MinimapMark> &marks() const { return m_marks; }
    // What each pane shows, as fractions [from, to] of its document.
    void setViewport(int column, double from, double to);
    QSize sizeHint() const override;

signals:
    void jumpRequested(int column, double fraction);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRectF columnRect(int column) const;
    void jump(const QPointF &pos);
    QList<MinimapMark> m_marks;
    double m_viewFrom[2] = { 0, 0 };
    double m_viewTo[2] = { 1, 1 };
};

} // namespace crossread
