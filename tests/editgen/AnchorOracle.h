#pragma once
// Judges a re-anchored span against what the edits really did to its text, from the provenance
// the TrackedText kept: never from the engine under test. A span is Intact (all its characters
// survive, in order, with nothing new among them: it must be placed exactly on them), Changed
// (at least half survive: it should be placed over them) or Gone (less than half survive: an
// orphan is right). A placement is Wrong when the span's text is gone entirely or when most of the
// placed text is neither the span's surviving text nor text that replaced it or was inserted in it.
#include "TrackedText.h"

#include "anchor/AnchorResult.h"

#include <vector>

namespace crossread::editgen {

class AnchorOracle
{
public:
    enum Fate { Intact, Changed, Gone };
    enum Verdict { Correct, Missed, Wrong };
    struct Judgement
    {
        Fate fate = Gone;
        Verdict verdict = Missed;
        TextRange expected; // Intact: where the text is now; Changed: the hull of what survives
    };

    explicit AnchorOracle(const TrackedText &after);

    Fate fate(TextRange oldSpan) const;
    Judgement judge(TextRange oldSpan, const AnchorResult &result) const;

    static QString fateName(Fate fate); // "intact", "changed", "gone"
    static QString verdictName(Verdict verdict);

private:
    struct Survivors
    {
        qint64 spanChars = 0; // non-space characters of the old span
        std::vector<qint32> kept; // their positions now, in old order (gone ones left out)
    };
    Survivors survivors(TextRange oldSpan) const;
    bool related(qint64 position, TextRange oldSpan) const;

    const TrackedText &m_after;
    std::vector<qint32> m_kept;
};

} // namespace crossread::editgen
