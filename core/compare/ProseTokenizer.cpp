#include "compare/ProseTokenizer.h"

#include "compare/FigureParser.h"
#include "compare/WordLists.h"

namespace crossread {

namespace {

// Length in UTF-16 units of a word character at i (a surrogate pair counts as one), or 0.
int wordCharLength(QStringView s, qsizetype i)
{
    if (i >= s.size())
        return 0;
    const QChar c = s[i];
    if (c.unicode() < 128) // most of English news: no Unicode tables needed
        return (c.unicode() >= u'a' && c.unicode() <= u'z') || (c.unicode() >= u'A' && c.unicode() <= u'Z')
                || (c.unicode() >= u'0' && c.unicode() <= u'9')
            ? 1
            : 0;
    if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate()) {
        const char32_t ucs = QChar::surrogateToUcs4(c, s[i + 1]);
        return (QChar::isLetterOrNumber(ucs) || QChar::isMark(ucs)) ? 2 : 0;
    }
    return (c.isLetterOrNumber() || c.isMark()) ? 1 : 0;
}

bool isConnector(QChar c)
{
    switch (c.unicode()) {
    case u'\'':
    case 0x2019: // right single quotation mark used as apostrophe
    case u'-':
    case 0x2011: // non-breaking hyphen
    case u'.':
    case u'_':
    case u'&':
        return true;
    default:
        return false;
    }
}

// A word broken by a hyphen at a line end ("con-\ntrolled", common in text from PDFs): the index
// of the letter that continues it on the next line, else -1. Only a lower-case continuation
// counts; "Microsoft-\nOpenAI" stays two words.
qsizetype lineBreakHyphenContinuation(QStringView s, qsizetype i)
{
    if (i >= s.size() || (s[i] != u'-' && s[i] != QChar(0x2010) && s[i] != QChar(0x00AD)))
        return -1;
    qsizetype j = i + 1;
    while (j < s.size() && (s[j] == u' ' || s[j] == u'\t'))
        ++j;
    if (j >= s.size() || s[j] != u'\n')
        return -1;
    ++j;
    while (j < s.size() && (s[j] == u' ' || s[j] == u'\t'))
        ++j;
    return j < s.size() && s[j].isLower() ? j : -1;
}

bool isAsciiWordChar(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

qsizetype wordEnd(QStringView s, qsizetype i)
{
    for (;;) {
        while (i < s.size() && isAsciiWordChar(s[i].unicode())) // the common case, inline
            ++i;
        const int l = wordCharLength(s, i);
        if (l == 0)
            return i;
        i += l;
    }
}

} // namespace

bool ProseTokenizer::isDottedInitials(QStringView word)
{
    if (word.size() < 3)
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const bool letterSlot = (i % 2) == 0;
        if (letterSlot != word[i].isLetter() || (!letterSlot && word[i] != u'.'))
            return false;
    }
    return word.size() % 2 == 1;
}

bool ProseTokenizer::isLineBroken(QStringView word)
{
    // Asked of every token: a plain loop over a few characters beats a library search's call.
    for (QChar c : word)
        if (c == u'\n')
            return true;
    return false;
}

QString ProseTokenizer::joinedWord(QStringView word, bool keepHyphen)
{
    QString out;
    out.reserve(word.size());
    for (qsizetype i = 0; i < word.size(); ++i) {
        const qsizetype next = lineBreakHyphenContinuation(word, i);
        if (next < 0) {
            out += word[i];
            continue;
        }
        if (keepHyphen)
            out += u'-';
        i = next - 1;
    }
    return out;
}

QString ProseTokenizer::foldedWord(QStringView word)
{
    // Asked of every distinct word: ASCII, most of English news, folds by itself.
    bool ascii = true;
    for (QChar c : word)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        QString out(word.size(), Qt::Uninitialized);
        char16_t *to = reinterpret_cast<char16_t *>(out.data());
        for (QChar c : word)
            *to++ = c.unicode() >= u'A' && c.unicode() <= u'Z' ? char16_t(c.unicode() + 32) : c.unicode();
        return out;
    }
    QString out = word.toString().toCaseFolded();
    out.replace(QChar(0x2019), u'\'');
    out.replace(QChar(0x2011), u'-');
    return out;
}

QList<ProseToken> ProseTokenizer::tokenize(QStringView s) const
{
    QList<ProseToken> tokens;
    tokens.reserve(s.size() / 5);
    const qsizetype n = s.size();
    qsizetype i = 0;
    ProseToken figure;
    while (i < n) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if ((c.isDigit() || c.isLetter() || FigureParser::isCurrencySymbol(c)) && FigureParser::parse(s, i, &figure)) {
            tokens.append(figure);
            i = figure.end();
            continue;
        }
        ProseToken t;
        t.pos = qint32(i);
        if (wordCharLength(s, i) > 0) {
            t.kind = ProseToken::Word;
            i = wordEnd(s, i);
            for (;;) {
                if (i + 1 < n && isConnector(s[i]) && wordCharLength(s, i + 1) > 0)
                    i = wordEnd(s, i + 1);
                else if (const qsizetype next = lineBreakHyphenContinuation(s, i); next > 0)
                    i = wordEnd(s, next);
                else
                    break;
            }
            if (i < n && s[i] == u'.') {
                const QStringView word = s.mid(t.pos, i - t.pos);
                const bool initial = word.size() == 1 && word[0].isUpper();
                if (initial || isDottedInitials(word)
                    || (word.size() <= 7 && WordLists::isAbbreviation(foldedWord(s.mid(t.pos, i + 1 - t.pos)))))
                    ++i;
            }
        } else {
            t.kind = ProseToken::Punct;
            if (c.isHighSurrogate() && i + 1 < n && s[i + 1].isLowSurrogate()) {
                i += 2;
            } else {
                ++i;
                while (i < n && s[i] == c) // "--", "...", "!!" stay one token
                    ++i;
            }
        }
        t.len = qint32(i - t.pos);
        tokens.append(t);
    }
    return tokens;
}

} // namespace crossread
