// Fuzzes the figure extractor on arbitrary text, with and without an article date (which
// resolves dates written without a year). Figures must lie inside the text, in order.
#include "FuzzSupport.h"

#include "figures/FigureExtractor.h"

using namespace crossread;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    const qint64 length = CodePoints::count(text);
    const FigureExtractor extractor;
    for (const QDate &date : { QDate(), QDate(2026, 3, 4) }) {
        const QList<Figure> figures = extractor.extract(text, date);
        qint64 previousStart = 0;
        for (const Figure &f : figures) {
            FUZZ_CHECK(f.start >= previousStart);
            FUZZ_CHECK(f.start <= f.end && f.end <= length);
            previousStart = f.start;
        }
    }
    return 0;
}
