#pragma once
// The JSON form of a comparison the CLI prints: a/b info, common words, the whole-text word
// ops (equal + delete rebuild A, equal + insert rebuild B), sentence alignments, unaligned
// sentences and figure comparisons. Offsets are code points.
#include "compare/CompareTypes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace crossread {

QJsonObject comparisonToJson(const ComparisonResult &result, const QJsonObject &aInfo, const QJsonObject &bInfo);
QJsonArray wordOpsToJson(const QList<WordOp> &ops);

} // namespace crossread
