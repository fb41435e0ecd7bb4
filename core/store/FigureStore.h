#pragma once
// Reads and writes the figures analysts set by hand (extracted ones are computed on demand).
#include "domain/Types.h"

class QSqlQuery;

namespace crossread {

class Database;

class FigureStore
{
public:
    explicit FigureStore(Database &db)
        : m_db(db)
    { }

    // 0 = every article. Figures of orphan spans are left out: they stand on an earlier text.
    QList<Figure> manualFigures(qint64 articleId = 0);
    bool insert(Figure &figure); // keeps figure.id when set
    bool remove(qint64 id);
    bool move(qint64 id, qint64 start, qint64 end); // with its span, to a new version of the text
    QList<Figure> figuresOfSpan(qint64 spanId);

private:
    QList<Figure> read(QSqlQuery &q);
    Database &m_db;
};

} // namespace crossread
