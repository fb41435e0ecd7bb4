#pragma once
// A self-contained snapshot of (part of) a project handed to exporters and produced by
// importers of exchange formats (REFI-QDA). Exporters never talk to the store.
#include "domain/Types.h"

#include <QHash>

namespace crossread {

struct ExportArticle
{
    Article article;
    QList<Span> spans; // sorted by start
    QList<PdfGlyph> glyphs; // PDF articles: one per code point of article.text
};

struct ExportBundle
{
    QString projectName;
    QString author; // the current user, for exchange formats that want one
    QList<Tag> tags; // the whole tag tree
    QList<ExportArticle> articles;

    QHash<qint64, Tag> tagsById() const
    {
        QHash<qint64, Tag> h;
        for (const Tag &t : tags)
            h.insert(t.id, t);
        return h;
    }
};

} // namespace crossread
