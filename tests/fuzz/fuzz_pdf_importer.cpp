// Fuzzes the PDF importer: poppler's text layer, glyph boxes for every code point, document info.
#include "ImporterCheck.h"

using namespace crossread;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::importAndCheck(QStringLiteral("/fuzz/input.pdf"), fuzz::bytes(data, size));
    return 0;
}
