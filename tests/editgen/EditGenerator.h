#pragma once
// Makes realistic edits of an article, as publishers make them after publication: typo fixes, a
// sentence inserted, a paragraph moved, a figure corrected ("$14 billion" -> "$14.3 billion"), a
// sentence rewritten, a paragraph deleted, lines re-wrapped. Each edit either targets a span (in
// it, around it, or carrying it) or lands anywhere. Deterministic for a seed.
#include "ArticleGenerator.h"
#include "Edit.h"
#include "TextLayout.h"
#include "TrackedText.h"

#include <QRandomGenerator>

#include <optional>

namespace crossread::editgen {

class EditGenerator
{
public:
    explicit EditGenerator(quint32 seed);

    // An edit of KIND touching SPAN (code points of the current text): a typo or figure inside
    // it, a sentence inserted before its sentence, its sentence rewritten, its paragraph moved,
    // deleted or re-wrapped. Null where the text offers none (no figure in the span).
    std::optional<Edit> targeted(Edit::Kind kind, const TrackedText &text, TextRange span);
    std::optional<Edit> anywhere(Edit::Kind kind, const TrackedText &text);
    // Edits of every kind at random places, each applied before the next is chosen, until about
    // share x the original length has been touched. Returns them in order.
    QList<Edit> applyRandom(TrackedText *text, double share);
    // The whole text's line endings made CRLF: whitespace only.
    static Edit lineEndings();

private:
    std::optional<Edit> typoFix(const std::u32string &text, TextRange word);
    Edit figureCorrected(const std::u32string &text, TextRange figure);
    Edit sentenceInserted(qint64 at);
    Edit sentenceRewritten(const std::u32string &text, const TextLayout &layout, TextRange sentence);
    std::optional<Edit> paragraphMoved(const TextLayout &layout, int paragraph);
    std::optional<Edit> paragraphDeleted(const TextLayout &layout, int paragraph);
    std::optional<Edit> reflowed(const std::u32string &text, TextRange paragraph);
    int below(int n) { return n > 0 ? int(m_rng.bounded(quint32(n))) : 0; }

    QRandomGenerator m_rng;
    ArticleGenerator m_prose;
};

} // namespace crossread::editgen
