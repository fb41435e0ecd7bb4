#include "compare/ComparisonTerminal.h"

#include <QTextStream>

#include <algorithm>

namespace crossread {

namespace {

const char *const kRed = "\x1b[31m";
const char *const kGreen = "\x1b[32m";
const char *const kYellow = "\x1b[33m";
const char *const kBold = "\x1b[1m";
const char *const kDim = "\x1b[2m";
const char *const kReset = "\x1b[0m";

QString oneLine(const QString &text)
{
    QString out = text;
    out.replace(u'\n', u' ');
    return out;
}

QString shortened(const QString &text, int width = 160)
{
    const QString line = text.simplified();
    return line.size() <= width ? line : line.left(width - 1) + QChar(0x2026);
}

class Styler
{
public:
    explicit Styler(bool colour)
        : m_colour(colour)
    { }
    QString operator()(const char *style, const QString &text) const
    {
        return m_colour ? QLatin1String(style) + text + QLatin1String(kReset) : text;
    }

private:
    bool m_colour;
};

int statusRank(FigureComparison::Status s)
{
    return s == FigureComparison::Conflict ? 0 : s == FigureComparison::Compatible ? 1 : 2;
}

} // namespace

QString inlineDiff(const QList<WordOp> &ops, bool colour)
{
    QString out;
    for (const WordOp &op : ops) {
        if (op.kind == WordOp::Equal || (op.whitespace && op.kind == WordOp::Insert)) {
            out += oneLine(op.text);
        } else if (op.whitespace) {
            continue; // A's spacing, replaced by B's
        } else if (op.kind == WordOp::Delete) {
            out += colour ? QLatin1String(kRed) + QLatin1String("\x1b[9m") + oneLine(op.text) + QLatin1String(kReset)
                          : QLatin1String("[-") + oneLine(op.text) + QLatin1String("-]");
        } else {
            out += colour ? QLatin1String(kGreen) + oneLine(op.text) + QLatin1String(kReset)
                          : QLatin1String("{+") + oneLine(op.text) + QLatin1String("+}");
        }
    }
    return out.trimmed();
}

QString comparisonToTerminal(const ComparisonResult &r, const QString &aName, const QString &bName, bool colour)
{
    const Styler style(colour);
    QString out;
    QTextStream s(&out);
    int counts[5] = { 0, 0, 0, 0, 0 };
    int moved = 0;
    for (const Alignment &al : r.alignments) {
        ++counts[al.kind];
        moved += al.moved ? 1 : 0;
    }
    s << style(kBold, QStringLiteral("A: ")) << aName << "  (" << r.sentencesA.size() << " sentences, " << r.wordsA
      << " words)\n";
    s << style(kBold, QStringLiteral("B: ")) << bName << "  (" << r.sentencesB.size() << " sentences, " << r.wordsB
      << " words)\n";
    s << style(kBold, QStringLiteral("A supported by B: ")) << qRound(r.supportOfA() * 100) << "%, "
      << style(kBold, QStringLiteral("B supported by A: ")) << qRound(r.supportOfB() * 100) << "%\n";
    s << "Shared words: " << qRound(r.sharedRatio() * 100) << "% (" << r.commonWords << " in common)\n";
    s << "Alignments: " << counts[Alignment::Identical] << " identical, " << counts[Alignment::Paraphrase]
      << " paraphrased, " << counts[Alignment::SplitMerge] << " split/merged, " << counts[Alignment::Partial]
      << " partial, " << counts[Alignment::Changed] << " changed, " << moved << " moved; " << r.onlyA.size()
      << (r.onlyA.size() == 1 ? " sentence" : " sentences") << " only in A, " << r.onlyB.size() << " only in B\n";

    const auto sentences = [](const QString &side, SentenceRun run) {
        return run.count == 1 ? side + QString::number(run.first + 1)
                              : QStringLiteral("%1%2-%3").arg(side).arg(run.first + 1).arg(run.last() + 1);
    };
    bool heading = false;
    for (const Alignment &al : r.alignments) {
        if (al.kind == Alignment::Identical && !al.moved)
            continue;
        if (!heading) {
            s << '\n' << style(kBold, QStringLiteral("Aligned sentences that differ or moved")) << '\n';
            heading = true;
        }
        s << "  " << sentences(QStringLiteral("A"), al.a) << " -> " << sentences(QStringLiteral("B"), al.b) << "  "
          << alignmentKindName(al.kind) << ' ' << QString::number(al.similarity, 'f', 2);
        if (al.moved)
            s << "  " << style(kYellow, QStringLiteral("moved"));
        s << '\n';
        if (al.kind == Alignment::Identical)
            s << "    " << style(kDim, shortened(r.sentencesA[al.a.first].text)) << '\n';
        else
            s << "    " << inlineDiff(al.ops, colour) << '\n';
    }
    const auto unaligned = [&](const QString &title, const QList<int> &indices, const QList<Sentence> &sentences,
                               const char *tint, const QString &side) {
        if (indices.isEmpty())
            return;
        s << '\n' << style(kBold, title) << '\n';
        for (int i : indices)
            s << "  " << side << i + 1 << "  " << style(tint, shortened(sentences[i].text)) << '\n';
    };
    unaligned(QStringLiteral("Only in A"), r.onlyA, r.sentencesA, kRed, QStringLiteral("A"));
    unaligned(QStringLiteral("Only in B"), r.onlyB, r.sentencesB, kGreen, QStringLiteral("B"));

    if (!r.figures.isEmpty()) {
        QList<FigureComparison> figures = r.figures;
        std::stable_sort(figures.begin(), figures.end(), [](const FigureComparison &x, const FigureComparison &y) {
            return statusRank(x.status) < statusRank(y.status);
        });
        s << '\n' << style(kBold, QStringLiteral("Figures")) << '\n';
        for (const FigureComparison &f : figures) {
            const QString status = figureStatusName(f.status).leftJustified(10);
            const char *tint = f.status == FigureComparison::Conflict ? kRed
                : f.status == FigureComparison::Compatible            ? kYellow
                                                                      : kGreen;
            s << "  " << style(tint, status) << ' ' << oneLine(f.aText) << "  |  " << oneLine(f.bText) << "   "
              << style(kDim, oneLine(f.label)) << '\n';
        }
    }
    s.flush();
    return out;
}

} // namespace crossread
