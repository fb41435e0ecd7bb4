#pragma once
// A title for an article that states none: its first sentence of prose (after mastheads,
// datelines, bylines and page furniture), shortened at a word boundary with an ellipsis.
// Analysts scan titles in the article list; a file name ("001_c2f5ec6c") tells them nothing.
#include <QString>

namespace crossread {

class FirstSentenceTitle
{
public:
    static constexpr int MaxChars = 90;
    // Empty when the text holds no sentence of words.
    static QString fromText(const QString &text, int maxChars = MaxChars);
    // TEXT on one line, cut at the last word boundary that leaves room for "…" within maxChars.
    static QString shorten(const QString &text, int maxChars = MaxChars);
};

} // namespace crossread
