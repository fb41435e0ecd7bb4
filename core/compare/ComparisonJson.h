#pragma once
// The JSON form of a comparison the CLI prints, written as it goes (a megabyte comparison has
// 150,000 word ops, and a document tree of them would double the time): a/b info, a summary led
// by how much each side supports the other, the alignments (runs of sentences of each side with
// their code point ranges, texts, kind, moved, similarity; the word ops of moved ones, whose
// changes the whole-text ops cannot show), unaligned sentences, figure comparisons, and the
// whole-text word ops last (equal + delete rebuild A, equal + insert rebuild B). Offsets are
// code points.
#include "compare/CompareTypes.h"

#include <QJsonObject>
#include <QTextStream>

namespace crossread {

void writeComparisonJson(
    const ComparisonResult &result, const QJsonObject &aInfo, const QJsonObject &bInfo, QTextStream &out);
// The same into a string, for tests and small results.
QString comparisonJson(const ComparisonResult &result, const QJsonObject &aInfo, const QJsonObject &bInfo);

} // namespace crossread
