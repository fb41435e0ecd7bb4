// Fuzzes the prose tokenizer that feeds the comparison: tokens in order, inside the text, and
// every character outside them whitespace (the contract the word diff relies on).
#include "FuzzSupport.h"

#include "compare/ProseTokenizer.h"

using namespace crossread;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const QList<ProseToken> tokens = ProseTokenizer().tokenize(text);
    qsizetype covered = 0;
    for (const ProseToken &t : tokens) {
        FUZZ_CHECK(t.len > 0);
        FUZZ_CHECK(t.pos >= covered);
        FUZZ_CHECK(t.end() <= text.size());
        for (qsizetype i = covered; i < t.pos; ++i)
            FUZZ_CHECK(text.at(i).isSpace());
        ProseTokenizer::foldedWord(t.text(text));
        ProseTokenizer::isDottedInitials(t.text(text));
        covered = t.end();
    }
    for (qsizetype i = covered; i < text.size(); ++i)
        FUZZ_CHECK(text.at(i).isSpace());
    return 0;
}
