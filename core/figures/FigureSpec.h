#pragma once
// The command line form of a hand-entered figure, `--figure KIND:VALUE[:LABEL]`:
//   money:14.3e9:investment in Scale AI      money:$14.3 billion     money:€2m
//   percent:49%:non-voting stake             score:42.8:HealthBench Hard
//   count:1.2 billion downloads              duration:9 months       rank:4th:overall
//   date:2026-04-08                          date:June 2025          money:>14bn (over)
// KIND is money|percent|score|count|rank|duration|date. VALUE may carry a qualifier sign
// (> over, < under, ~ about), a currency, a magnitude (k, m, bn, billion, 14.3e9) and a unit.
// LABEL is the rest of the spec and may itself contain ':'.
#include "domain/Types.h"

#include <QString>

namespace crossread {

// Fills *out (manual = true) and returns true, or sets *error and returns false.
bool parseFigureSpec(const QString &spec, Figure *out, QString *error);

// The spec that parseFigureSpec reads back into the same kind, value, unit, qualifier and label.
QString figureSpec(const Figure &figure);

} // namespace crossread
