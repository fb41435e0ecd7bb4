#include "domain/CodePoints.h"

#include <algorithm>

namespace crossread {

CodePoints::CodePoints(const QString &text)
    : m_utf16Size(text.size())
{
    const char16_t *d = reinterpret_cast<const char16_t *>(text.constData());
    // Most texts hold no surrogate at all: one branch-free pass (which the compiler vectorises)
    // says so before the exact scan from the first one.
    qsizetype first = 0;
    constexpr qsizetype kBlock = 256;
    for (; first < text.size(); first += kBlock) {
        const qsizetype end = std::min(first + kBlock, text.size());
        unsigned surrogates = 0; // a count, not a flag: sums vectorise
        for (qsizetype i = first; i < end; ++i)
            surrogates += (d[i] & 0xF800u) == 0xD800u ? 1u : 0u;
        if (surrogates != 0)
            break;
    }
    for (qsizetype i = first; i + 1 < text.size(); ++i) {
        if (QChar::isHighSurrogate(d[i]) && QChar::isLowSurrogate(d[i + 1])) {
            m_surrogateStarts.append(i);
            ++i;
        }
    }
    m_size = m_utf16Size - m_surrogateStarts.size();
}

qsizetype CodePoints::toUtf16(qint64 codePoint) const
{
    codePoint = std::clamp<qint64>(codePoint, 0, m_size);
    if (m_surrogateStarts.isEmpty())
        return codePoint;
    // Each surrogate pair before the target adds one UTF-16 unit. Pair k starts at
    // code point (m_surrogateStarts[k] - k).
    qsizetype lo = 0, hi = m_surrogateStarts.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_surrogateStarts[mid] - mid < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePoint + lo;
}

qint64 CodePoints::fromUtf16(qsizetype utf16Index) const
{
    utf16Index = std::clamp<qsizetype>(utf16Index, 0, m_utf16Size);
    if (m_surrogateStarts.isEmpty())
        return utf16Index;
    const auto it = std::lower_bound(m_surrogateStarts.cbegin(), m_surrogateStarts.cend(), utf16Index);
    const qsizetype pairsBefore = it - m_surrogateStarts.cbegin();
    return utf16Index - pairsBefore;
}

QString CodePoints::mid(const QString &text, qint64 start, qint64 end) const
{
    const qsizetype a = toUtf16(start);
    const qsizetype b = toUtf16(end);
    return text.mid(a, std::max<qsizetype>(0, b - a));
}

qint64 CodePoints::count(const QString &text)
{
    qint64 n = 0;
    const QChar *d = text.constData();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (d[i].isHighSurrogate() && i + 1 < text.size() && d[i + 1].isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

} // namespace crossread
