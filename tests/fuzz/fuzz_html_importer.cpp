// Fuzzes the HTML importer: Gumbo under its budget, the extractor and the page metadata.
#include "ImporterCheck.h"

using namespace crossread;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::importAndCheck(QStringLiteral("/fuzz/input.html"), fuzz::bytes(data, size));
    return 0;
}
