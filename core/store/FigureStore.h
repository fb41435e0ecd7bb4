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

    QList<Figure> manualFigures(qint64 articleId = 0); // 0 = every article
    bool insert(Figure &figure); // keeps figure.id when set
    bool remove(qint64 id);
    QList<Figure> figuresOfSpan(qint64 spanId);

private:
    QList<Figure> read(QSqlQuery &q);
    Database &m_db;
};

} // namespace crossread
