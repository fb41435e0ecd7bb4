#include "Edit.h"

namespace crossread::editgen {

void Edit::apply(TrackedText *text) const
{
    for (const EditStep &s : steps) {
        switch (s.kind) {
        case EditStep::Replace:
            text->replace(s.start, s.end, s.text);
            break;
        case EditStep::Move:
            text->move(s.start, s.end, s.to);
            break;
        case EditStep::CrLf:
            text->useCrLf();
            break;
        }
    }
}

QString Edit::kindName(Kind kind)
{
    switch (kind) {
    case TypoFix:
        return QStringLiteral("typo fix");
    case SentenceInserted:
        return QStringLiteral("sentence inserted");
    case ParagraphMoved:
        return QStringLiteral("paragraph moved");
    case FigureCorrected:
        return QStringLiteral("figure corrected");
    case SentenceRewritten:
        return QStringLiteral("sentence rewritten");
    case ParagraphDeleted:
        return QStringLiteral("paragraph deleted");
    case Reflowed:
        break;
    }
    return QStringLiteral("lines re-wrapped");
}

} // namespace crossread::editgen
