#include "compare/ComparableText.h"

#include "domain/CodePoints.h"

namespace crossread {

QString comparableText(const QString &text, const QList<TextRange> &boilerplate)
{
    if (boilerplate.isEmpty())
        return text;
    const CodePoints cp(text);
    QString out = text;
    bool surrogates = false;
    for (const TextRange &r : boilerplate) {
        const qsizetype from = cp.toUtf16(r.start);
        const qsizetype to = cp.toUtf16(r.end);
        for (qsizetype i = from; i < to; ++i) {
            if (out[i].isSurrogate())
                surrogates = true;
            else if (out[i] != u'\n')
                out[i] = u' ';
        }
    }
    if (!surrogates)
        return out;
    // A code point outside the BMP is one code point in two UTF-16 units: one space for both.
    QString blanked;
    blanked.reserve(out.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        const bool hidden = out[i].isHighSurrogate() && i + 1 < out.size() && out[i + 1].isLowSurrogate() && [&] {
            const qint64 at = cp.fromUtf16(i);
            for (const TextRange &r : boilerplate)
                if (r.contains(at))
                    return true;
            return false;
        }();
        if (hidden) {
            blanked += u' ';
            ++i;
        } else {
            blanked += out[i];
        }
    }
    return blanked;
}

} // namespace crossread
