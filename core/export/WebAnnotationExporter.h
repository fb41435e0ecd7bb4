#pragma once
// Exports spans as W3C Web Annotations (JSON-LD): one AnnotationCollection whose first page
// holds an Annotation per span, with the note as a commenting TextualBody, each tag as a
// tagging TextualBody, and a TextQuoteSelector plus a TextPositionSelector (code points into
// the article's stored text) on the article's file URL.
#include "export/ExportBundle.h"
#include "export/ExportResult.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace crossread {

class WebAnnotationExporter
{
public:
    static constexpr int kQuoteContext = 32; // code points of prefix and suffix

    QJsonDocument render(const ExportBundle &bundle) const;
    QJsonObject annotation(const ExportBundle &bundle, const ExportArticle &article, const Span &span) const;
    ExportResult exportTo(const ExportBundle &bundle, const QString &path, const ExportProgress &progress = {}) const;
};

} // namespace crossread
