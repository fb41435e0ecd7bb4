#pragma once
// Figures in Markdown tables: a header row, a separator row ("|---|---:|") and body rows, each
// of whose numeric cells ("71.4", "$2.4bn", "12%", "1,200") becomes a figure. The cell and its
// column header decide the kind: a currency in either ("Raised ($bn)") makes money, "%" a
// percentage, "Score" or "Accuracy" or a table with a Benchmark or Model column a score, "Rank" a
// rank, "Year" a date, a plural noun ("Employees") a count. The label is read from the row the way
// FigureLabeler reads it from prose: a score is labelled with its benchmark (the Benchmark cell,
// or the column header), other figures with their header or the row's first cell, money with the
// row's company before it ("Northwind AI funding"). The model a score is about stays in its row,
// where charts find it as they do in a sentence.
#include "domain/Types.h"

#include <QList>
#include <QStringView>

namespace crossread {

class TableFigures
{
public:
    // Sorted by start; start and end are UTF-16 indices into text and cover the number as written
    // ("71.4", "$2.4bn", "~12%"), without the cell's padding or emphasis.
    static QList<Figure> extract(QStringView text);
};

} // namespace crossread
