#include "NativePath.h"

#include "TextDecoder.h"

namespace crossread {

namespace {

// The length of the UTF-8 sequence a lead byte starts, or 0 for a byte that starts none.
int sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

} // namespace

bool NativePath::isValidUtf8(const QByteArray &native)
{
    return TextDecoder::isValidUtf8(native);
}

QString NativePath::readable(const QByteArray &native)
{
    if (isValidUtf8(native))
        return QString::fromUtf8(native);
    QString out;
    qsizetype i = 0;
    while (i < native.size()) {
        const int length = sequenceLength(static_cast<unsigned char>(native.at(i)));
        const QByteArray sequence = native.mid(i, length);
        if (length > 0 && sequence.size() == length && TextDecoder::isValidUtf8(sequence)) {
            out += QString::fromUtf8(sequence);
            i += length;
        } else {
            const auto byte = static_cast<unsigned char>(native.at(i));
            out += QStringLiteral("\\x") + QString::number(byte, 16).rightJustified(2, QLatin1Char('0')).toUpper();
            ++i;
        }
    }
    return out;
}

} // namespace crossread
