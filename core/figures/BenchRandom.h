#pragma once
// splitmix64 for FigureBench: tiny, fast, and the same sequence on every platform and Qt version,
// so a (seed, index) pair always generates the same article.
#include <QStringList>
#include <QtGlobal>

namespace crossread {

class BenchRandom
{
public:
    explicit BenchRandom(quint64 seed)
        : m_state(seed)
    { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    const QString &pick(const QStringList &items) { return items[below(int(items.size()))]; }

private:
    quint64 m_state;
};

} // namespace crossread
