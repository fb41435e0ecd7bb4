#include "EditGenerator.h"

#include <algorithm>

namespace crossread::editgen {

namespace {

QString fromCodePoints(const std::u32string &text, qint64 start, qint64 end)
{
    return QString::fromUcs4(text.data() + start, qsizetype(end - start));
}

bool isLetterWord(const std::u32string &text, TextRange w)
{
    if (w.length() < 4)
        return false;
    for (qint64 i = w.start; i < w.end; ++i) {
        if (!QChar::isLetter(text[size_t(i)]))
            return false;
    }
    return true;
}

bool isDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

// The paragraph with the blank line that separates it from its neighbour: the one after it, or
// for the last paragraph the one before it.
std::optional<TextRange> paragraphUnit(const TextLayout &layout, int i)
{
    const QList<TextRange> &ps = layout.paragraphs();
    if (i < 0 || i >= ps.size() || ps.size() < 2)
        return std::nullopt;
    if (i + 1 < ps.size())
        return TextRange { ps.at(i).start, ps.at(i + 1).start };
    return TextRange { ps.at(i - 1).end, ps.at(i).end };
}

} // namespace

EditGenerator::EditGenerator(quint32 seed)
    : m_rng(seed)
    , m_prose(seed ^ 0x5eedu)
{ }

Edit EditGenerator::lineEndings()
{
    Edit e;
    e.kind = Edit::Reflowed;
    e.description = QStringLiteral("line endings made CRLF");
    EditStep step;
    step.kind = EditStep::CrLf;
    e.steps.append(step);
    return e;
}

std::optional<Edit> EditGenerator::typoFix(const std::u32string &text, TextRange w)
{
    if (!isLetterWord(text, w))
        return std::nullopt;
    std::u32string word = text.substr(size_t(w.start), size_t(w.length()));
    const size_t i = 1 + size_t(below(int(word.size()) - 2));
    Edit e;
    e.kind = Edit::TypoFix;
    e.touched = 1;
    switch (below(4)) {
    case 0:
        if (word[i] != word[i + 1]) {
            std::swap(word[i], word[i + 1]);
            e.touched = 2;
            break;
        }
        [[fallthrough]];
    case 1:
        word.erase(i, 1);
        break;
    case 2:
        word.insert(i, 1, word[i]);
        break;
    default: {
        char32_t c = U'a' + char32_t(below(26));
        if (c == word[i])
            c = c == U'z' ? U'a' : c + 1;
        word[i] = c;
    }
    }
    const QString before = fromCodePoints(text, w.start, w.end);
    const QString after = QString::fromUcs4(word.data(), qsizetype(word.size()));
    e.description = QStringLiteral("typo fix: '%1' -> '%2'").arg(before, after);
    e.steps.append({ EditStep::Replace, w.start, w.end, after });
    return e;
}

Edit EditGenerator::figureCorrected(const std::u32string &text, TextRange f)
{
    qint64 digitsStart = f.start;
    while (digitsStart < f.end && !isDigit(text[size_t(digitsStart)]))
        ++digitsStart;
    qint64 digitsEnd = digitsStart;
    while (digitsEnd < f.end
        && (isDigit(text[size_t(digitsEnd)]) || text[size_t(digitsEnd)] == U'.' || text[size_t(digitsEnd)] == U','))
        ++digitsEnd;
    const QString before = fromCodePoints(text, digitsStart, digitsEnd);
    QString after = before;
    const bool money = f.start < digitsStart;
    if (money && !before.contains(QLatin1Char('.'))) {
        after += QLatin1Char('.') + QString::number(1 + below(9)); // "$14 billion" -> "$14.3 billion"
    } else {
        const qsizetype last = after.size() - 1;
        const int digit = after.at(last).digitValue();
        after[last] = QChar(u'0' + char16_t((digit + 1 + below(8)) % 10));
    }
    Edit e;
    e.kind = Edit::FigureCorrected;
    e.touched = 2;
    e.description = QStringLiteral("figure corrected: '%1' -> '%2'").arg(before, after);
    e.steps.append({ EditStep::Replace, digitsStart, digitsEnd, after });
    return e;
}

Edit EditGenerator::sentenceInserted(qint64 at)
{
    Edit e;
    e.kind = Edit::SentenceInserted;
    const QString sentence = m_prose.sentence() + QLatin1Char(' ');
    e.touched = sentence.size();
    e.description = QStringLiteral("sentence inserted: '%1'").arg(sentence.trimmed());
    e.steps.append({ EditStep::Replace, at, at, sentence });
    return e;
}

Edit EditGenerator::sentenceRewritten(const std::u32string &text, const TextLayout &layout, TextRange sentence)
{
    Edit e;
    e.kind = Edit::SentenceRewritten;
    const double share = 0.2 + 0.6 * m_rng.generateDouble();
    const QList<TextRange> words = layout.words(sentence);
    for (qsizetype i = words.size() - 1; i >= 0; --i) {
        const TextRange w = words.at(i);
        const double roll = m_rng.generateDouble();
        if (roll < share) {
            const QString with = m_prose.rewriteWord();
            e.steps.append({ EditStep::Replace, w.start, w.end, with });
            e.touched += std::max<qint64>(w.length(), with.size());
        } else if (roll < share + 0.08 && w.end < sentence.end && text[size_t(w.end)] == U' ') {
            e.steps.append({ EditStep::Replace, w.start, w.end + 1, QString() });
            e.touched += w.length();
        } else if (roll < share + 0.12) {
            const QString with = m_prose.rewriteWord() + QLatin1Char(' ');
            e.steps.append({ EditStep::Replace, w.start, w.start, with });
            e.touched += with.size();
        }
    }
    e.description = QStringLiteral("sentence rewritten (%1% of words): '%2'")
                        .arg(qRound(share * 100))
                        .arg(fromCodePoints(text, sentence.start, sentence.end));
    return e;
}

std::optional<Edit> EditGenerator::paragraphMoved(const TextLayout &layout, int i)
{
    const QList<TextRange> &ps = layout.paragraphs();
    const std::optional<TextRange> unit = paragraphUnit(layout, i);
    if (!unit || ps.size() < 3)
        return std::nullopt;
    const bool last = i + 1 == ps.size();
    QList<qint64> destinations;
    for (int j = 0; j < ps.size(); ++j) {
        if (!last && j != i && j != i + 1)
            destinations << ps.at(j).start; // before paragraph j
        if (last && j != i && j != i - 1)
            destinations << ps.at(j).end; // after paragraph j
    }
    if (destinations.isEmpty())
        return std::nullopt;
    Edit e;
    e.kind = Edit::ParagraphMoved;
    e.touched = unit->length();
    const qint64 to = destinations.at(below(int(destinations.size())));
    e.description = QStringLiteral("paragraph %1 moved (%2 characters)").arg(i + 1).arg(unit->length());
    e.steps.append({ EditStep::Move, unit->start, unit->end, QString(), to });
    return e;
}

std::optional<Edit> EditGenerator::paragraphDeleted(const TextLayout &layout, int i)
{
    const std::optional<TextRange> unit = paragraphUnit(layout, i);
    if (!unit)
        return std::nullopt;
    Edit e;
    e.kind = Edit::ParagraphDeleted;
    e.touched = unit->length();
    e.description = QStringLiteral("paragraph %1 deleted (%2 characters)").arg(i + 1).arg(unit->length());
    e.steps.append({ EditStep::Replace, unit->start, unit->end, QString() });
    return e;
}

std::optional<Edit> EditGenerator::reflowed(const std::u32string &text, TextRange p)
{
    // Single spaces and line breaks between words become line breaks where a line would pass the
    // new width and spaces elsewhere: only whitespace changes, one character for one.
    const int width = 40 + below(50);
    Edit e;
    e.kind = Edit::Reflowed;
    e.description = QStringLiteral("paragraph re-wrapped at %1 columns").arg(width);
    qint64 lineLength = 0;
    QList<EditStep> steps;
    for (qint64 i = p.start; i < p.end; ++i) {
        const char32_t c = text[size_t(i)];
        const bool gap = (c == U' ' || c == U'\n') && !isSpace(text[size_t(i - 1)]) && !isSpace(text[size_t(i + 1)]);
        if (!gap) {
            ++lineLength;
            continue;
        }
        qint64 next = i + 1;
        while (next < p.end && !isSpace(text[size_t(next)]))
            ++next;
        const bool breakHere = lineLength + 1 + (next - i - 1) > width;
        const char32_t want = breakHere ? U'\n' : U' ';
        if (want != c)
            steps.append({ EditStep::Replace, i, i + 1, breakHere ? QStringLiteral("\n") : QStringLiteral(" ") });
        lineLength = breakHere ? 0 : lineLength + 1;
    }
    if (steps.isEmpty())
        return std::nullopt;
    e.steps = steps;
    return e;
}

std::optional<Edit> EditGenerator::targeted(Edit::Kind kind, const TrackedText &tracked, TextRange span)
{
    const std::u32string &text = tracked.codePoints();
    const TextLayout layout(text);
    const int paragraph = layout.paragraphHolding(span.start);
    switch (kind) {
    case Edit::TypoFix: {
        QList<TextRange> words = layout.words(span);
        words.removeIf([&](const TextRange &w) { return !isLetterWord(text, w); });
        if (words.isEmpty())
            return std::nullopt;
        return typoFix(text, words.at(below(int(words.size()))));
    }
    case Edit::SentenceInserted: {
        const TextRange s = layout.sentenceHolding(span.start);
        if (s.length() == 0)
            return std::nullopt;
        return sentenceInserted(s.start);
    }
    case Edit::ParagraphMoved:
        return paragraphMoved(layout, paragraph);
    case Edit::FigureCorrected: {
        const QList<TextRange> figures = layout.figures(span);
        if (figures.isEmpty())
            return std::nullopt;
        return figureCorrected(text, figures.at(below(int(figures.size()))));
    }
    case Edit::SentenceRewritten: {
        const TextRange s = layout.sentenceHolding(span.start);
        if (s.length() == 0)
            return std::nullopt;
        return sentenceRewritten(text, layout, s);
    }
    case Edit::ParagraphDeleted:
        return paragraphDeleted(layout, paragraph);
    case Edit::Reflowed:
        if (paragraph < 0)
            return std::nullopt;
        return reflowed(text, layout.paragraphs().at(paragraph));
    }
    return std::nullopt;
}

std::optional<Edit> EditGenerator::anywhere(Edit::Kind kind, const TrackedText &tracked)
{
    const std::u32string &text = tracked.codePoints();
    const TextLayout layout(text);
    const QList<TextRange> &ps = layout.paragraphs();
    if (ps.isEmpty())
        return std::nullopt;
    const int p = below(int(ps.size()));
    switch (kind) {
    case Edit::ParagraphMoved:
        return paragraphMoved(layout, p);
    case Edit::ParagraphDeleted:
        return paragraphDeleted(layout, p);
    case Edit::Reflowed:
        return reflowed(text, ps.at(p));
    default:
        break;
    }
    const QList<TextRange> sentences = layout.sentences(ps.at(p));
    if (sentences.isEmpty())
        return std::nullopt;
    const TextRange s = sentences.at(below(int(sentences.size())));
    if (kind == Edit::SentenceInserted)
        return sentenceInserted(s.start);
    if (kind == Edit::SentenceRewritten)
        return sentenceRewritten(text, layout, s);
    return targeted(kind, tracked, s);
}

QList<Edit> EditGenerator::applyRandom(TrackedText *text, double share)
{
    // How often each kind happens, in the order of Edit::Kind: typos and figure corrections most,
    // whole paragraphs moved or deleted least.
    static constexpr int kWeights[Edit::kKinds] = { 25, 15, 8, 20, 15, 7, 10 };
    const qint64 budget = qint64(share * double(text->originalSize()));
    QList<Edit> edits;
    qint64 touched = 0;
    for (int attempt = 0; touched < budget && attempt < 100000; ++attempt) {
        int roll = below(100);
        int kind = 0;
        while (roll >= kWeights[kind]) {
            roll -= kWeights[kind];
            ++kind;
        }
        const std::optional<Edit> e = anywhere(Edit::Kind(kind), *text);
        if (!e || e->touched > budget - touched + 200)
            continue; // no place for it, or far past the budget (a huge paragraph)
        e->apply(text);
        touched += e->touched;
        edits.append(*e);
    }
    return edits;
}

} // namespace crossread::editgen
