#include "SpanSampler.h"

#include "TextLayout.h"

#include <QRandomGenerator>

#include <algorithm>

namespace crossread::editgen {

QList<TextRange> SpanSampler::sample(const QString &text, int count, quint32 seed)
{
    const QList<uint> ucs4 = text.toUcs4();
    const std::u32string codePoints(ucs4.cbegin(), ucs4.cend());
    const TextLayout layout(codePoints);
    const QList<TextRange> words = layout.words({ 0, qint64(codePoints.size()) });
    const QList<TextRange> sentences = layout.sentences();
    QList<TextRange> out;
    if (words.isEmpty() || sentences.isEmpty())
        return out;
    QRandomGenerator rng(seed);
    while (out.size() < count) {
        const int kind = int(rng.bounded(100));
        if (kind < 75) {
            const int length = kind < 30 ? 1 + int(rng.bounded(3)) : 4 + int(rng.bounded(9));
            const int first = int(rng.bounded(quint32(words.size())));
            const int last = std::min(int(words.size()) - 1, first + length - 1);
            out.append({ words.at(first).start, words.at(last).end });
        } else {
            const int first = int(rng.bounded(quint32(sentences.size())));
            const int last = std::min(int(sentences.size()) - 1, first + int(rng.bounded(3)) / 2);
            out.append({ sentences.at(first).start, sentences.at(last).end });
        }
    }
    return out;
}

} // namespace crossread::editgen
