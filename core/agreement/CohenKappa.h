#pragma once
// Cohen's (1960) kappa for two coders, and the character-level two-by-two table QualCoder
// reports for a code: each code point of the articles is coded or not by each coder.
#include "domain/Types.h"

#include <QList>

namespace crossread {

// Cohen's kappa of a square table of counts (rows: the first coder's categories, columns:
// the second's). NaN where it is undefined: no observations, or chance agreement of 1 (both
// coders put everything in one and the same category).
double cohenKappa(const QList<QList<double>> &table);

// How two coders coded one tag over a continuum of `characters` code points.
struct CharacterAgreement
{
    qint64 characters = 0;
    qint64 both = 0; // coded by both
    qint64 firstOnly = 0;
    qint64 secondOnly = 0;
    qint64 neither = 0;

    // From the coders' ranges, each as CodedRanges::normalized returns them.
    static CharacterAgreement of(const QList<TextRange> &first, const QList<TextRange> &second, qint64 characters);
    CharacterAgreement &operator+=(const CharacterAgreement &other);

    // Share of code points both coded alike (both or neither), 0-100; NaN without characters.
    double percent() const;
    // Cohen's kappa over the code points (coded / not coded); NaN where undefined.
    double kappa() const;
};

} // namespace crossread
