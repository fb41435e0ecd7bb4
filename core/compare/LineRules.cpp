#include "compare/LineRules.h"

#include "compare/FigureParser.h"
#include "compare/ProseTokenizer.h"
#include "compare/WordLists.h"

namespace crossread {

namespace {

bool isTerminal(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == QChar(0x2026);
}

// The whitespace-delimited word that ends at index last (inclusive), without leading openers.
QStringView wordEndingAt(QStringView s, qsizetype last)
{
    qsizetype first = last;
    while (first > 0 && !s[first - 1].isSpace())
        --first;
    while (first < last && LineRules::isOpener(s[first]))
        ++first;
    return s.mid(first, last - first + 1);
}

// The letters of the word starting at index first, after openers, folded; empty if none.
QString wordStartingAt(QStringView s, qsizetype first)
{
    while (first < s.size() && LineRules::isOpener(s[first]))
        ++first;
    qsizetype last = first;
    while (last < s.size() && s[last].isLetter())
        ++last;
    return ProseTokenizer::foldedWord(s.mid(first, last - first));
}

enum class DotKind { NotAbbreviation, Title, Number, Ambiguous };

DotKind classifyDotWord(QStringView wordWithDot)
{
    const QString lower = ProseTokenizer::foldedWord(wordWithDot);
    if (WordLists::isTitleAbbreviation(lower))
        return DotKind::Title;
    if (WordLists::isNumberAbbreviation(lower))
        return DotKind::Number;
    const QStringView bare = wordWithDot.chopped(1);
    if (WordLists::isAmbiguousAbbreviation(lower) || ProseTokenizer::isDottedInitials(bare)
        || (bare.size() == 1 && bare[0].isUpper()))
        return DotKind::Ambiguous;
    return DotKind::NotAbbreviation;
}

QStringView lastWord(QStringView line)
{
    line = line.trimmed();
    qsizetype end = line.size();
    while (end > 0 && !line[end - 1].isLetterOrNumber())
        --end;
    qsizetype start = end;
    while (start > 0 && !line[start - 1].isSpace())
        --start;
    return line.mid(start, end - start);
}

bool startsLikeSentence(QStringView line)
{
    line = line.trimmed();
    qsizetype i = 0;
    while (i < line.size() && LineRules::isOpener(line[i]))
        ++i;
    if (i >= line.size())
        return i > 0;
    const QChar c = line[i];
    return c.isUpper() || c.isDigit() || FigureParser::isCurrencySymbol(c) || i > 0;
}

} // namespace

bool LineRules::isOpener(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u'(':
    case u'[':
    case 0x201C:
    case 0x2018:
    case 0x00AB:
    case 0x2039:
        return true;
    default:
        return false;
    }
}

bool LineRules::isCloser(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u')':
    case u']':
    case 0x201D:
    case 0x2019:
    case 0x00BB:
    case 0x203A:
        return true;
    default:
        return false;
    }
}

bool LineRules::endsSentence(QStringView line)
{
    line = line.trimmed();
    qsizetype last = line.size() - 1;
    while (last >= 0 && isCloser(line[last]))
        --last;
    if (last < 0 || !isTerminal(line[last]))
        return false;
    if (line[last] != u'.' || last < line.size() - 1)
        return true; // "?", "!", or a period inside closing quotes
    return classifyDotWord(wordEndingAt(line, last)) == DotKind::NotAbbreviation;
}

bool LineRules::isListItem(QStringView line)
{
    line = line.trimmed();
    if (line.size() < 2)
        return false;
    const QChar c = line[0];
    if (c == u'#')
        return true;
    if ((c == u'-' || c == u'*' || c == u'+' || c == QChar(0x2022) || c == QChar(0x00B7) || c == QChar(0x2013)
            || c == QChar(0x2014))
        && line[1].isSpace())
        return true;
    qsizetype i = 0;
    while (i < line.size() && i < 3 && line[i].isDigit())
        ++i;
    return i > 0 && i + 1 < line.size() && (line[i] == u'.' || line[i] == u')') && line[i + 1].isSpace();
}

