#pragma once
// Moves whole projects in and out of the store as ExportBundle snapshots: what the
// exporters read, and what exchange-format importers (REFI-QDA) hand back.
#include "export/ExportBundle.h"
#include "store/ArticleReviser.h"

namespace crossread {

class Project;

class ProjectBundle
{
public:
    // The given articles (every article when empty) with their spans and the whole tag tree.
    static ExportBundle snapshot(Project &project, const QList<qint64> &articleIds = {});

    struct MergeReport
    {
        int articles = 0;
        int tags = 0;
        int spans = 0;
        int reusedTags = 0;
        // Sources that are an article of the project with a different text (same title): their
        // codings re-anchored onto it from their selectors; those not placed kept as orphans.
        int matchedSources = 0;
        int reanchored = 0;
        QList<OrphanedSpan> orphans;
        QString error;
    };
    // Adds a bundle to the project in one transaction: tags merge by path (Parent/Child),
    // articles are new (their path is origin#name), spans keep their offsets and coders;
    // spans without a coder get CODER (empty: the project's default coder). A source whose
    // name is the title of one article of the project but whose text differs is that article
    // as the other tool had it: its codings are re-anchored onto the project's text by their
    // selectors alone (core/anchor); what cannot be placed becomes an orphan, listed.
    static MergeReport merge(
        Project &project, const ExportBundle &bundle, const QString &origin, const QString &coder = QString());
};

} // namespace crossread
