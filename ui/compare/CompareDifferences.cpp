#include "CompareDifferences.h"

#include "domain/CodePoints.h"

#include <algorithm>

namespace crossread {

namespace {

struct Keyed
{
    double key = 0; // position in A's reading order
    int sub = 0; // a figure conflict follows its pair
    int keyB = 0;
    CompareDifference difference;
};

} // namespace

QList<CompareDifference> CompareDifferences::build(const ComparisonResult &result)
{
    QList<Keyed> keyed;
    // For each sentence of B: the A index of the last in-order pair at or before it in B.
    QList<double> anchorBefore(result.sentencesB.size() + 1, -0.5);
    {
        QList<int> aOfB(result.sentencesB.size(), -1);
        for (const Alignment &al : result.alignments)
            if (!al.moved)
                for (int b = al.b.first; b < al.b.end() && b < aOfB.size(); ++b)
                    aOfB[b] = al.a.last();
        double last = -0.5;
        for (int b = 0; b < aOfB.size(); ++b) {
            anchorBefore[b] = last;
            if (aOfB[b] >= 0)
                last = aOfB[b] + 0.5;
        }
    }
    for (int i = 0; i < result.alignments.size(); ++i) {
        const Alignment &al = result.alignments.at(i);
        if (al.kind == Alignment::Identical && !al.moved)
            continue;
        CompareDifference d;
        switch (al.kind) {
        case Alignment::Identical:
            d.kind = CompareDifference::Moved;
            break;
        case Alignment::Paraphrase:
            d.kind = CompareDifference::Paraphrase;
            break;
        case Alignment::SplitMerge:
            d.kind = CompareDifference::SplitMerge;
            break;
        case Alignment::Partial:
            d.kind = CompareDifference::Partial;
            break;
        case Alignment::Changed:
            d.kind = CompareDifference::Changed;
            break;
        }
        d.moved = al.moved;
        d.alignment = i;
        d.sentenceA = al.a.first;
        d.sentenceB = al.b.first;
        d.aStart = result.sentencesA.at(al.a.first).start;
        d.aEnd = result.sentencesA.at(al.a.last()).end;
        d.bStart = result.sentencesB.at(al.b.first).start;
        d.bEnd = result.sentencesB.at(al.b.last()).end;
        keyed.append({ double(al.a.first), 0, al.b.first, d });
    }
    for (int f = 0; f < result.figures.size(); ++f) {
        const FigureComparison &fc = result.figures.at(f);
        if (fc.status != FigureComparison::Conflict || fc.alignment < 0 || fc.alignment >= result.alignments.size())
            continue;
        const Alignment &al = result.alignments.at(fc.alignment);
        CompareDifference d;
        d.kind = CompareDifference::FigureConflict;
        d.moved = al.moved;
        d.alignment = fc.alignment;
        d.figure = f;
        d.sentenceA = al.a.first;
        d.sentenceB = al.b.first;
        d.aStart = fc.aStart;
        d.aEnd = fc.aStart + CodePoints::count(fc.aText);
        d.bStart = fc.bStart;
        d.bEnd = fc.bStart + CodePoints::count(fc.bText);
        keyed.append({ double(al.a.first), 1, al.b.first, d });
    }
    for (int a : result.onlyA) {
        CompareDifference d;
        d.kind = CompareDifference::OnlyA;
        d.sentenceA = a;
        d.aStart = result.sentencesA.at(a).start;
        d.aEnd = result.sentencesA.at(a).end;
        keyed.append({ double(a), 0, -1, d });
    }
    for (int b : result.onlyB) {
        CompareDifference d;
        d.kind = CompareDifference::OnlyB;
        d.sentenceB = b;
        d.bStart = result.sentencesB.at(b).start;
        d.bEnd = result.sentencesB.at(b).end;
        keyed.append({ anchorBefore.value(b, -0.5), 0, b, d });
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &x, const Keyed &y) {
        if (x.key != y.key)
            return x.key < y.key;
        if (x.sub != y.sub)
            return x.sub < y.sub;
        return x.keyB < y.keyB;
    });
    QList<CompareDifference> out;
    out.reserve(keyed.size());
    for (const Keyed &k : std::as_const(keyed))
        out.append(k.difference);
    return out;
}

QString CompareDifferences::kindName(CompareDifference::Kind kind)
{
    switch (kind) {
    case CompareDifference::Paraphrase:
        return tr("Paraphrase");
    case CompareDifference::Changed:
        return tr("Changed");
    case CompareDifference::Moved:
        return tr("Moved");
    case CompareDifference::OnlyA:
        return tr("Only in A");
    case CompareDifference::OnlyB:
        return tr("Only in B");
    case CompareDifference::FigureConflict:
        return tr("Figure conflict");
    case CompareDifference::SplitMerge:
        return tr("Split or merged");
    case CompareDifference::Partial:
        return tr("Partial");
    }
    return {};
}

QString CompareDifferences::conflictText(const FigureComparison &figure)
{
    const QString values = tr("A: %1 ≠ B: %2").arg(figure.aText.simplified(), figure.bText.simplified());
    return figure.label.isEmpty() ? values : tr("%1 (%2)").arg(values, figure.label);
}

QString CompareDifferences::compatibleText(const FigureComparison &figure)
{
    const QString values = tr("A: %1 ~ B: %2 (compatible)").arg(figure.aText.simplified(), figure.bText.simplified());
    return figure.label.isEmpty() ? values : tr("%1, %2").arg(values, figure.label);
}

} // namespace crossread
