#include "compare/WordLists.h"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace crossread {

namespace {

using WordSet = std::unordered_set<std::u16string_view>;

std::u16string_view view(QStringView s)
{
    return std::u16string_view(s.utf16(), size_t(s.size()));
}

const WordSet &titleAbbreviations()
{
    static const WordSet set { u"mr.", u"mrs.", u"ms.", u"dr.", u"prof.", u"sr.", u"st.", u"gen.", u"sen.", u"rep.",
        u"gov.", u"lt.", u"col.", u"capt.", u"mt.", u"vs.", u"e.g.", u"i.e.", u"cf.", u"approx.", u"est.", u"dept.",
        u"rev.", u"hon.", u"messrs.", u"sgt.", u"cmdr.", u"adm.", u"pres.", u"supt.", u"ft." };
    return set;
}

const WordSet &ambiguousAbbreviations()
{
    static const WordSet set { u"u.s.", u"u.k.", u"u.n.", u"e.u.", u"inc.", u"corp.", u"ltd.", u"co.", u"jr.", u"etc.",
        u"a.m.", u"p.m.", u"llc.", u"plc.", u"bros.", u"u.s.a.", u"d.c.", u"n.y.", u"l.a.", u"s.a.", u"ph.d.", u"al.",
        u"ave.", u"blvd." };
    return set;
}

const WordSet &numberAbbreviations()
{
    static const WordSet set { u"no.", u"nos.", u"vol.", u"p.", u"pp.", u"fig.", u"art.", u"sec.", u"ch.", u"jan.",
        u"feb.", u"mar.", u"apr.", u"jun.", u"jul.", u"aug.", u"sep.", u"sept.", u"oct.", u"nov.", u"dec.", u"ver.",
        u"v." };
    return set;
}

const WordSet &sentenceStarters()
{
    static const WordSet set { u"the", u"a", u"an", u"this", u"that", u"these", u"those", u"it", u"its", u"he", u"she",
        u"they", u"we", u"i", u"you", u"his", u"her", u"their", u"our", u"my", u"in", u"on", u"at", u"for", u"but",
        u"and", u"or", u"so", u"however", u"meanwhile", u"still", u"yet", u"if", u"when", u"while", u"after", u"before",
        u"as", u"since", u"although", u"though", u"there", u"then", u"now", u"today", u"also", u"other", u"some",
        u"many", u"most", u"one", u"what", u"why", u"how", u"who", u"according", u"last", u"next", u"earlier", u"later",
        u"separately", u"instead", u"both" };
    return set;
}

const WordSet &functionWords()
{
    static const WordSet set { u"a", u"an", u"the", u"and", u"or", u"but", u"nor", u"so", u"yet", u"of", u"to", u"in",
        u"on", u"at", u"by", u"for", u"from", u"with", u"about", u"against", u"between", u"into", u"through", u"during",
        u"before", u"after", u"above", u"below", u"up", u"down", u"out", u"off", u"over", u"under", u"again",
        u"further", u"than", u"as", u"until", u"while", u"because", u"if", u"when", u"where", u"whether", u"which",
        u"who", u"whom", u"whose", u"that", u"this", u"these", u"those", u"is", u"are", u"was", u"were", u"be", u"been",
        u"being", u"am", u"have", u"has", u"had", u"having", u"do", u"does", u"did", u"will", u"would", u"shall",
        u"should", u"can", u"could", u"may", u"might", u"must", u"its", u"their", u"his", u"her", u"our", u"your",
        u"my", u"toward", u"towards", u"across", u"along", u"among", u"around", u"per", u"via", u"upon", u"within",
        u"without", u"like", u"unlike", u"despite", u"although", u"though", u"since", u"unless", u"once", u"both",
        u"either", u"neither", u"not", u"no", u"such", u"very", u"just", u"also", u"then", u"there", u"here", u"how",
        u"what", u"why", u"it", u"they", u"he", u"she", u"we", u"you", u"i", u"them", u"him", u"us", u"me", u"beyond",
        u"behind", u"beside", u"onto", u"amid", u"including" };
    return set;
}

const WordSet &extraStopwords()
{
    static const WordSet set { u"said", u"says", u"say", u"reported", u"report", u"reportedly", u"according", u"also",
        u"more", u"most", u"some", u"any", u"all", u"each", u"other", u"new", u"one", u"two", u"only", u"own", u"same",
        u"even", u"still", u"now", u"it's", u"that's", u"there's", u"s", u"t", u"much", u"many", u"few", u"well",
        u"being", u"get", u"got", u"make", u"made", u"into", u"these", u"too", u"however" };
    return set;
}

} // namespace

