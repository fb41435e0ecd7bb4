#pragma once
// The key to the connector gutter under the compare panes: a small sample of each kind of
// connector (identical, paraphrased, split/merged as a bracket, partial hatched, changed,
// moved dashed, one side only) drawn as the gutter draws it, with its name beside it. Items
// wrap onto further lines in a narrow window.
#include <QList>
#include <QWidget>

namespace crossread {

struct ConnectorBand;

class CompareLegend : public QWidget
{
    Q_OBJECT
public:
    explicit CompareLegend(QWidget *parent = nullptr);

    QStringList names() const; // the items' names, in order
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Item
    {
        QString name;
        int kind = 0;
    };
    QList<Item> items() const;
    ConnectorBand sample(int kind, const QRectF &box) const;
    // Top-left of each item for the given width; the height used in *height.
    QList<QPoint> place(int width, int *height) const;
    int itemWidth(const Item &item) const;
    int lineHeight() const;
};

} // namespace crossread
