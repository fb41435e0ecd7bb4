#include "export/PdfArticleText.h"

#include "domain/CodePoints.h"

#include <algorithm>

namespace crossread {

namespace {

using Range = std::pair<qsizetype, qsizetype>; // UTF-16 [first, second)

struct Piece
{
    qsizetype from = 0; // source UTF-16 range
    qsizetype to = 0;
    qsizetype at = 0; // where it starts in the paragraph text
};

// Source index → paragraph index; indices inside an omitted gap snap to what follows it.
qsizetype mapIndex(const QList<Piece> &pieces, qsizetype index)
{
    for (const Piece &p : pieces) {
        if (index < p.from)
            return p.at;
        if (index <= p.to)
            return p.at + (index - p.from);
    }
    return pieces.isEmpty() ? 0 : pieces.last().at + (pieces.last().to - pieces.last().from);
}

} // namespace

PdfArticleText::PdfArticleText(const ExportArticle &article)
{
    const QString &text = article.article.text;
    const CodePoints cp(text);

    QList<Range> spans;
    for (const Span &s : article.spans)
        spans.append({ cp.toUtf16(s.start), cp.toUtf16(std::max(s.start, s.end)) });

    QList<Range> omitted;
    for (const TextRange &b : article.article.boilerplate) {
        const Range r { cp.toUtf16(b.start), cp.toUtf16(b.end) };
        const bool annotated = std::any_of(
            spans.cbegin(), spans.cend(), [&](const Range &s) { return s.first < r.second && r.first < s.second; });
        if (!annotated && r.first < r.second)
            omitted.append(r);
    }
    std::sort(omitted.begin(), omitted.end());

    bool lastBlank = true; // no blank paragraph at the very start
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();

        QList<Piece> pieces;
        QString shown;
        qsizetype cursor = lineStart;
        for (const Range &o : std::as_const(omitted)) {
            if (o.second <= cursor || o.first >= lineEnd)
                continue;
            if (o.first > cursor)
                pieces.append({ cursor, o.first, 0 });
            cursor = std::max(cursor, o.second);
        }
        if (cursor < lineEnd)
            pieces.append({ cursor, lineEnd, 0 });
        for (Piece &p : pieces) {
            p.at = shown.size();
            shown += QStringView(text).mid(p.from, p.to - p.from);
        }

        const bool wasEmpty = lineEnd == lineStart;
        if (!wasEmpty && pieces.isEmpty()) {
            // The whole line was boilerplate: leave no trace.
        } else if (shown.trimmed().isEmpty()) {
            if (!lastBlank)
                m_paragraphs.append(Paragraph {});
            lastBlank = true;
        } else {
            Paragraph p;
            p.text = shown;
            for (int i = 0; i < spans.size(); ++i) {
                const Range &s = spans[i];
                if (s.first >= lineEnd || s.second <= lineStart)
                    continue;
                const qsizetype a = mapIndex(pieces, std::max(s.first, lineStart));
                const qsizetype b = mapIndex(pieces, std::min(s.second, lineEnd));
                if (a < b)
                    p.fragments.append({ a, b, i });
            }
            m_paragraphs.append(p);
            lastBlank = false;
        }
        lineStart = lineEnd + 1;
    }
    while (!m_paragraphs.isEmpty() && m_paragraphs.last().text.isEmpty())
        m_paragraphs.removeLast();
}

} // namespace crossread
