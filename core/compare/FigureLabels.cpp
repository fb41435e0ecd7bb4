#include "compare/FigureLabels.h"

#include "compare/ProseTokenizer.h"
#include "compare/ProseTerms.h"
#include "compare/WordLists.h"

namespace crossread {

namespace {

QString folded(QStringView text, const ProseToken &t)
{
    return ProseTokenizer::foldedWord(t.text(text));
}

bool isWord(const ProseToken &t)
{
    return t.kind == ProseToken::Word;
}

bool isContentWord(QStringView text, const ProseToken &t)
{
    return isWord(t) && !WordLists::isStopword(folded(text, t)) && !WordLists::qualifierOf(folded(text, t));
}

bool startsUpper(QStringView text, const ProseToken &t)
{
    return t.len > 0 && (text[t.pos].isUpper() || text[t.pos].isDigit());
}

QString span(QStringView text, const ProseToken &first, const ProseToken &last)
{
    return text.mid(first.pos, last.end() - first.pos).toString().simplified();
}

} // namespace

char FigureLabels::qualifier(QStringView text, const ProseToken *tokens, int index)
{
    if (index >= 1 && tokens[index - 1].kind == ProseToken::Punct && tokens[index - 1].text(text) == u"~")
        return 'A';
    if (index >= 2 && isWord(tokens[index - 2]) && isWord(tokens[index - 1])) {
        const QString phrase = folded(text, tokens[index - 2]) + u' ' + folded(text, tokens[index - 1]);
        if (const char q = WordLists::qualifierOf(phrase))
            return q;
    }
    if (index >= 1 && isWord(tokens[index - 1]))
        return WordLists::qualifierOf(folded(text, tokens[index - 1]));
    return 0;
}

QString FigureLabels::label(QStringView text, const ProseToken *tokens, int count, int index)
{
    // A name after a preposition: "42.8 on HealthBench Hard", "$14 billion in Scale AI".
    if (index + 2 < count && isWord(tokens[index + 1])) {
        const QString prep = folded(text, tokens[index + 1]);
        if (prep == u"on" || prep == u"in" || prep == u"for" || prep == u"at" || prep == u"of") {
            int last = index + 1;
            for (int t = index + 2; t < count && isWord(tokens[t]) && startsUpper(text, tokens[t]) && t < index + 6;
                 ++t)
                last = t;
            if (last > index + 1)
                return span(text, tokens[index + 2], tokens[last]);
            // "49% of users", "$2 billion in sales": the plain noun after the preposition.
            for (int t = index + 2; t < count && t < index + 5 && isContentWord(text, tokens[t]); ++t)
                last = t;
            if (last > index + 1)
                return span(text, tokens[index + 2], tokens[last]);
        }
    }
    // A noun phrase right after: "49% non-voting stake".
    int last = index;
    for (int t = index + 1; t < count && t < index + 4 && isContentWord(text, tokens[t]); ++t)
        last = t;
    if (last > index)
        return span(text, tokens[index + 1], tokens[last]);
    // Else the content words before, up to the previous punctuation: "valued the company at".
    int first = -1;
    int lastBefore = -1;
    int content = 0;
    for (int t = index - 1; t >= 0 && tokens[t].kind != ProseToken::Punct && content < 3; --t) {
        if (!isContentWord(text, tokens[t]))
            continue;
        ++content;
        first = t;
        if (lastBefore < 0)
            lastBefore = t;
    }
    if (first >= 0)
        return span(text, tokens[first], tokens[lastBefore]);
    return {};
}

QStringList FigureLabels::context(QStringView text, const ProseToken *tokens, int count, int index)
{
    QStringList out;
    auto add = [&](int t) {
        if (isContentWord(text, tokens[t]))
            out.append(ProseTerms::lightStem(folded(text, tokens[t])));
    };
    for (int t = index - 1; t >= 0 && t >= index - 5 && tokens[t].kind != ProseToken::Punct; --t)
        add(t);
    for (int t = index + 1; t < count && t <= index + 5 && tokens[t].kind != ProseToken::Punct; ++t)
        add(t);
    return out;
}

QString FigureLabels::kindLabel(const ProseToken &token)
{
    return figureKindName(token.figureKind);
}

} // namespace crossread
