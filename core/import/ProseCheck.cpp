#include "ProseCheck.h"

#include <QObject>

namespace crossread {

namespace {

// Enough of a long text to judge it by.
constexpr qsizetype kSample = 100000;

bool isOdd(char32_t c)
{
    // Tab, line and page breaks, the DOS end-of-file mark and ANSI escapes occur in real text files.
    if (c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r' || c == 0x1A || c == 0x1B)
        return false;
    if (c == 0xFFFD)
        return true; // bytes the decoder could not read
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_NotAssigned:
    case QChar::Other_PrivateUse:
    case QChar::Other_Surrogate:
        return true;
    default:
        return false;
    }
}

bool isWordCharacter(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing: // the vowel signs of Indic scripts are marks within words
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return QChar::isLetter(c);
    }
}

} // namespace

QString ProseCheck::problem(const QString &text, bool encodingGuessed)
{
    qsizetype total = 0, nonSpace = 0, letters = 0, asciiLetters = 0, digits = 0, odd = 0;
    int run = 0;
    bool hasWord = false;
    int spacedWords = 0; // words with white space between them
    bool spaceSinceWord = true;
    const QList<uint> sample = QStringView(text).first(qMin(text.size(), kSample)).toUcs4();
    for (const uint codePoint : sample) {
        const char32_t c = codePoint;
        ++total;
        if (isOdd(c))
            ++odd;
        if (QChar::isSpace(c)) {
            run = 0;
            spaceSinceWord = true;
            continue;
        }
        ++nonSpace;
        if (isWordCharacter(c)) {
            ++letters;
            asciiLetters += c < 0x80 ? 1 : 0;
            if (++run == 2) {
                hasWord = true;
                if (spaceSinceWord)
                    ++spacedWords;
                spaceSinceWord = false;
            }
        } else {
            digits += QChar::isDigit(c) ? 1 : 0;
            run = 0;
        }
    }
    if (odd * 100 > total) // more than 1%: control bytes or unreadable ones, not prose
        return QObject::tr("not text: binary or random bytes");
    if (!hasWord)
        return QObject::tr("not text: no words");
    if (letters * 4 < nonSpace)
        return QObject::tr("not text: too few letters for prose");
    // Random bytes read as Windows-1252 give as many accented letters as plain ones, many
    // symbols and seldom a space; Western text in that encoding is mostly plain letters, in
    // words between spaces, with a little punctuation.
    if (encodingGuessed
        && (asciiLetters * 10 < letters * 6 || (letters + digits) * 10 < nonSpace * 7 || spacedWords < 2))
        return QObject::tr("not text: binary or random bytes");
    return {};
}

} // namespace crossread
