#include "compare/SentenceSplitter.h"

#include "compare/LineRules.h"
#include "compare/SentenceBoundaries.h"
#include "domain/CodePoints.h"

#include <algorithm>

namespace crossread {

QList<SentenceSplitter::Range> SentenceSplitter::blocks(QStringView text) const
{
    // Lines of the text; a blank line or a hard break (heading, list item, line ending a
    // sentence) closes the current block. Wrapped lines stay joined.
    QList<Range> out;
    qsizetype blockStart = -1;
    qsizetype lineStart = 0;
    bool startsSentence = true;
    QStringView previous;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = text.mid(lineStart, lineEnd - lineStart);
        const bool blank = line.trimmed().isEmpty();
        if (blank) {
            if (blockStart >= 0)
                out.append({ blockStart, lineStart });
            blockStart = -1;
            startsSentence = true;
            previous = {};
        } else {
            if (blockStart >= 0 && LineRules::breaksBefore(previous, line, startsSentence)) {
                out.append({ blockStart, lineStart });
                blockStart = -1;
                startsSentence = true;
            } else if (blockStart >= 0) {
                startsSentence = LineRules::endsSentence(previous);
            }
            if (blockStart < 0)
                blockStart = lineStart;
            previous = line;
        }
        lineStart = lineEnd + 1;
    }
    if (blockStart >= 0)
        out.append({ blockStart, text.size() });
    return out;
}

void SentenceSplitter::splitBlock(QStringView text, Range block, QList<Range> *out) const
{
    // Boundary analysis treats a line break as a paragraph end, so wrapped lines are joined
    // with spaces in a same-length copy: indices stay valid.
    QString flat = text.mid(block.start, block.end - block.start).toString();
    for (const char16_t breakChar : { u'\n', u'\r', u'\t' }) // found by Qt's vectorised search
        for (qsizetype i = flat.indexOf(QChar(breakChar)); i >= 0; i = flat.indexOf(QChar(breakChar), i + 1))
            flat[i] = u' ';
    QList<qsizetype> cuts;
    for (qsizetype p : SentenceBoundaries::inside(flat))
        if (LineRules::keepsFinderBoundary(flat, p))
            cuts.append(p);
    LineRules::addNumberBoundaries(flat, &cuts);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    cuts.append(flat.size());

    qsizetype from = 0;
    for (qsizetype cut : std::as_const(cuts)) {
        qsizetype s = from;
        qsizetype e = cut;
        while (s < e && flat[s].isSpace())
            ++s;
        while (e > s && flat[e - 1].isSpace())
            --e;
        if (e > s)
            out->append({ block.start + s, block.start + e });
        from = cut;
    }
}

QList<SentenceSplitter::Range> SentenceSplitter::splitUtf16(QStringView text) const
{
    QList<Range> out;
    for (const Range &block : blocks(text))
        splitBlock(text, block, &out);
    return out;
}

QList<Sentence> SentenceSplitter::split(const QString &text) const
{
    const CodePoints cp(text);
    QList<Sentence> out;
    for (const Range &r : splitUtf16(text))
        out.append({ cp.fromUtf16(r.start), cp.fromUtf16(r.end), text.mid(r.start, r.end - r.start) });
    return out;
}

} // namespace crossread
