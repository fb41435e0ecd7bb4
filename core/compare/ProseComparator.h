#pragma once
// The comparison of two texts: sentences of each, their alignment (identical / paraphrase /
// changed, moved), word diffs inside aligned pairs and over the whole texts, and the figures of
// aligned sentences compared. Pure: no store, no widgets; safe to run in a worker thread.
#include "compare/CompareTypes.h"
#include "compare/SentenceAligner.h"

namespace crossread {

class ProseComparator
{
public:
    ProseComparator() = default;
    explicit ProseComparator(const SentenceAligner::Options &options)
        : m_options(options)
    { }

    ComparisonResult compare(const QString &a, const QString &b) const;

private:
    SentenceAligner::Options m_options;
};

} // namespace crossread
