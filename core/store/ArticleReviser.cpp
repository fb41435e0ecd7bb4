#include "store/ArticleReviser.h"

#include "anchor/Reanchorer.h"
#include "domain/CodePoints.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/FigureStore.h"
#include "store/SpanStore.h"
#include "store/VersionStore.h"

#include <map>
#include <memory>

namespace crossread {

namespace {

SpanAnchor spanAnchor(AnchorResult::Method method)
{
    switch (method) {
    case AnchorResult::Exact:
        return SpanAnchor::Exact;
    case AnchorResult::Relocated:
        return SpanAnchor::Relocated;
    case AnchorResult::Fuzzy:
        return SpanAnchor::Fuzzy;
    case AnchorResult::Orphan:
        break;
    }
    return SpanAnchor::Orphan;
}

// Re-anchoring treats whitespace-only edits as no change; so does the span's "changed" mark.
bool sameWords(const QString &a, const QString &b)
{
    return a.simplified() == b.simplified();
}

} // namespace

ArticleReviser::ArticleReviser(Database &db)
    : m_db(db)
{ }

SpanSelectors ArticleReviser::storedSelectors(const Span &span)
{
    SpanSelectors s;
    s.quote = { span.text, span.prefix, span.suffix };
    s.position = { span.selectorStart, span.selectorEnd };
    return s;
}

AnchorResult ArticleReviser::locateOrphan(const Span &orphan, VersionStore &versions, const QString &currentText)
{
    const std::optional<QString> last = versions.text(orphan.articleId, orphan.anchorVersion);
    const Reanchorer reanchorer = last ? Reanchorer(*last, currentText) : Reanchorer(currentText);
    return reanchorer.anchor(storedSelectors(orphan));
}

Span ArticleReviser::applied(Span span, const AnchorResult &result, const QString &newText)
{
    const SpanAnchor before = span.anchor;
    const double confidenceBefore = span.confidence;
    span.modified = QDateTime::currentDateTimeUtc();
    // A place without text cannot hold a span (the store refuses one): it is no place.
    if (!result.placed() || result.range->end <= result.range->start) {
        // Keeps its last text and selectors: what the analyst coded, and what to look for next time.
        span.anchor = SpanAnchor::Orphan;
        span.confidence = result.confidence;
        span.start = span.end = 0;
        return span;
    }
    span.start = result.range->start;
    span.end = result.range->end;
    span.text = CodePoints(newText).mid(newText, span.start, span.end);
    span.confidence = result.confidence;
    span.anchor = spanAnchor(result.method);
    // Fuzzy says the text differs from what was coded, however many versions ago it changed.
    if (!sameWords(span.text, span.quote)) {
        span.anchor = SpanAnchor::Fuzzy;
        if (before == SpanAnchor::Fuzzy)
            span.confidence = std::min(confidenceBefore, result.confidence);
    }
    return span;
}

bool ArticleReviser::revise(const Article &article, const QList<PdfGlyph> &glyphs, RevisionOutcome *outcome)
{
    ArticleStore articles(m_db);
    VersionStore versions(m_db);
    SpanStore spans(m_db);
    const QString oldText = articles.text(article.id);
    const QList<Span> placed = spans.spansOfArticle(article.id);
    const QList<Span> orphans = spans.orphans(article.id);

    outcome->version = versions.archiveCurrent(article.id);
    if (outcome->version == 0 || !articles.update(article, glyphs))
        return false;

    // One alignment of the two versions serves every placed span.
    const Reanchorer fromOld(oldText, article.text);
    const CodePoints oldCp(oldText);
    QList<SpanSelectors> selectors;
    for (const Span &s : placed)
        selectors.append(SpanSelectors::describe(oldText, oldCp, s.start, s.end));
    const QList<AnchorResult> results = fromOld.anchorAll(selectors);

    QList<QPair<Span, AnchorResult>> revised;
    for (qsizetype i = 0; i < placed.size(); ++i)
        revised.append({ placed.at(i), results.at(i) });
    // Orphans are tried again from the version they were last placed on: one alignment per version.
    std::map<int, std::unique_ptr<Reanchorer>> fromVersion;
    for (const Span &o : orphans) {
        std::unique_ptr<Reanchorer> &reanchorer = fromVersion[o.anchorVersion];
        if (!reanchorer) {
            const std::optional<QString> last = versions.text(article.id, o.anchorVersion);
            reanchorer
                = last ? std::make_unique<Reanchorer>(*last, article.text) : std::make_unique<Reanchorer>(article.text);
        }
        revised.append({ o, reanchorer->anchor(storedSelectors(o)) });
    }

    for (const auto &[before, result] : revised) {
        Span after = applied(before, result, article.text);
        // Read in this transaction, under the write lock: no one can have written it since.
        if (spans.update(after) != WriteOutcome::Written)
            return false;
        if (!after.isOrphan() && !moveFigures(m_db, before, after))
            return false;
        switch (after.anchor) {
        case SpanAnchor::Exact:
            ++outcome->exact;
            break;
        case SpanAnchor::Relocated:
            ++outcome->relocated;
            break;
        case SpanAnchor::Fuzzy:
            ++outcome->fuzzy;
            break;
        case SpanAnchor::Orphan:
            outcome->orphans.append({ after, result.candidates });
            break;
        }
    }
    return true;
}

// A hand figure keeps its place in its span's text: the same offset while the span's text is
// unchanged, else where its text is found again in the span (nearest the same offset), else
// the span's whole range, so that it never points outside the span it belongs to. An orphan's
// figures are looked for by their text alone.
bool ArticleReviser::moveFigures(Database &db, const Span &before, const Span &after)
{
    FigureStore figures(db);
    for (const Figure &f : figures.figuresOfSpan(before.id)) {
        const qint64 offset = before.isOrphan() ? 0 : f.start - before.start;
        qint64 start = after.start;
        qint64 end = after.end;
        if (!before.isOrphan() && before.text == after.text) {
            start = after.start + offset;
            end = start + (f.end - f.start);
        } else {
            const CodePoints cp(after.text);
            const qsizetype from = cp.toUtf16(std::max<qint64>(0, offset));
            qsizetype at = after.text.indexOf(f.text, from);
            const qsizetype back = from > 0 ? after.text.lastIndexOf(f.text, from - 1) : -1;
            if (at < 0 || (back >= 0 && from - back < at - from))
                at = back;
            if (!f.text.isEmpty() && at >= 0) {
                start = after.start + cp.fromUtf16(at);
                end = after.start + cp.fromUtf16(at + f.text.size());
            }
        }
        if (std::clamp(start, after.start, after.end) != start || std::clamp(end, start, after.end) != end) {
            start = after.start;
            end = after.end;
        }
        if ((start != f.start || end != f.end) && !figures.move(f.id, start, end))
            return false;
    }
    return true;
}

} // namespace crossread
