#pragma once
// The knobs of re-anchoring, with the defaults the tests and the benchmark hold it to.
namespace crossread {

struct AnchorOptions
{
    double minConfidence = 0.6; // below: an orphan
    double maxQuoteErrors = 0.4; // approximate search: errors allowed, as a share of the quote
    // Changed text is placed only where it still reads mostly the same: at least this similar to
    // the quote, however much its context and the alignment speak for it.
    double minQuoteSimilarity = 0.7;
    double ambiguityMargin = 0.1; // candidates this close in confidence compete; position decides
    int maxCandidates = 3; // listed for an orphan
};

} // namespace crossread
