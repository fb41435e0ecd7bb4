#pragma once
// Converts between Unicode code point offsets (the stored unit of every span offset)
// and QString's UTF-16 indices. Texts without surrogate pairs take a fast path.
#include <QString>
#include <QList>

namespace crossread {

class CodePoints
{
public:
    CodePoints() = default;
    explicit CodePoints(const QString &text);

    qint64 size() const { return m_size; } // number of code points
    qsizetype toUtf16(qint64 codePoint) const; // clamps to [0, size]
    qint64 fromUtf16(qsizetype utf16Index) const; // clamps to [0, text length]
    QString mid(const QString &text, qint64 start, qint64 end) const;

    static qint64 count(const QString &text);

private:
    qint64 m_size = 0;
    qsizetype m_utf16Size = 0;
    QList<qsizetype> m_surrogateStarts; // UTF-16 indices of high surrogates, ascending
};

} // namespace crossread
