#include "figures/FigureQualifiers.h"

namespace crossread {

namespace {

struct Phrase
{
    const char *words[4];
    Qualifier qualifier;
};

// "nearly" and "almost" say the true value is a little below the figure, hence Under.
// Every phrase ends with a word flagged FigureLexicon::QualifierEnd.
const Phrase kPhrases[] = {
    { { "more", "than" }, Qualifier::Over },
    { { "over" }, Qualifier::Over },
    { { "above" }, Qualifier::Over },
    { { "at", "least" }, Qualifier::Over },
    { { "upwards", "of" }, Qualifier::Over },
    { { "in", "excess", "of" }, Qualifier::Over },
    { { "exceeding" }, Qualifier::Over },
    { { "north", "of" }, Qualifier::Over },
    { { "greater", "than" }, Qualifier::Over },
    { { "higher", "than" }, Qualifier::Over },
    { { "no", "less", "than" }, Qualifier::Over },
    { { "not", "less", "than" }, Qualifier::Over },
    { { "a", "minimum", "of" }, Qualifier::Over },
    { { "under" }, Qualifier::Under },
    { { "less", "than" }, Qualifier::Under },
    { { "fewer", "than" }, Qualifier::Under },
    { { "lower", "than" }, Qualifier::Under },
    { { "up", "to" }, Qualifier::Under },
    { { "below" }, Qualifier::Under },
    { { "at", "most" }, Qualifier::Under },
    { { "no", "more", "than" }, Qualifier::Under },
    { { "not", "more", "than" }, Qualifier::Under },
    { { "nearly" }, Qualifier::Under },
    { { "almost" }, Qualifier::Under },
    { { "shy", "of" }, Qualifier::Under },
    { { "short", "of" }, Qualifier::Under },
    { { "as", "many", "as" }, Qualifier::Under },
    { { "as", "much", "as" }, Qualifier::Under },
    { { "a", "maximum", "of" }, Qualifier::Under },
    { { "about" }, Qualifier::About },
    { { "around" }, Qualifier::About },
    { { "roughly" }, Qualifier::About },
    { { "approximately" }, Qualifier::About },
    { { "approx" }, Qualifier::About },
    { { "some" }, Qualifier::About },
    { { "estimated" }, Qualifier::About },
    { { "an", "estimated" }, Qualifier::About },
    { { "circa" }, Qualifier::About },
    { { "close", "to" }, Qualifier::About },
    { { "on", "the", "order", "of" }, Qualifier::About },
    { { "in", "the", "region", "of" }, Qualifier::About },
};

// Words that sharpen a qualifier without changing its direction; they join the figure's range.
const char *const kIntensifiers[] = { "just", "well", "slightly", "far", "reportedly", "still", "already" };

int phraseLength(const Phrase &p)
{
    int n = 0;
    while (n < 4 && p.words[n])
        ++n;
    return n;
}

} // namespace

FigureQualifiers::Found FigureQualifiers::before(const FigureTokens &t, int i)
{
    Found best;
    if (t.isSymbol(i - 1, u'~') && t.glued(i)) {
        best.qualifier = Qualifier::About;
        best.first = i - 1;
        return best;
    }
    if (!t.has(i - 1, FigureLexicon::QualifierEnd))
        return best;
    int bestLength = 0;
    for (const Phrase &p : kPhrases) {
        const int n = phraseLength(p);
        if (n <= bestLength)
            continue;
        bool match = true;
        for (int k = 0; k < n && match; ++k) {
            const int tok = i - n + k;
            match = t.wordIs(tok, p.words[k]) && (k == 0 || !t.glued(tok));
        }
        if (match && !t.glued(i)) {
            best.qualifier = p.qualifier;
            best.first = i - n;
            bestLength = n;
        }
    }
    if (best.first < 0)
        return best;
    for (const char *word : kIntensifiers) {
        if (t.wordIs(best.first - 1, word)) {
            --best.first;
            break;
        }
    }
    return best;
}

FigureQualifiers::Found FigureQualifiers::after(const FigureTokens &t, int i)
{
    Found found;
    if (t.isSymbol(i, u'+') && t.glued(i)) {
        found.qualifier = Qualifier::Over;
        found.last = i;
    } else if (t.isDash(i) && t.glued(i) && t.wordIs(i + 1, "plus") && t.glued(i + 1)) {
        found.qualifier = Qualifier::Over;
        found.last = i + 1;
    } else if (t.wordIs(i, "or") && !t.glued(i)) {
        if (t.wordIs(i + 1, "more")) {
            found.qualifier = Qualifier::Over;
            found.last = i + 1;
        } else if (t.wordIs(i + 1, "less") || t.wordIs(i + 1, "fewer")) {
            found.qualifier = Qualifier::Under;
            found.last = i + 1;
        } else if (t.wordIs(i + 1, "so")) {
            found.qualifier = Qualifier::About;
            found.last = i + 1;
        }
    }
    return found;
}

} // namespace crossread
