#include "agreement/Disagreements.h"

#include "agreement/CodedRanges.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace crossread {

namespace {

QList<TextRange> rangesOf(const QList<Span> &spans)
{
    QList<TextRange> ranges;
    for (const Span &s : spans)
        ranges.append({ s.start, s.end });
    return ranges;
}

constexpr qint64 kNoLimit = std::numeric_limits<qint64>::max();

} // namespace

QList<TextRange> Disagreement::firstRanges() const
{
    return CodedRanges::normalized(rangesOf(first), kNoLimit);
}

QList<TextRange> Disagreement::secondRanges() const
{
    return CodedRanges::normalized(rangesOf(second), kNoLimit);
}

QList<TextRange> Disagreement::unionRanges() const
{
    QList<TextRange> all = rangesOf(first) + rangesOf(second);
    // Touching ranges join too: the union is the stretch either coder coded.
    QList<TextRange> merged = CodedRanges::normalized(all, kNoLimit);
    QList<TextRange> out;
    for (const TextRange &r : merged) {
        if (!out.isEmpty() && out.last().end == r.start)
            out.last().end = r.end;
        else
            out.append(r);
    }
    return out;
}

QList<TextRange> Disagreement::bothRanges() const
{
    QList<TextRange> all = rangesOf(first) + rangesOf(second);
    std::sort(all.begin(), all.end(),
        [](const TextRange &a, const TextRange &b) { return a.start != b.start ? a.start < b.start : a.end < b.end; });
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

namespace {

// Stretches of overlapping spans of the two coders, those where they differ (agreed false) or
// those where they cover the same code points (agreed true).
QList<Disagreement> stretches(const QList<Span> &spans, const QString &first, const QString &second,
    const QSet<qint64> &tagIds, const QSet<qint64> &articleIds, bool agreed)
{
    // (article, tag) -> the two coders' spans carrying the tag.
    struct Entry
    {
        Span span;
        bool isFirst = false;
    };
    QHash<QPair<qint64, qint64>, QList<Entry>> groups;
    for (const Span &s : spans) {
        const bool isFirst = s.author == first;
        if ((!isFirst && s.author != second) || s.end <= s.start || s.start < 0)
            continue;
        if (!articleIds.isEmpty() && !articleIds.contains(s.articleId))
            continue;
        for (qint64 tag : s.tagIds) {
            if (tagIds.isEmpty() || tagIds.contains(tag))
                groups[{ s.articleId, tag }].append({ s, isFirst });
        }
    }

    QList<Disagreement> out;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        QList<Entry> &entries = it.value();
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
            return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
        });
        // Spans that overlap, directly or through others, form one stretch to compare.
        qsizetype i = 0;
        while (i < entries.size()) {
            Disagreement d;
            d.articleId = it.key().first;
            d.tagId = it.key().second;
            d.firstCoder = first;
            d.secondCoder = second;
            d.extent = { entries[i].span.start, entries[i].span.end };
            qsizetype j = i;
            for (; j < entries.size() && entries[j].span.start < d.extent.end; ++j) {
                d.extent.end = std::max(d.extent.end, entries[j].span.end);
                (entries[j].isFirst ? d.first : d.second).append(entries[j].span);
            }
            i = j;
            if ((d.firstRanges() == d.secondRanges()) == agreed)
                out.append(d);
        }
    }
    std::sort(out.begin(), out.end(), [](const Disagreement &a, const Disagreement &b) {
        if (a.articleId != b.articleId)
            return a.articleId < b.articleId;
        if (a.extent.start != b.extent.start)
            return a.extent.start < b.extent.start;
        return a.tagId < b.tagId;
    });
    return out;
}

} // namespace

QList<Disagreement> findDisagreements(const QList<Span> &spans, const QString &first, const QString &second,
    const QSet<qint64> &tagIds, const QSet<qint64> &articleIds)
{
    return stretches(spans, first, second, tagIds, articleIds, false);
}

QList<Disagreement> findAgreements(const QList<Span> &spans, const QString &first, const QString &second,
    const QSet<qint64> &tagIds, const QSet<qint64> &articleIds)
{
    return stretches(spans, first, second, tagIds, articleIds, true);
}

} // namespace crossread
