#include "figures/FigureExtractor.h"

#include "domain/CodePoints.h"
#include "figures/DateMatcher.h"
#include "figures/FigureTokens.h"
#include "figures/QuantityMatcher.h"
#include "figures/TableFigures.h"

#include <QRegularExpression>

#include <algorithm>

namespace crossread {

namespace {

using L = FigureLexicon;

// Most tokens are plain words; only these can start a figure.
bool mayStartFigure(const FigureTokens &t, int i)
{
    const FigureToken &tok = t.at(i);
    switch (tok.type) {
    case FigureToken::Number:
    case FigureToken::Symbol:
        return true;
    case FigureToken::Word:
        if (tok.lex
            && (tok.lex->flags
                & (L::NumberWord | L::Ordinal | L::Month | L::CurrencyCode | L::Determiner | L::NamePrefix)))
            return true;
        return tok.upper && t.isSymbol(i + 1, u'$');
    default:
        return false;
    }
}

bool overlaps(const Figure &a, const Figure &b)
{
    if (a.start == a.end)
        return b.start <= a.start && a.start < b.end;
    if (b.start == b.end)
        return a.start <= b.start && b.start < a.end;
    return a.start < b.end && b.start < a.end;
}

bool byPosition(const Figure &a, const Figure &b)
{
    return a.start != b.start ? a.start < b.start : a.end < b.end;
}

// "- Round size: $2.4 billion", "**Post-money valuation:** $18 billion": a figure right after
// a short key and a colon at the start of a line is labelled with the key ("round size").
QString keyLabelBefore(const QString &text, qsizetype from)
{
    // Most figures follow no colon: look for one before anything else.
    qsizetype colon = from - 1;
    while (colon >= 0
        && (text.at(colon) == QLatin1Char(' ') || text.at(colon) == QLatin1Char('*')
            || text.at(colon) == QLatin1Char('_')))
        --colon;
    if (colon < 0 || text.at(colon) != QLatin1Char(':'))
        return {};
    const qsizetype lineStart = from > 0 ? text.lastIndexOf(QLatin1Char('\n'), from - 1) + 1 : 0;
    if (from - lineStart > 60)
        return {};
    static const QRegularExpression keyed(
        QStringLiteral("^\\s*(?:[-*•+]|\\d{1,2}[.)])?\\s*(?:\\*\\*|__)?(\\p{Lu}[\\p{L}\\p{N}'’&/-]*"
                       "(?: [\\p{L}\\p{N}'’&/-]+){0,3})\\s*(?:\\*\\*|__)?:\\s*(?:\\*\\*|__)?\\s*$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = keyed.match(QStringView(text).mid(lineStart, from - lineStart));
    if (!m.hasMatch())
        return {};
    const QString key = m.captured(1);
    // "He said: $5 million was lost" quotes speech; it names nothing.
    static const QRegularExpression speech(
        QStringLiteral("\\b(?:said|says|say|wrote|writes|added|adds|told|tells|noted|notes|explained|asked)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (key.contains(speech))
        return {};
    // "Round size" → "round size", as labels read in prose; "AI spend" keeps its capitals.
    const bool acronym = key.size() > 1 && key.at(1).isUpper();
    return acronym ? key : key.left(1).toLower() + key.mid(1);
}

// Table cells replace the prose figures they overlap: the table says what its cells measure.
void addTableFigures(const QString &text, QList<Figure> *figures)
{
    QList<Figure> table = TableFigures::extract(text);
    if (table.isEmpty())
        return;
    const CodePoints codePoints(text);
    for (Figure &f : table) {
        f.start = codePoints.fromUtf16(f.start);
        f.end = codePoints.fromUtf16(f.end);
    }
    figures->removeIf([&table](const Figure &f) {
        return std::any_of(table.cbegin(), table.cend(), [&f](const Figure &t) { return overlaps(t, f); });
    });
    *figures += table;
    std::stable_sort(figures->begin(), figures->end(), byPosition);
}

} // namespace

QList<Figure> FigureExtractor::extract(const QString &text, const QDate &articleDate) const
{
    const FigureTokens t(text);
    QList<Figure> figures;
    CodePoints codePoints;
    bool codePointsReady = false;
    for (int i = 0; i < t.size();) {
        if (!mayStartFigure(t, i)) {
            ++i;
            continue;
        }
        FigureMatch m;
        if (!DateMatcher::match(t, i, articleDate, &m) && !QuantityMatcher::match(t, i, &m)) {
            ++i;
            continue;
        }
        if (!codePointsReady) {
            codePoints = CodePoints(text);
            codePointsReady = true;
        }
        const qsizetype from = t.at(m.first).start;
        const qsizetype to = t.at(m.last).end;
        Figure f;
        f.kind = m.kind;
        f.value = m.value;
        f.dateValue = m.dateValue;
        f.unit = m.unit;
        f.qualifier = m.qualifier;
        f.label = m.label.isEmpty() ? keyLabelBefore(text, from) : m.label;
        f.text = text.mid(from, to - from);
        f.start = codePoints.fromUtf16(from);
        f.end = codePoints.fromUtf16(to);
        figures.append(f);
        i = std::max(i + 1, m.last + 1);
    }
    addTableFigures(text, &figures);
    return figures;
}

QList<Figure> FigureExtractor::mergeWithManual(QList<Figure> extracted, const QList<Figure> &manual)
{
    extracted.removeIf([&manual](const Figure &f) {
        return std::any_of(manual.cbegin(), manual.cend(), [&f](const Figure &m) { return overlaps(m, f); });
    });
    for (const Figure &m : manual) {
        extracted.append(m);
        extracted.last().manual = true;
    }
    std::stable_sort(extracted.begin(), extracted.end(), byPosition);
    return extracted;
}

} // namespace crossread
