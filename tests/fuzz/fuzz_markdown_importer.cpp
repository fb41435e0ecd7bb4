// Fuzzes the Markdown importer: decoding, metadata guessed from the text, boilerplate lines.
#include "ImporterCheck.h"

using namespace crossread;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::importAndCheck(QStringLiteral("/fuzz/input.md"), fuzz::bytes(data, size));
    return 0;
}
