#pragma once
// Whether decoded text reads as text at all: an article has words. Tiny random files slip
// past the byte-level binary check (they may hold no NUL and few control bytes) and then
// decode, as Windows-1252, into letters and symbols; "text" of digits and punctuation alone
// has nothing to read, tag or compare. Both are reported and not imported.
#include <QString>

namespace crossread {

class ProseCheck
{
public:
    // Empty when TEXT reads as text; otherwise the reason, for the user. encodingGuessed: the
    // bytes were not UTF-8 or UTF-16, so a legacy single-byte encoding was assumed.
    static QString problem(const QString &text, bool encodingGuessed);
};

} // namespace crossread
