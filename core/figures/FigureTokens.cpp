#include "figures/FigureTokens.h"

namespace crossread {

namespace {

bool isDigit(char16_t c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char16_t c)
{
    if (c < 0x80)
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
    return QChar(c).isSpace();
}

bool isLetter(char16_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const QChar q(c);
    return q.isLetter() || q.isMark();
}

bool startsWithAscii(QStringView text, qsizetype pos, const char *prefix)
{
    for (qsizetype k = 0; prefix[k]; ++k) {
        if (pos + k >= text.size())
            return false;
        char16_t c = text[pos + k].unicode();
        if (c >= 'A' && c <= 'Z')
            c = char16_t(c + ('a' - 'A'));
        if (c != char16_t(prefix[k]))
            return false;
    }
    return true;
}

// Trailing characters that close a sentence or a bracket rather than belong to a URL.
bool isUrlTrailer(char16_t c)
{
    switch (c) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case ')':
    case ']':
    case '}':
    case '"':
    case '\'':
    case '>':
    case u'\u2019':
    case u'\u201D':
        return true;
    default:
        return false;
    }
}

} // namespace

FigureTokens::FigureTokens(QStringView text)
    : m_text(text)
{
    m_sentinel.type = FigureToken::Break;
    m_tokens.reserve(text.size() / 4 + 8);
    const qsizetype n = text.size();
    qsizetype pos = 0;
    while (pos < n) {
        const char16_t c = text[pos].unicode();
        if (c == '\n' && isSoftBreak(pos)) {
            m_space = true;
            ++pos;
            continue;
        }
        if (c == '\n') {
            FigureToken t;
            t.type = FigureToken::Break;
            t.start = pos;
            t.end = pos + 1;
            m_tokens.append(t);
            m_space = true;
            ++pos;
            continue;
        }
        if (isSpace(c)) {
            m_space = true;
            ++pos;
            continue;
        }
        if (isDigit(c)) {
            readNumber(pos);
        } else if (isLetter(c)) {
            const qsizetype url = (c == 'h' || c == 'H' || c == 'w' || c == 'W') ? urlEnd(pos) : pos;
            if (url > pos) {
                FigureToken t;
                t.type = FigureToken::Opaque;
                t.spaceBefore = m_space;
                t.start = pos;
                t.end = url;
                m_tokens.append(t);
                pos = url;
            } else {
                readWord(pos);
            }
        } else {
            FigureToken t;
            t.type = FigureToken::Symbol;
            t.spaceBefore = m_space;
            t.ch = c;
            t.start = pos;
            t.end = ++pos;
            m_tokens.append(t);
        }
        m_space = false;
    }
}

void FigureTokens::readNumber(qsizetype &pos)
{
    const QStringView s = m_text;
    const qsizetype n = s.size();
    FigureToken t;
    t.type = FigureToken::Number;
    t.spaceBefore = m_space;
    t.start = pos;
    double mantissa = 0;
    int intDigits = 0;
    while (pos < n && isDigit(s[pos].unicode())) {
        mantissa = mantissa * 10 + (s[pos].unicode() - '0');
        ++intDigits;
        ++pos;
    }
    // "1,000,000" groups by three; "2025,2026" or "1,00" are separate numbers.
    if (intDigits <= 3) {
        while (pos + 3 < n && s[pos] == u',' && isDigit(s[pos + 1].unicode()) && isDigit(s[pos + 2].unicode())
            && isDigit(s[pos + 3].unicode()) && (pos + 4 >= n || !isDigit(s[pos + 4].unicode()))) {
            for (int k = 1; k <= 3; ++k)
                mantissa = mantissa * 10 + (s[pos + k].unicode() - '0');
            intDigits += 3;
            t.grouped = true;
            pos += 4;
        }
    }
    int decimals = 0;
    if (pos + 1 < n && s[pos] == u'.' && isDigit(s[pos + 1].unicode())) {
        ++pos;
        while (pos < n && isDigit(s[pos].unicode())) {
            mantissa = mantissa * 10 + (s[pos].unicode() - '0');
            ++decimals;
            ++pos;
        }
    }
    t.mantissa = mantissa;
    t.intDigits = qint8(qMin(intDigits, 100));
    t.decimals = qint8(qMin(decimals, 100));
    t.end = pos;
    m_tokens.append(t);
}

void FigureTokens::readWord(qsizetype &pos)
{
    const QStringView s = m_text;
    FigureToken t;
    t.type = FigureToken::Word;
    t.spaceBefore = m_space;
    t.start = pos;
    t.capital = s[pos].isUpper();
    bool upper = false;
    while (pos < s.size() && isLetter(s[pos].unicode())) {
        const char16_t c = s[pos].unicode();
        if (c < 0x80 ? (c >= 'A' && c <= 'Z') : s[pos].isUpper())
            upper = true;
        ++pos;
    }
    t.upper = upper;
    t.end = pos;
    t.lex = FigureLexicon::lookup(s.sliced(t.start, t.end - t.start));
    m_tokens.append(t);
}

