#pragma once
// Adds W3C Web Annotations read from a file (WebAnnotationReader) to the articles of a project
// they were made on, in one transaction: each annotation's article is found by its source IRI
// (the file, or our exporter's urn:uuid), the source's file name, or the document's title; its
// span is placed by its selectors alone (core/anchor: the project's text may differ from the
// one it was made on) or becomes an orphan, listed; its tagging bodies become tags (created by
// path where missing), its other bodies the span's note, its creator the span's coder. The
// edit as the user makes it, undoable, is ImportAnnotationsCommand.
#include "export/WebAnnotationReader.h"
#include "store/ArticleReviser.h"

#include <QStringList>

namespace crossread {

class Project;

class AnnotationImporter
{
public:
    struct Report
    {
        int annotations = 0; // handed in
        int exact = 0;
        int relocated = 0;
        int fuzzy = 0;
        QList<OrphanedSpan> orphans; // stored, for Needs attention
        int newTags = 0;
        QStringList unmatched; // per source without an article: why, and how many were left out
        QString error; // a write failed: nothing was imported
        QList<qint64> spanIds; // made, placed or orphans, in the order of the annotations
        QList<qint64> tagIds; // made, parents before children

        int placed() const { return exact + relocated + fuzzy; }
    };

    // Spans of annotations without a creator get CODER (empty: the project's default coder).
    static Report import(Project &project, const QList<WebAnnotation> &annotations, const QString &coder = QString());

    // The article of the project SOURCE / TITLE names, 0 when none or several could be it.
    static qint64 findArticle(Project &project, const QString &source, const QString &title);
};

} // namespace crossread