bool LineRules::isHeading(QStringView line, QStringView next)
{
    line = line.trimmed();
    if (line.isEmpty() || line.size() > 150)
        return false;
    qsizetype last = line.size() - 1;
    while (last > 0 && isCloser(line[last]))
        --last;
    const QChar end = line[last];
    if (isTerminal(end) || end == u':' || end == u';' || end == u',' || end == u'-' || end == QChar(0x2014)
        || end == QChar(0x2013))
        return false;
    const QStringView finalWord = lastWord(line);
    if (finalWord.isEmpty() || WordLists::isFunctionWord(ProseTokenizer::foldedWord(finalWord)))
        return false;
    int words = 0;
    int content = 0;
    int capitalised = 0;
    for (QStringView w : line.tokenize(u' ', Qt::SkipEmptyParts)) {
        ++words;
        qsizetype i = 0;
        while (i < w.size() && isOpener(w[i]))
            ++i;
        if (i >= w.size() || WordLists::isFunctionWord(ProseTokenizer::foldedWord(w.mid(i))))
            continue;
        ++content;
        if (w[i].isUpper() || w[i].isDigit())
            ++capitalised;
    }
    const int nextWords = int(next.trimmed().count(u' ')) + 1;
    if (words <= 3)
        return startsLikeSentence(next) || nextWords <= 3;
    return words <= 20 && content > 0 && capitalised * 10 >= content * 6 && startsLikeSentence(next);
}

bool LineRules::breaksBefore(QStringView previous, QStringView line, bool previousStartsSentence)
{
    if (endsSentence(previous) || isListItem(line) || previous.trimmed().startsWith(u'#'))
        return true;
    return previousStartsSentence && isHeading(previous, line);
}

bool LineRules::keepsFinderBoundary(QStringView flat, qsizetype p)
{
    if (p <= 0 || !flat[p - 1].isSpace())
        return false; // inside a run of non-space text: "Meta.AI", "v4.0"
    qsizetype last = p - 1;
    while (last >= 0 && flat[last].isSpace())
        --last;
    if (last < 0)
        return false;
    if (flat[last] != u'.')
        return true; // "?", "!", or a closing quote after the period
    switch (classifyDotWord(wordEndingAt(flat, last))) {
    case DotKind::NotAbbreviation:
        return true;
    case DotKind::Title:
        return false;
    case DotKind::Number: {
        qsizetype i = p;
        while (i < flat.size() && isOpener(flat[i]))
            ++i;
        return !(i < flat.size() && flat[i].isDigit());
    }
    case DotKind::Ambiguous:
        return WordLists::isSentenceStarter(wordStartingAt(flat, p));
    }
    return true;
}

void LineRules::addNumberBoundaries(QStringView flat, QList<qsizetype> *cuts)
{
    const char16_t *d = flat.utf16();
    for (qsizetype i = 0; i + 2 < flat.size(); ++i) {
        // Every character of the text comes here: the common ones leave after one test.
        if ((d[i] > u'?' && d[i] != 0x2026) || d[i] == u' ' || !isTerminal(flat[i]))
            continue;
        qsizetype j = i + 1;
        while (j < flat.size() && isCloser(flat[j]))
            ++j;
        if (j >= flat.size() || !flat[j].isSpace())
            continue;
        while (j < flat.size() && flat[j].isSpace())
            ++j;
        if (j >= flat.size() || !(flat[j].isDigit() || FigureParser::isCurrencySymbol(flat[j])))
            continue;
        if (flat[i] == u'.' && classifyDotWord(wordEndingAt(flat, i)) != DotKind::NotAbbreviation)
            continue;
        cuts->append(j);
    }
}

} // namespace crossread
