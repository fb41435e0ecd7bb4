#include "TextLayout.h"

#include "TrackedText.h"

#include <QChar>

namespace crossread::editgen {

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c);
}

namespace {

bool isDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

} // namespace

TextLayout::TextLayout(const std::u32string &text)
    : m_text(text)
{
    const qint64 n = qint64(text.size());
    bool blankLines = false;
    for (qint64 i = 0; i + 1 < n && !blankLines; ++i) {
        if (text[size_t(i)] == U'\n') {
            qint64 j = i + 1;
            while (j < n && text[size_t(j)] != U'\n' && isSpace(text[size_t(j)]))
                ++j;
            blankLines = j < n && text[size_t(j)] == U'\n';
        }
    }
    qint64 start = -1;
    qint64 lastNonSpace = -1;
    for (qint64 i = 0; i <= n; ++i) {
        bool breakHere = i == n;
        if (!breakHere && text[size_t(i)] == U'\n') {
            if (!blankLines) {
                breakHere = true;
            } else {
                qint64 j = i + 1;
                while (j < n && text[size_t(j)] != U'\n' && isSpace(text[size_t(j)]))
                    ++j;
                breakHere = j >= n || text[size_t(j)] == U'\n';
            }
        }
        if (breakHere) {
            if (start >= 0)
                m_paragraphs.append({ start, lastNonSpace + 1 });
            start = -1;
            continue;
        }
        if (!isSpace(text[size_t(i)])) {
            if (start < 0)
                start = i;
            lastNonSpace = i;
        }
    }
}

QList<TextRange> TextLayout::sentences(TextRange p) const
{
    QList<TextRange> out;
    qint64 start = p.start;
    for (qint64 i = p.start; i < p.end; ++i) {
        const char32_t c = m_text[size_t(i)];
        if (c != U'.' && c != U'!' && c != U'?')
            continue;
        qint64 end = i + 1;
        while (end < p.end && (m_text[size_t(end)] == U'"' || m_text[size_t(end)] == U'\u201D'))
            ++end;
        if (end < p.end && !isSpace(m_text[size_t(end)]))
            continue;
        out.append({ start, end });
        start = end;
        while (start < p.end && isSpace(m_text[size_t(start)]))
            ++start;
        i = start - 1;
    }
    if (start < p.end)
        out.append({ start, p.end });
    return out;
}

QList<TextRange> TextLayout::sentences() const
{
    QList<TextRange> out;
    for (const TextRange &p : m_paragraphs)
        out += sentences(p);
    return out;
}

QList<TextRange> TextLayout::words(TextRange r) const
{
    QList<TextRange> out;
    qint64 i = r.start;
    while (i < r.end) {
        if (!isWordChar(m_text[size_t(i)])) {
            ++i;
            continue;
        }
        qint64 j = i + 1;
        while (j < r.end) {
            const char32_t c = m_text[size_t(j)];
            const bool inner = (c == U'-' || c == U'\'' || c == U'.' || c == U',') && j + 1 < r.end
                && isWordChar(m_text[size_t(j + 1)]);
            if (!isWordChar(c) && !inner)
                break;
            ++j;
        }
        out.append({ i, j });
        i = j;
    }
    return out;
}

QList<TextRange> TextLayout::figures(TextRange r) const
{
    QList<TextRange> out;
    for (const TextRange &w : words(r)) {
        if (!isDigit(m_text[size_t(w.start)]))
            continue;
        TextRange f = w;
        if (f.start > r.start) {
            const char32_t before = m_text[size_t(f.start - 1)];
            if (before == U'$' || before == U'\u20AC' || before == U'\u00A3')
                --f.start;
        }
        if (f.end < r.end && m_text[size_t(f.end)] == U'%')
            ++f.end;
        out.append(f);
    }
    return out;
}

int TextLayout::paragraphHolding(qint64 position) const
{
    for (int i = 0; i < m_paragraphs.size(); ++i) {
        if (position >= m_paragraphs.at(i).start && position < m_paragraphs.at(i).end)
            return i;
    }
    return -1;
}

TextRange TextLayout::sentenceHolding(qint64 position) const
{
    const int p = paragraphHolding(position);
    if (p < 0)
        return {};
    for (const TextRange &s : sentences(m_paragraphs.at(p))) {
        if (position >= s.start && position < s.end)
            return s;
    }
    return {};
}

} // namespace crossread::editgen
