#pragma once
// Turns a comparison into what one pane paints: a tint per sentence by how it matched (none for
// identical ones), the words that differ inside paraphrased and changed pairs (deleted words on
// the A side, inserted words on the B side) unless they are most of the sentence, the sentences
// found on that side only, and figure conflicts in bold with an outline; plus a tooltip for each.
#include "CompareColors.h"
#include "ComparePane.h"
#include "compare/CompareTypes.h"

#include <QCoreApplication>

namespace crossread {

struct PaneLayers
{
    QList<PaneHighlight> highlights;
    QList<PaneMark> marks;
};

class CompareHighlights
{
    Q_DECLARE_TR_FUNCTIONS(CompareHighlights)
public:
    enum Side { A, B };
    static PaneLayers build(
        const ComparisonResult &result, Side side, const ComparedText &text, const CompareColors &colors);
    static QString alignmentToolTip(const Alignment &alignment);
};

} // namespace crossread