// Hard-wrapped text breaks lines inside sentences ("which invested\nin Scale AI"). A line break
// joins the lines when the sentence visibly goes on: no closing punctuation before it, and a lower
// case word, a digit or a currency sign after it. Headings and paragraphs stay apart.
bool FigureTokens::isSoftBreak(qsizetype pos) const
{
    const QStringView s = m_text;
    qsizetype before = pos - 1;
    while (before >= 0 && isSpace(s[before].unicode()))
        --before;
    if (before < 0 || s[before] == u'\n')
        return false;
    const char16_t last = s[before].unicode();
    if (last == u'.' || last == u'!' || last == u'?' || last == u':' || last == u';')
        return false;
    qsizetype after = pos + 1;
    while (after < s.size() && isSpace(s[after].unicode()))
        ++after;
    if (after >= s.size())
        return false;
    const QChar next = s[after];
    return next.isLower() || isDigit(next.unicode()) || next == u'$' || next == u'\u20AC' || next == u'\u00A3';
}

qsizetype FigureTokens::urlEnd(qsizetype pos) const
{
    const QStringView s = m_text;
    if (!startsWithAscii(s, pos, "http://") && !startsWithAscii(s, pos, "https://") && !startsWithAscii(s, pos, "www."))
        return pos;
    qsizetype end = pos;
    while (end < s.size() && !isSpace(s[end].unicode()) && s[end] != u'\n')
        ++end;
    while (end > pos && isUrlTrailer(s[end - 1].unicode()))
        --end;
    return end;
}

QStringView FigureTokens::view(int i) const
{
    const FigureToken &t = at(i);
    return m_text.sliced(t.start, t.end - t.start);
}

QStringView FigureTokens::view(int first, int last) const
{
    if (first < 0 || last >= size() || last < first)
        return {};
    return m_text.sliced(m_tokens[first].start, m_tokens[last].end - m_tokens[first].start);
}

QString FigureTokens::phrase(int first, int last) const
{
    return view(first, last).toString().simplified();
}

bool FigureTokens::isDash(int i) const
{
    const FigureToken &t = at(i);
    return t.type == FigureToken::Symbol && (t.ch == u'-' || t.ch == u'\u2013' || t.ch == u'\u2011');
}

bool FigureTokens::wordIs(int i, const char *lower) const
{
    const FigureToken &t = at(i);
    if (t.type != FigureToken::Word)
        return false;
    const qsizetype n = t.end - t.start;
    qsizetype k = 0;
    for (; k < n && lower[k]; ++k) {
        char16_t c = m_text[t.start + k].unicode();
        if (c >= 'A' && c <= 'Z')
            c = char16_t(c + ('a' - 'A'));
        if (c != char16_t(lower[k]))
            return false;
    }
    return k == n && lower[k] == 0;
}

bool FigureTokens::isSentenceEnd(int i) const
{
    const FigureToken &t = at(i);
    if (t.type == FigureToken::Break)
        return true;
    if (t.type != FigureToken::Symbol)
        return false;
    if (t.ch == u'!' || t.ch == u'?' || t.ch == u';')
        return true;
    if (t.ch != u'.')
        return false;
    // "U.S." and "No." do not end a sentence.
    if (glued(i) && isWord(i - 1)) {
        const FigureToken &w = at(i - 1);
        if (w.end - w.start == 1 || wordIs(i - 1, "no") || wordIs(i - 1, "mr") || wordIs(i - 1, "dr")
            || wordIs(i - 1, "vs") || wordIs(i - 1, "inc") || wordIs(i - 1, "corp") || wordIs(i - 1, "co"))
            return false;
    }
    return true;
}

bool FigureTokens::isPossessive(int i) const
{
    const FigureToken &t = at(i);
    return t.type == FigureToken::Symbol && (t.ch == u'\'' || t.ch == u'\u2019') && glued(i) && glued(i + 1)
        && wordIs(i + 1, "s");
}

int FigureTokens::compoundEnd(int i) const
{
    int j = i;
    while (isWord(j)) {
        if ((isDash(j + 1) || isSymbol(j + 1, u'/')) && glued(j + 1) && glued(j + 2)
            && (isWord(j + 2) || isNumber(j + 2)))
            j += 2;
        else if (glued(j + 1) && isNumber(j + 1))
            j += 1; // "H100"
        else
            break;
    }
    return j;
}

int FigureTokens::compoundStart(int i) const
{
    int j = i;
    while (isDash(j - 1) && glued(j - 1) && glued(j) && isWord(j - 2) && isWord(j))
        j -= 2;
    return j;
}

} // namespace crossread
