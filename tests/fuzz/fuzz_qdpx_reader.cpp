// Fuzzes the REFI-QDA reader. The first byte chooses what the rest is: odd, a whole .qdpx archive
// (libzip under ZipReader's limits, then the project); even, a project.qde document alone, so
// that mutations reach the XML reader without breaking a ZIP checksum first.
#include "FuzzSupport.h"

#include "export/QdpxImporter.h"
#include "export/QdpxProjectReader.h"

#include <QBuffer>

using namespace crossread;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    QByteArray input = fuzz::bytes(data + 1, size - 1);
    if (data[0] & 1) {
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        QdpxImporter importer;
        const std::optional<ExportBundle> bundle = importer.importDevice(&buffer);
        FUZZ_CHECK(bundle || !importer.errorString().isEmpty());
        if (bundle) {
            for (const ExportArticle &a : bundle->articles) {
                const qint64 length = CodePoints::count(a.article.text);
                for (const Span &s : a.spans)
                    FUZZ_CHECK(s.start >= 0 && s.start <= s.end && s.end <= length);
            }
        }
    } else {
        QString error;
        const std::optional<QdpxProject> project = QdpxProjectReader::read(input, &error);
        FUZZ_CHECK(project || !error.isEmpty());
    }
    return 0;
}
