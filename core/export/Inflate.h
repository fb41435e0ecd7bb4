#pragma once
// A raw DEFLATE (RFC 1951) decoder for ZIP entries. Qt has no public inflate for raw streams
// and core links no zlib; decoding here also lets the caller cap the output size exactly,
// which is what stops decompression bombs before they allocate anything.
#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace crossread {

class Inflate
{
public:
    // Decodes a complete raw deflate stream whose decoded size must be exactly
    // expectedSize bytes. Returns nothing (and says why in *error) for corrupt data, a stream
    // that would produce more or fewer bytes than expected, or truncated input.
    static std::optional<QByteArray> decode(
        QByteArrayView compressed, qsizetype expectedSize, QString *error = nullptr);
};

} // namespace crossread
