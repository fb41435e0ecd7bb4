#pragma once
// The spans of a SpanListModel that one coder made, or everyone's: what the reader and the
// span list show when the analyst looks at one coder's coding. Keeps the model's order.
#include "domain/Types.h"

#include <QSortFilterProxyModel>

namespace crossread {

class SpanListModel;

class SpanCoderFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SpanCoderFilter(QObject *parent = nullptr);

    void setSpanModel(SpanListModel *model);
    SpanListModel *spanModel() const;
    // Shows only CODER's spans; an empty name shows every coder's.
    void setCoder(const QString &coder);
    QString coder() const { return m_coder; }

    QList<Span> spans() const; // the spans shown, in order
    int rowForSpan(qint64 id) const; // -1 when the span is not shown
    qint64 articleId() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_coder;
};

} // namespace crossread
