#pragma once
// The strip between the two compare panes: for each aligned sentence pair in view, a band that
// curves from the sentence's lines on the left to its partner's on the right, coloured by the
// kind of match and dashed when the sentence moved; sentences found on one side only get a tab
// on their side. Clicking a band asks to select that pair.
#include <QColor>
#include <QList>
#include <QWidget>

namespace crossread {

struct ConnectorBand
{
    enum Side { Both, LeftOnly, RightOnly };
    Side side = Both;
    qreal leftTop = 0; // gutter coordinates
    qreal leftBottom = 0;
    qreal rightTop = 0;
    qreal rightBottom = 0;
    QColor fill;
    QColor outline;
    bool dashed = false;
    int difference = -1; // index of the difference it shows, -1 for identical pairs
};

class ConnectorGutter : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectorGutter(QWidget *parent = nullptr);

    void setBands(const QList<ConnectorBand> &bands);
    const QList<ConnectorBand> &bands() const { return m_bands; }
    void setCurrentDifference(int difference); // its band is drawn last and outlined strongly
    QSize sizeHint() const override;

signals:
    void differenceClicked(int difference);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QPainterPath bandPath(const ConnectorBand &band) const;
    QList<ConnectorBand> m_bands;
    int m_current = -1;
};

} // namespace crossread
