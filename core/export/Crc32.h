#pragma once
// CRC-32 (ISO 3309, the checksum of ZIP entries), table driven, so the ZIP code needs no zlib.
#include <QByteArrayView>

namespace crossread {

class Crc32
{
public:
    // Continues a running checksum: compute(b, compute(a)) == compute(a + b).
    static quint32 compute(QByteArrayView data, quint32 previous = 0);
};

} // namespace crossread
