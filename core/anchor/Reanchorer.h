#pragma once
// Finds spans again in a new version of their text. Built once per pair of versions (the word
// diff of the two is computed once and shared by every span), then anchor() per span tries, in
// order: the exact quote with its context; the exact quote elsewhere (nearest the old position);
// an approximate match of the quote, whose edit distance and distance from the old position are
// judged separately; and throughout, the word alignment of the versions when the old text is known.
// A span below the confidence threshold is not placed: it becomes an orphan, with the best
// candidates listed. It prefers an orphan to a wrong place. Whitespace-only changes (re-wrapped
// lines, CRLF, doubled spaces) are no changes. anchor() is const and keeps no state between calls,
// so one Reanchorer may serve several threads.
#include "anchor/AnchorOptions.h"
#include "anchor/AnchorResult.h"
#include "anchor/SpanSelectors.h"
#include "anchor/VersionTexts.h"

#include <QList>
#include <QString>

#include <optional>

namespace crossread {

struct SpanCandidate;

class Reanchorer
{
public:
    // Selectors only (a W3C or REFI-QDA import whose text differs): no old text, no alignment.
    explicit Reanchorer(const QString &newText, const AnchorOptions &options = {});
    // A new version of the text the spans were made on.
    Reanchorer(const QString &oldText, const QString &newText, const AnchorOptions &options = {});

    AnchorResult anchor(const SpanSelectors &span) const;
    QList<AnchorResult> anchorAll(const QList<SpanSelectors> &spans) const;

    const AnchorOptions &options() const { return m_options; }
    bool hasOldText() const { return m_versions.hasOld(); }

private:
    struct Choice;
    // The best candidate; those within `margin` of its confidence compete with it.
    Choice choose(QList<SpanCandidate> candidates, double margin) const;
    AnchorResult placed(const SpanCandidate &c) const;
    AnchorResult orphan(QList<SpanCandidate> candidates) const;

    AnchorOptions m_options;
    VersionTexts m_versions;
};

} // namespace crossread
