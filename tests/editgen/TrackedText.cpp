#include "TrackedText.h"

#include <QChar>
#include <QList>

#include <algorithm>

namespace crossread::editgen {

namespace {

std::u32string toCodePoints(const QString &s)
{
    const QList<uint> ucs4 = s.toUcs4();
    return std::u32string(ucs4.cbegin(), ucs4.cend());
}

} // namespace

bool isSpace(char32_t c)
{
    return QChar::isSpace(c);
}

TrackedText::TrackedText(const QString &original)
    : m_original(original)
    , m_originalCodePoints(toCodePoints(original))
    , m_text(m_originalCodePoints)
{
    m_provenance.resize(m_text.size());
    for (size_t i = 0; i < m_text.size(); ++i)
        m_provenance[i] = { qint32(i), qint32(i + 1), true };
}

QString TrackedText::text() const
{
    return QString::fromUcs4(m_text.data(), qsizetype(m_text.size()));
}

std::vector<qint32> TrackedText::keptPositions() const
{
    std::vector<qint32> out(m_originalCodePoints.size(), -1);
    for (size_t i = 0; i < m_provenance.size(); ++i) {
        if (m_provenance[i].kept)
            out[size_t(m_provenance[i].lo)] = qint32(i);
    }
    return out;
}

qint32 TrackedText::insertionPoint(qint64 at) const
{
    if (at > 0)
        return m_provenance[size_t(at - 1)].hi;
    if (at < size())
        return m_provenance[size_t(at)].lo;
    return 0;
}

void TrackedText::replace(qint64 start, qint64 end, const QString &with)
{
    start = std::clamp<qint64>(start, 0, size());
    end = std::clamp<qint64>(end, start, size());
    const std::u32string add = toCodePoints(with);
    size_t prefix = 0;
    while (prefix < add.size() && start + qint64(prefix) < end && add[prefix] == m_text[size_t(start) + prefix])
        ++prefix;
    size_t suffix = 0;
    while (suffix < add.size() - prefix && start + qint64(prefix + suffix) < end
        && add[add.size() - 1 - suffix] == m_text[size_t(end) - 1 - suffix])
        ++suffix;
    const size_t from = size_t(start) + prefix;
    const size_t to = size_t(end) - suffix;
    const std::u32string middle = add.substr(prefix, add.size() - prefix - suffix);
    Provenance fresh;
    if (to > from) {
        fresh.lo = m_provenance[from].lo;
        fresh.hi = m_provenance[from].hi;
        for (size_t i = from; i < to; ++i) {
            fresh.lo = std::min(fresh.lo, m_provenance[i].lo);
            fresh.hi = std::max(fresh.hi, m_provenance[i].hi);
        }
    } else {
        fresh.lo = fresh.hi = insertionPoint(qint64(from));
    }
    m_text.replace(from, to - from, middle);
    m_provenance.erase(m_provenance.begin() + qsizetype(from), m_provenance.begin() + qsizetype(to));
    m_provenance.insert(m_provenance.begin() + qsizetype(from), middle.size(), fresh);
}

void TrackedText::move(qint64 start, qint64 end, qint64 to)
{
    if (to >= start && to <= end)
        return;
    const std::u32string piece = m_text.substr(size_t(start), size_t(end - start));
    const std::vector<Provenance> origin(m_provenance.begin() + start, m_provenance.begin() + end);
    m_text.erase(size_t(start), size_t(end - start));
    m_provenance.erase(m_provenance.begin() + start, m_provenance.begin() + end);
    if (to > end)
        to -= end - start;
    m_text.insert(size_t(to), piece);
    m_provenance.insert(m_provenance.begin() + to, origin.cbegin(), origin.cend());
}

void TrackedText::useCrLf()
{
    std::u32string text;
    std::vector<Provenance> provenance;
    text.reserve(m_text.size() + m_text.size() / 40);
    provenance.reserve(text.capacity());
    for (size_t i = 0; i < m_text.size(); ++i) {
        if (m_text[i] == U'\n' && (i == 0 || m_text[i - 1] != U'\r')) {
            text.push_back(U'\r');
            const qint32 at = m_provenance[i].lo;
            provenance.push_back({ at, at, false });
        }
        text.push_back(m_text[i]);
        provenance.push_back(m_provenance[i]);
    }
    m_text = std::move(text);
    m_provenance = std::move(provenance);
}

} // namespace crossread::editgen
