#include "compare/CompareTypes.h"

namespace crossread {

double ComparisonResult::sharedRatio() const
{
    if (wordsA + wordsB == 0)
        return 1.0;
    return 2.0 * commonWords / double(wordsA + wordsB);
}

QString sentencePairKindName(SentencePair::Kind kind)
{
    switch (kind) {
    case SentencePair::Identical:
        return QStringLiteral("identical");
    case SentencePair::Paraphrase:
        return QStringLiteral("paraphrase");
    case SentencePair::Changed:
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
