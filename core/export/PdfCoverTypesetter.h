#pragma once
// Typesets the cover of a multi-article PDF: project name, date, counts and the table of
// contents. Rows have a fixed height, so the number of cover pages depends only on the
// number of entries and can be known before the articles' page numbers are.
#include "export/PdfPage.h"

namespace crossread {

class PdfLayoutContext;

struct PdfTocEntry
{
    QString title;
    QString detail; // outlet and date
    QString where; // page number, or the separate file it went to
};

struct PdfCover
{
    QString projectName;
    QString author;
    QString date;
    int articles = 0;
    int spans = 0;
    QList<PdfTocEntry> entries;
};

class PdfCoverTypesetter
{
public:
    explicit PdfCoverTypesetter(PdfLayoutContext &context);

    QList<PdfPage> typeset(const PdfCover &cover);
    int pageCount(const PdfCover &cover);

private:
    PdfLayoutContext &m_context;
};

} // namespace crossread
