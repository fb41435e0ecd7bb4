#include "compare/SentenceBoundaries.h"

#include <QTextBoundaryFinder>

#include <array>

namespace crossread {

namespace {

// Sentence break classes of UAX #29 that occur in the text this reader accepts.
enum Class : unsigned char { Other, Space, Lower, Upper, Numeric, ATerm, SContinue, STerm, Close, Unknown };

// Where the scan stands: what the text since the last boundary ends with. The states and their
// moves follow QTextBoundaryFinder's reading of the rules (Qt 6), which the tests check.
enum State : unsigned char {
    Start, // nothing that matters pending
    AfterLower, // a lower-case letter (a second one in a row returns to Start)
    AfterUpper, // upper-case letters
    LetterATerm, // a letter, then a full stop: "U." in "U.S."
    FullStop, // a full stop
    FullStopClose, // a full stop and closing punctuation
    FullStopSpace, // a full stop, closing punctuation, spaces
    Exclaim, // '!' or '?', or a continuation after a terminator
    ExclaimClose,
    ExclaimSpace,
    First, // before the first character
    Break, // a boundary before the current character
    LookAhead, // decided by what comes next (a lower-case letter continues the sentence)
};

Class classOf(char16_t c)
{
    static const auto ascii = [] {
        std::array<Class, 128> t {};
        t.fill(Unknown);
        for (char16_t d = 0x21; d < 0x7F; ++d)
            t[d] = Other;
        t[u' '] = Space;
        for (char16_t d = u'a'; d <= u'z'; ++d)
            t[d] = Lower;
        for (char16_t d = u'A'; d <= u'Z'; ++d)
            t[d] = Upper;
        for (char16_t d = u'0'; d <= u'9'; ++d)
            t[d] = Numeric;
        t[u'.'] = ATerm;
        t[u'!'] = t[u'?'] = STerm;
        t[u','] = t[u'-'] = t[u':'] = SContinue;
        for (char16_t d : { u'"', u'\'', u'(', u')', u'[', u']', u'{', u'}' })
            t[d] = Close;
        return t;
    }();
    if (c < 0x80)
        return ascii[c];
    switch (c) {
    case 0x00A0: // no-break space
        return Space;
    case 0x2013: // en dash
    case 0x2014: // em dash
        return SContinue;
    case 0x00AB: // « »
    case 0x00BB:
    case 0x2018: // ‘ ’ “ ”
    case 0x2019:
    case 0x201C:
    case 0x201D:
        return Close;
    default:
        return Unknown;
    }
}

State next(State state, Class c)
{
    switch (state) {
    case First:
        return Break;
    case Start:
    case AfterLower:
    case AfterUpper:
        switch (c) {
        case Lower:
            return state == Start ? AfterLower : Start;
        case Upper:
            return state == AfterLower ? Start : AfterUpper;
        case ATerm:
            return state == Start ? FullStop : LetterATerm;
        case STerm:
            return Exclaim;
        default:
            return Start;
        }
    case LetterATerm:
    case FullStop:
    case FullStopClose:
    case FullStopSpace:
        switch (c) {
        case Other:
            return LookAhead;
        case Space:
            return FullStopSpace;
        case Lower:
            return Start;
        case Upper:
            return state == LetterATerm ? AfterUpper : Break; // "U.S." stays one
        case Numeric:
            return state == LetterATerm || state == FullStop ? Start : LookAhead;
        case ATerm:
            return FullStop;
        case SContinue:
        case STerm:
            return Exclaim;
        case Close:
            return state == FullStopSpace ? LookAhead : FullStopClose;
        case Unknown:
            break;
        }
        return Break;
    case Exclaim:
    case ExclaimClose:
    case ExclaimSpace:
        switch (c) {
        case Space:
            return ExclaimSpace;
        case ATerm:
            return FullStop;
        case SContinue:
        case STerm:
            return Exclaim;
        case Close:
            return state == ExclaimSpace ? Break : ExclaimClose;
        default:
            return Break;
        }
    case Break:
    case LookAhead:
        break;
    }
    return Break;
}

// next() for every state and class, read once: the scan is one lookup a character.
struct Moves
{
    std::array<std::array<State, Unknown + 1>, LookAhead + 1> to {};
    std::array<Class, 128> ascii {};
    std::array<bool, 128> stops {}; // what ends a run that cannot hold a boundary: '.', '!', '?', unknown
    Moves()
    {
        for (int state = 0; state <= LookAhead; ++state)
            for (int c = 0; c <= Unknown; ++c)
                to[size_t(state)][size_t(c)] = next(State(state), Class(c));
        for (char16_t c = 0; c < 128; ++c) {
            ascii[c] = classOf(c);
            stops[c] = ascii[c] == ATerm || ascii[c] == STerm || ascii[c] == Unknown;
        }
    }
    Class of(char16_t c) const { return c < 128 ? ascii[c] : classOf(c); }
};

} // namespace

bool SentenceBoundaries::scan(QStringView text, QList<qsizetype> *out)
{
    static const Moves moves;
    out->clear();
    const char16_t *d = text.utf16();
    const qsizetype n = text.size();
    State state = First;
    for (qsizetype i = 0; i < n; ++i) {
        if (state == Start || state == AfterLower || state == AfterUpper) {
            // Between terminators nothing breaks, and only the letters right before the next
            // terminator matter (a letter before a full stop makes "U.S."): skip to it.
            qsizetype k = i;
            while (k < n && d[k] < 128 && !moves.stops[d[k]])
                ++k;
            if (k > i) {
                qsizetype j = k;
                while (j > i && (moves.ascii[d[j - 1]] == Lower || moves.ascii[d[j - 1]] == Upper))
                    --j;
                if (j > i)
                    state = Start; // what came before the letters leaves no letter pending
                for (; j < k; ++j)
                    state = moves.to[state][moves.ascii[d[j]]];
                i = k;
                if (i == n)
                    break;
            }
        }
        const qsizetype at = i;
        const Class c = moves.of(d[i]);
        if (c == Unknown)
            return false;
        state = moves.to[state][c];
        if (state == LookAhead) {
            // After a full stop: the sentence goes on when a lower-case letter comes before any
            // letter or terminator ("e.g. the", "3 p.m. on").
            state = Break;
            for (qsizetype j = i + 1; j < n; ++j) {
                const Class t = moves.of(d[j]);
                if (t == Unknown)
                    return false;
                if (t == Other || t == Space || t == Numeric || t == SContinue || t == Close)
                    continue;
                if (t == Lower) {
                    i = j;
                    state = Start;
                }
                break;
            }
        }
        if (state == Break) {
            if (at > 0)
                out->append(at);
            state = moves.to[Start][c];
        }
    }
    return true;
}

QList<qsizetype> SentenceBoundaries::inside(const QString &text)
{
    QList<qsizetype> out;
    if (scan(text, &out))
        return out;
    out.clear();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    for (qsizetype p = finder.toNextBoundary(); p > 0 && p < text.size(); p = finder.toNextBoundary())
        out.append(p);
    return out;
}

} // namespace crossread
