#pragma once
// The strip between the two compare panes: for each aligned sentence pair in view, a band that
// curves from the sentence's lines on the left to its partner's on the right, coloured by the
// kind of match, hatched when one side says more and dashed when the sentence moved; an n:m
// alignment is one bracket connector (a bracket over the run of sentences on each side, joined
// across the strip); sentences found on one side only get a tab on their side. Clicking a band
// asks to select that pair.
#include <QColor>
#include <QPainterPath>
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
    bool dashed = false; // moved
    bool hatched = false; // partial: one side says more
    bool bracket = false; // several sentences on a side (split/merge)
    int difference = -1; // index of the difference it shows, -1 for identical pairs
    int alignment = -1; // index of the alignment it shows, -1 for one-sided tabs
};

class ConnectorGutter : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectorGutter(QWidget *parent = nullptr);

    void setBands(const QList<ConnectorBand> &bands);
    const QList<ConnectorBand> &bands() const { return m_bands; }
    void setCurrentDifference(int difference); // its band is drawn last and outlined strongly
    void setCurrentAlignment(int alignment); // the same, for a pair that is no difference (identical)
    QSize sizeHint() const override;

    // The outline of a band in a strip of the given width (the legend draws its samples with it).
    static QPainterPath bandPath(const ConnectorBand &band, qreal width);
    // The two brackets of a bracket band, as open paths to stroke.
    static QPainterPath bracketPath(const ConnectorBand &band, qreal width);
    static void paintBand(QPainter &painter, const ConnectorBand &band, qreal width, const QPen &pen);
    static constexpr qreal kBracket = 7; // how far a bracket's spine stands from the pane

signals:
    void differenceClicked(int difference);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    bool isCurrent(const ConnectorBand &band) const;
    QList<ConnectorBand> m_bands;
    int m_current = -1;
    int m_currentAlignment = -1;
};

} // namespace crossread
