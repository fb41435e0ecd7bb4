#pragma once
// Spans as analysts make them, for the tests and the benchmark: a name or a figure (one to three
// words), a clause (four to twelve words), or a whole sentence or two; word-aligned, anywhere.
#include "domain/Types.h"

#include <QList>
#include <QString>

namespace crossread::editgen {

class SpanSampler
{
public:
    static QList<TextRange> sample(const QString &text, int count, quint32 seed);
};

} // namespace crossread::editgen