bool WordLists::isTitleAbbreviation(QStringView lowerWithDot)
{
    return titleAbbreviations().count(view(lowerWithDot)) > 0;
}

bool WordLists::isAmbiguousAbbreviation(QStringView lowerWithDot)
{
    return ambiguousAbbreviations().count(view(lowerWithDot)) > 0;
}

bool WordLists::isNumberAbbreviation(QStringView lowerWithDot)
{
    return numberAbbreviations().count(view(lowerWithDot)) > 0;
}

bool WordLists::isAbbreviation(QStringView lowerWithDot)
{
    return isTitleAbbreviation(lowerWithDot) || isAmbiguousAbbreviation(lowerWithDot)
        || isNumberAbbreviation(lowerWithDot);
}

bool WordLists::isSentenceStarter(QStringView lower)
{
    return sentenceStarters().count(view(lower)) > 0;
}

bool WordLists::isFunctionWord(QStringView lower)
{
    return functionWords().count(view(lower)) > 0;
}

bool WordLists::isStopword(QStringView lower)
{
    return isFunctionWord(lower) || extraStopwords().count(view(lower)) > 0;
}

int WordLists::monthNumber(QStringView lower)
{
    static const std::unordered_map<std::u16string_view, int> months { { u"january", 1 }, { u"february", 2 },
        { u"march", 3 }, { u"april", 4 }, { u"may", 5 }, { u"june", 6 }, { u"july", 7 }, { u"august", 8 },
        { u"september", 9 }, { u"october", 10 }, { u"november", 11 }, { u"december", 12 }, { u"jan", 1 }, { u"feb", 2 },
        { u"mar", 3 }, { u"apr", 4 }, { u"jun", 6 }, { u"jul", 7 }, { u"aug", 8 }, { u"sep", 9 }, { u"sept", 9 },
        { u"oct", 10 }, { u"nov", 11 }, { u"dec", 12 } };
    QStringView word = lower.endsWith(u'.') ? lower.chopped(1) : lower;
    const auto it = months.find(view(word));
    return it == months.end() ? 0 : it->second;
}

char WordLists::qualifierOf(QStringView lowerPhrase)
{
    static const std::unordered_map<std::u16string_view, char> qualifiers { { u"over", 'O' }, { u"above", 'O' },
        { u"more than", 'O' }, { u"at least", 'O' }, { u"upwards of", 'O' }, { u"north of", 'O' },
        { u"exceeding", 'O' }, { u"beyond", 'O' }, { u"under", 'U' }, { u"below", 'U' }, { u"less than", 'U' },
        { u"fewer than", 'U' }, { u"up to", 'U' }, { u"nearly", 'N' }, { u"almost", 'N' }, { u"just under", 'N' },
        { u"at most", 'U' }, { u"about", 'A' }, { u"around", 'A' }, { u"roughly", 'A' }, { u"approximately", 'A' },
        { u"some", 'A' }, { u"an estimated", 'A' }, { u"estimated", 'A' }, { u"circa", 'A' }, { u"close to", 'A' },
        { u"approx.", 'A' }, { u"~", 'A' } };
    const auto it = qualifiers.find(view(lowerPhrase));
    return it == qualifiers.end() ? 0 : it->second;
}

} // namespace crossread
