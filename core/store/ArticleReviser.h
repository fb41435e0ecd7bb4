#pragma once
// Writes a changed text as a new version of an article and finds its spans again (core/anchor):
// the earlier text is kept (VersionStore), every placed span is re-anchored from the old text,
// every orphan is tried again from the text it was last placed on, and hand figures move with
// their spans. A span below the confidence threshold becomes an orphan, listed, never deleted.
// Call inside the transaction that writes the article.
#include "anchor/AnchorResult.h"
#include "anchor/SpanSelectors.h"
#include "domain/Types.h"

#include <optional>

namespace crossread {

class Database;
class VersionStore;

// A span re-anchoring could not place, with where it might belong in the current text.
struct OrphanedSpan
{
    Span span;
    QList<AnchorCandidate> candidates; // best first
};

struct RevisionOutcome
{
    int version = 0; // the new version's number
    int exact = 0;
    int relocated = 0;
    int fuzzy = 0;
    QList<OrphanedSpan> orphans; // every orphan of the article after the revision
};

class ArticleReviser
{
public:
    explicit ArticleReviser(Database &db);

    // ARTICLE (id set) holds the new text; false with the database's error when a write failed.
    bool revise(const Article &article, const QList<PdfGlyph> &glyphs, RevisionOutcome *outcome);

    // The W3C selectors stored for a span (an orphan's: those of its last place).
    static SpanSelectors storedSelectors(const Span &span);
    // Where an orphan might belong in CURRENTTEXT, judged from the text it was last placed on
    // when the project keeps it, else from its selectors alone.
    static AnchorResult locateOrphan(const Span &orphan, VersionStore &versions, const QString &currentText);
    // The span as RESULT places it in NEWTEXT (version NEWVERSION), or made an orphan.
    static Span applied(Span span, const AnchorResult &result, const QString &newText);

    // Moves the hand figures of a span from where it was (BEFORE, maybe an orphan) to AFTER.
    static bool moveFigures(Database &db, const Span &before, const Span &after);

private:
    Database &m_db;
};

} // namespace crossread
