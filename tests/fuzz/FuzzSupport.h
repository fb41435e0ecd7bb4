#pragma once
// Shared by the libFuzzer targets: turning fuzz bytes into Qt values and checking the documented
// contracts of what the code under test returns (a broken contract aborts, so the fuzzer keeps
// the input as a crash).
#include "domain/CodePoints.h"
#include "domain/Types.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: contract broken: %s\n", __FILE__, __LINE__, #condition);                      \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace crossread::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Code point ranges sorted, not overlapping and inside a text of `length` code points.
inline void checkRanges(const QList<TextRange> &ranges, qint64 length)
{
    qint64 previousEnd = 0;
    for (const TextRange &r : ranges) {
        FUZZ_CHECK(r.start >= previousEnd);
        FUZZ_CHECK(r.start <= r.end);
        FUZZ_CHECK(r.end <= length);
        previousEnd = r.end;
    }
}

} // namespace crossread::fuzz
