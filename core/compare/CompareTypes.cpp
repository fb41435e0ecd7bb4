#include "compare/CompareTypes.h"

namespace crossread {

double ComparisonResult::sharedRatio() const
{
    if (wordsA + wordsB == 0)
        return 1.0;
    return 2.0 * commonWords / double(wordsA + wordsB);
}

double ComparisonResult::supportOfA() const
{
    return wordsA == 0 ? 1.0 : double(supportedWordsA) / wordsA;
}

double ComparisonResult::supportOfB() const
{
    return wordsB == 0 ? 1.0 : double(supportedWordsB) / wordsB;
}

QString alignmentKindName(Alignment::Kind kind)
{
    switch (kind) {
    case Alignment::Identical:
        return QStringLiteral("identical");
    case Alignment::Paraphrase:
        return QStringLiteral("paraphrase");
    case Alignment::SplitMerge:
        return QStringLiteral("split_merge");
    case Alignment::Partial:
        return QStringLiteral("partial");
    case Alignment::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

QString figureStatusName(FigureComparison::Status status)
{
    switch (status) {
    case FigureComparison::Agree:
        return QStringLiteral("agree");
    case FigureComparison::Compatible:
        return QStringLiteral("compatible");
    case FigureComparison::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

} // namespace crossread
