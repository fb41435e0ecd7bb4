#pragma once
// The text of an article as the PDF shows it: split into paragraphs at line breaks, with the
// boilerplate left out unless a span touches it (annotated text is never dropped), and each
// span cut into fragments per paragraph, in the paragraph's own UTF-16 indices.
#include "export/ExportBundle.h"

namespace crossread {

class PdfArticleText
{
public:
    struct Fragment
    {
        qsizetype start = 0; // UTF-16 index in Paragraph::text
        qsizetype end = 0;
        int span = 0; // index into the article's spans
    };

    struct Paragraph
    {
        QString text; // empty: a blank line in the source
        QList<Fragment> fragments;
    };

    explicit PdfArticleText(const ExportArticle &article);

    const QList<Paragraph> &paragraphs() const { return m_paragraphs; }

private:
    QList<Paragraph> m_paragraphs;
};

} // namespace crossread
