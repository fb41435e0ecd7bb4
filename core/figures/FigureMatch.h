#pragma once
// A figure found by one of the matchers, still in token coordinates; FigureExtractor turns it
// into a Figure with code point offsets.
#include "domain/Types.h"

#include <QString>

namespace crossread {

struct FigureMatch
{
    FigureKind kind = FigureKind::Count;
    double value = 0;
    QString dateValue;
    QString unit;
    Qualifier qualifier = Qualifier::Exact;
    QString label;
    int first = 0; // token span, inclusive
    int last = 0;
};

// A number as read at one place of the text, before deciding what it measures.
struct NumberCore
{
    int first = -1; // token span, inclusive
    int last = -1;
    double value = 0;
    bool digits = false; // written with digits rather than words
    bool scaled = false; // a scale word or suffix applied ("billion", "bn")
    bool ordinal = false; // "4th", "fourth"
    bool plainInteger = false; // digits only: no separators, decimals or scale ("2025")
    bool negative = false;
    bool hyphenPrefix = false; // "mid-2025": the first token is the prefix word
    int scaleExponent = 0;
};

} // namespace crossread
