// Fuzzes the W3C Web Annotation reader and the selectors-only re-anchoring behind
// import-jsonld: whatever the JSON, the reader reads it or says why, every annotation it hands
// back has a quote, and anchoring those selectors in a fixed article places a span only on text
// inside it (the text the range covers), or makes an orphan.
#include "FuzzSupport.h"

#include "anchor/Reanchorer.h"
#include "export/WebAnnotationReader.h"

using namespace crossread;

namespace {

const QString kArticle = QStringLiteral(
    "Lumen Labs said on Tuesday that its Q3 compute bill rose 12% to $310 million, more than the $275m analysts "
    "expected.\n\nThe company, which trains the Kestrel 3 model, now rents about 40,000 GPUs. Lumen Labs said on "
    "Tuesday that it would not comment on the talks.\n");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    WebAnnotationReader reader;
    const std::optional<QList<WebAnnotation>> annotations = reader.read(fuzz::bytes(data, size));
    FUZZ_CHECK(annotations || !reader.errorString().isEmpty());
    if (!annotations)
        return 0;
    FUZZ_CHECK(!annotations->isEmpty());
    static const Reanchorer reanchorer(kArticle);
    const CodePoints cp(kArticle);
    for (const WebAnnotation &a : *annotations) {
        FUZZ_CHECK(!a.selectors.quote.exact.trimmed().isEmpty());
        FUZZ_CHECK(a.selectors.position.start >= 0 && a.selectors.position.start <= a.selectors.position.end);
        const AnchorResult r = reanchorer.anchor(a.selectors);
        FUZZ_CHECK(r.confidence >= 0 && r.confidence <= 1);
        if (r.range) {
            FUZZ_CHECK(r.range->start >= 0 && r.range->start < r.range->end && r.range->end <= cp.size());
            FUZZ_CHECK(r.text == cp.mid(kArticle, r.range->start, r.range->end));
        }
    }
    return 0;
}
