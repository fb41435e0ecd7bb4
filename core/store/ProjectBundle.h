#pragma once
// Moves whole projects in and out of the store as ExportBundle snapshots: what the
// exporters read, and what exchange-format importers (REFI-QDA) hand back.
#include "export/ExportBundle.h"

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
        QString error;
    };
    // Adds a bundle to the project in one transaction: tags merge by path (Parent/Child),
    // articles are new (their path is origin#name), spans keep their offsets and coders;
    // spans without a coder get CODER (empty: the project's default coder).
    static MergeReport merge(
        Project &project, const ExportBundle &bundle, const QString &origin, const QString &coder = QString());
};

} // namespace crossread
