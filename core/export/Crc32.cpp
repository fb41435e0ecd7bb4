#include "export/Crc32.h"

#include <array>

namespace crossread {

namespace {

constexpr std::array<quint32, 256> makeTable()
{
    std::array<quint32, 256> table {};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

constexpr std::array<quint32, 256> kTable = makeTable();

} // namespace

quint32 Crc32::compute(QByteArrayView data, quint32 previous)
{
    quint32 c = previous ^ 0xFFFFFFFFu;
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    for (qsizetype i = 0; i < data.size(); ++i)
        c = kTable[(c ^ p[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

} // namespace crossread
