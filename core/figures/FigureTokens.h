#pragma once
// An article cut into FigureTokens in one pass, with the small queries the figure matchers ask
// about neighbouring tokens. Indices out of range read as a line break, so matchers can look
// around without bounds checks.
#include "figures/FigureToken.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace crossread {

class FigureTokens
{
public:
    explicit FigureTokens(QStringView text);

    int size() const { return int(m_tokens.size()); }
    const FigureToken &at(int i) const { return i >= 0 && i < m_tokens.size() ? m_tokens[i] : m_sentinel; }
    QStringView text() const { return m_text; }
    QStringView view(int i) const;
    QStringView view(int first, int last) const; // inclusive token range
    QString phrase(int first, int last) const; // the range's text with whitespace simplified

    bool isWord(int i) const { return at(i).type == FigureToken::Word; }
    bool isNumber(int i) const { return at(i).type == FigureToken::Number; }
    bool isSymbol(int i, char16_t c) const { return at(i).type == FigureToken::Symbol && at(i).ch == c; }
    bool isDash(int i) const; // hyphen or en dash
    bool glued(int i) const { return i > 0 && i < size() && !m_tokens[i].spaceBefore; }
    bool has(int i, quint32 flag) const { return at(i).has(flag); }
    bool wordIs(int i, const char *lower) const; // case-insensitive, ASCII
    bool isSentenceEnd(int i) const; // line break, or . ! ? ; not inside an abbreviation
    bool isPossessive(int i) const; // i is the apostrophe of a glued "'s"
    bool isIntegerNumber(int i) const { return isNumber(i) && at(i).decimals == 0; }
    int digitCount(int i) const { return at(i).intDigits; }

    // Hyphen-joined words ("non-voting", "SWE-bench") and codes ("H100") read as one: the last token
    // of the compound starting at i, or the first token of the hyphenated compound ending at i.
    int compoundEnd(int i) const;
    int compoundStart(int i) const;

private:
    void readNumber(qsizetype &pos);
    void readWord(qsizetype &pos);
    qsizetype urlEnd(qsizetype pos) const; // > pos when a URL starts at pos
    bool isSoftBreak(qsizetype pos) const; // the line break at pos only wraps a sentence

    QStringView m_text;
    QList<FigureToken> m_tokens;
    FigureToken m_sentinel;
    bool m_space = true;
};

} // namespace crossread
