#pragma once
// Finds the figures an article reports (money, percentages, benchmark scores, counts, ranks,
// durations, dates) with what each measures, in one hand-written pass over the text. Pure: no
// store, no state beyond static tables, safe to call from several threads at once.
#include "domain/Types.h"

#include <QDate>
#include <QList>
#include <QString>

namespace crossread {

class FigureExtractor
{
public:
    FigureExtractor() = default;

    // Figures sorted by start, with code point offsets into text; each range covers the qualifier
    // and the figure ("more than $14 billion"), for counts also the counted noun. Decisions:
    // - articleDate (the dateline) supplies the year of dates written without one ("April 8",
    //   "in March"); without it such dates are left out.
    // - A bare year ("2025") is a date only after in/since/by/until/during/before/after/from,
    //   optionally with early/mid/late ("by early 2026", "mid-2025").
    // - A range ("$10-12 billion", "between 10 and 12 percent") is one figure at its midpoint,
    //   qualified about.
    // - A percentage or number followed by "on <Benchmark>", or after "scores"/"scored", is a
    //   score (unit "%" or "points") labelled with the benchmark.
    // - Numbers in names, versions, URLs, times, fractions and phone numbers are not figures.
    // - Each numeric cell of a Markdown table is a figure read with its column header and row
    //   (see TableFigures); it replaces prose figures it overlaps.
    QList<Figure> extract(const QString &text, const QDate &articleDate = {}) const;

    // Hand-entered figures win over extracted ones whose range overlaps theirs (a manual figure
    // with an empty range overlaps extracted figures that contain its position). Sorted by start.
    static QList<Figure> mergeWithManual(QList<Figure> extracted, const QList<Figure> &manual);
};

} // namespace crossread
