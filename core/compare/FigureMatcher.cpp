#include "compare/FigureMatcher.h"

#include "compare/FigureLabels.h"
#include "compare/ProseTokenizer.h"

#include <algorithm>
#include <cmath>

namespace crossread {

namespace {

int kindClass(FigureKind k)
{
    switch (k) {
    case FigureKind::Money:
        return 0;
    case FigureKind::Percent:
        return 1;
    case FigureKind::Date:
        return 2;
    default:
        return 3; // counts, scores, ranks, durations: plain numbers
    }
}

bool nearlyEqual(double x, double y)
{
    return std::abs(x - y) <= 1e-9 * std::max({ 1.0, std::abs(x), std::abs(y) });
}

// Is exact value y consistent with the qualified statement (q, x)? Bounds are taken strictly
// ("over $14 billion" admits $14.3 billion, not $13.9 billion); "nearly" means a little under.
bool satisfies(char q, double x, double precisionX, double y)
{
    switch (q) {
    case 'O':
        return y >= x;
    case 'U':
        return y <= x;
    case 'N':
        return y <= x && y >= 0.85 * x;
    case 'A':
        return std::abs(y - x) <= std::max(0.1 * std::abs(x), precisionX / 2);
    default:
        return false;
    }
}

double overlap(const QStringList &a, const QStringList &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    int shared = 0;
    for (const QString &w : a)
        if (b.contains(w))
            ++shared;
    return double(shared) / double(a.size() + b.size() - shared);
}

} // namespace

QList<FigureMention> FigureMatcher::mentions(QStringView text, const ProseToken *tokens, int count)
{
    QList<FigureMention> out;
    for (int t = 0; t < count; ++t) {
        if (tokens[t].kind != ProseToken::Figure)
            continue;
        FigureMention m;
        m.token = tokens[t];
        m.text = tokens[t].text(text).toString();
        m.qualifier = FigureLabels::qualifier(text, tokens, t);
        m.label = FigureLabels::label(text, tokens, count, t);
        m.context = FigureLabels::context(text, tokens, count, t);
        out.append(m);
    }
    return out;
}

bool FigureMatcher::sameKind(const FigureMention &a, const FigureMention &b)
{
    const int ka = kindClass(a.token.figureKind);
    return ka == kindClass(b.token.figureKind) && (ka >= 2 || a.token.unitCode == b.token.unitCode);
}

FigureComparison::Status FigureMatcher::status(const FigureMention &a, const FigureMention &b)
{
    const ProseToken &x = a.token;
    const ProseToken &y = b.token;
    if (x.figureKind == FigureKind::Date || y.figureKind == FigureKind::Date) {
        const QString dx = x.dateValue();
        const QString dy = y.dateValue();
        if (dx == dy)
            return FigureComparison::Agree;
        if (!dx.isEmpty() && !dy.isEmpty() && (dx.startsWith(dy) || dy.startsWith(dx)))
            return FigureComparison::Compatible;
        return FigureComparison::Conflict;
    }
    if (nearlyEqual(x.value, y.value))
        return a.qualifier == b.qualifier ? FigureComparison::Agree : FigureComparison::Compatible;
    if (a.qualifier && b.qualifier) {
        // Two bounds in the same direction never contradict; opposite ones must overlap.
        if (a.qualifier == b.qualifier && (a.qualifier == 'O' || a.qualifier == 'U'))
            return FigureComparison::Compatible;
        const bool fits = satisfies(a.qualifier, x.value, x.precision(), y.value)
            || satisfies(b.qualifier, y.value, y.precision(), x.value);
        return fits ? FigureComparison::Compatible : FigureComparison::Conflict;
    }
    if (a.qualifier)
        return satisfies(a.qualifier, x.value, x.precision(), y.value) ? FigureComparison::Compatible
                                                                       : FigureComparison::Conflict;
    if (b.qualifier)
        return satisfies(b.qualifier, y.value, y.precision(), x.value) ? FigureComparison::Compatible
                                                                       : FigureComparison::Conflict;
    // Both exact: one may be the other rounded ("$14 billion" for "$14.3 billion").
    const double step = std::max(x.precision(), y.precision());
    return std::abs(x.value - y.value) <= step / 2 * (1 + 1e-9) ? FigureComparison::Compatible
                                                                : FigureComparison::Conflict;
}

QList<FigureComparison> FigureMatcher::compare(const QList<FigureMention> &a, const QList<FigureMention> &b) const
{
    struct Option
    {
        double score;
        int i;
        int j;
    };
    std::vector<Option> options;
    for (int i = 0; i < a.size(); ++i) {
        int sameKindInA = 0;
        for (const FigureMention &other : a)
            sameKindInA += sameKind(a[i], other) ? 1 : 0;
        for (int j = 0; j < b.size(); ++j) {
            if (!sameKind(a[i], b[j]))
                continue;
            int sameKindInB = 0;
            for (const FigureMention &other : b)
                sameKindInB += sameKind(b[j], other) ? 1 : 0;
            const FigureComparison::Status st = status(a[i], b[j]);
            double score = 3 * overlap(a[i].context, b[j].context);
            if (st == FigureComparison::Agree)
                score += 4;
            else if (st == FigureComparison::Compatible)
                score += 2;
            if (sameKindInA == 1 && sameKindInB == 1)
                score += 1;
            if (score <= 0)
                continue; // two unrelated figures that merely share a kind
            // Prefer figures at similar places in their sentences.
            score -= 0.01
                * std::abs(double(i) / std::max<qsizetype>(1, a.size()) - double(j) / std::max<qsizetype>(1, b.size()));
            options.push_back({ score, i, j });
        }
    }
    std::sort(options.begin(), options.end(), [](const Option &x, const Option &y) { return x.score > y.score; });
    std::vector<bool> usedA(size_t(a.size()), false);
    std::vector<bool> usedB(size_t(b.size()), false);
    QList<FigureComparison> out;
    for (const Option &o : options) {
        if (usedA[size_t(o.i)] || usedB[size_t(o.j)])
            continue;
        usedA[size_t(o.i)] = usedB[size_t(o.j)] = true;
        const FigureMention &x = a[o.i];
        const FigureMention &y = b[o.j];
        FigureComparison c;
        c.aText = x.text;
        c.bText = y.text;
        c.label = !x.label.isEmpty() ? x.label : !y.label.isEmpty() ? y.label : FigureLabels::kindLabel(x.token);
        c.status = status(x, y);
        c.aStart = x.token.pos;
        c.bStart = y.token.pos;
        out.append(c);
    }
    std::sort(out.begin(), out.end(),
        [](const FigureComparison &l, const FigureComparison &r) { return l.aStart < r.aStart; });
    return out;
}

QList<FigureComparison> FigureMatcher::compare(const QString &a, const QString &b) const
{
    const QList<ProseToken> ta = ProseTokenizer().tokenize(a);
    const QList<ProseToken> tb = ProseTokenizer().tokenize(b);
    return compare(mentions(a, ta.constData(), int(ta.size())), mentions(b, tb.constData(), int(tb.size())));
}

} // namespace crossread
