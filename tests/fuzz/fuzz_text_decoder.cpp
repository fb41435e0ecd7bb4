// Fuzzes the text decoder: encoding detection, declared charsets, BOMs and line endings. The
// first line of the input is taken as a declared charset for decodeAs().
#include "FuzzSupport.h"

#include "import/TextDecoder.h"

using namespace crossread;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const TextDecoder::Result detected = TextDecoder::decode(input);
    FUZZ_CHECK(!detected.encoding.isEmpty() || input.isEmpty());
    FUZZ_CHECK(!detected.text.contains(QLatin1Char('\r')));
    TextDecoder::looksBinary(input);
    TextDecoder::bomEncoding(input);
    // Without NUL bytes the input cannot pass for BOM-less UTF-16.
    if (TextDecoder::isValidUtf8(input) && TextDecoder::bomEncoding(input).isEmpty() && !input.contains('\0'))
        FUZZ_CHECK(detected.encoding == QLatin1String("UTF-8"));

    const qsizetype newline = input.indexOf('\n');
    if (newline > 0 && newline < 64) {
        const QString charset = QString::fromLatin1(input.left(newline));
        const TextDecoder::Result declared = TextDecoder::decodeAs(input.mid(newline + 1), charset);
        FUZZ_CHECK(!declared.text.contains(QLatin1Char('\r')));
    }
    return 0;
}
