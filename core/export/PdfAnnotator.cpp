#include "export/PdfAnnotator.h"

#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <QIODevice>

#include <memory>
#include <vector>

namespace crossread {

QList<QSizeF> PdfAnnotator::pageSizes(const QString &path)
{
    QList<QSizeF> sizes;
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc || doc->isLocked())
        return sizes;
    for (int i = 0; i < doc->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        sizes << (page ? page->pageSizeF() : QSizeF());
    }
    return sizes;
}

bool PdfAnnotator::annotate(const QString &inputPath, const QList<PdfHighlight> &highlights, QIODevice *output)
{
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(inputPath);
    if (!doc || doc->isLocked()) {
        m_error = QStringLiteral("cannot open %1 as a PDF").arg(inputPath);
        return false;
    }
    // Annotations and pages stay alive until the document is saved.
    std::vector<std::unique_ptr<Poppler::Page>> pages(doc->numPages());
    std::vector<std::unique_ptr<Poppler::HighlightAnnotation>> annotations;
    annotations.reserve(highlights.size());
    for (const PdfHighlight &h : highlights) {
        if (h.page < 0 || h.page >= int(pages.size()) || h.rects.isEmpty())
            continue;
        if (!pages[h.page])
            pages[h.page] = doc->page(h.page);
        Poppler::Page *page = pages[h.page].get();
        if (!page)
            continue;
        const QSizeF size = page->pageSizeF();
        if (size.isEmpty())
            continue;
        QList<Poppler::HighlightAnnotation::Quad> quads;
        QRectF bounds;
        for (const QRectF &r : h.rects) {
            // Poppler wants coordinates normalised to the page, top-left origin.
            const QRectF n(
                r.x() / size.width(), r.y() / size.height(), r.width() / size.width(), r.height() / size.height());
            Poppler::HighlightAnnotation::Quad q;
            q.points[0] = n.topLeft();
            q.points[1] = n.topRight();
            q.points[2] = n.bottomRight();
            q.points[3] = n.bottomLeft();
            q.capStart = false;
            q.capEnd = false;
            q.feather = 0.1;
            quads << q;
            bounds = bounds.isNull() ? n : bounds.united(n);
        }
        auto annotation = std::make_unique<Poppler::HighlightAnnotation>();
        annotation->setHighlightType(Poppler::HighlightAnnotation::Highlight);
        annotation->setBoundary(bounds);
        annotation->setHighlightQuads(quads);
        annotation->setContents(h.contents);
        annotation->setAuthor(h.author);
        if (!h.uniqueName.isEmpty())
            annotation->setUniqueName(h.uniqueName);
        if (h.created.isValid())
            annotation->setCreationDate(h.created);
        Poppler::Annotation::Style style;
        style.setColor(h.color.isValid() ? h.color : QColor(Qt::yellow));
        style.setOpacity(h.opacity);
        annotation->setStyle(style);
        page->addAnnotation(annotation.get());
        // Adding stamps the annotation with the current time; the span's own time is the truth.
        if (h.modified.isValid())
            annotation->setModificationDate(h.modified);
        annotations.push_back(std::move(annotation));
    }
    const std::unique_ptr<Poppler::PDFConverter> converter = doc->pdfConverter();
    converter->setOutputDevice(output);
    converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
    if (!converter->convert()) {
        m_error = QStringLiteral("cannot save the annotated PDF (poppler error %1)").arg(int(converter->lastError()));
        return false;
    }
    return true;
}

} // namespace crossread
