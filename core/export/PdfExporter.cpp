#include "export/PdfExporter.h"

#include "export/BundleLookup.h"
#include "export/PdfAnnotator.h"
#include "export/PdfArticleTypesetter.h"
#include "export/PdfCoverTypesetter.h"
#include "export/PdfGlyphRuns.h"
#include "export/PdfLayoutContext.h"
#include "export/PdfMerger.h"
#include "export/PdfStrings.h"

#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace crossread {

namespace {

constexpr int kResolution = 1200; // device units per inch of the typeset pages

struct Item
{
    const ExportArticle *article = nullptr;
    bool pdf = false; // annotated in place rather than typeset
    int pdfPages = 0;
    PdfTypesetArticle typeset;
    int firstPage = 0; // 0-based, in the main output
    int typesetFirst = 0; // 0-based, in the typeset document
    QString separateFile;
};

void paintFooter(QPainter &painter, const PdfLayoutContext &ctx, const QString &left, int page, int total)
{
    const QFont &font = ctx.font(PdfLayoutContext::Style::Footer);
    const QRectF content = ctx.contentRect();
    const QString number = PdfStrings::pageOf(page, total);
    const double numberWidth = ctx.textWidth(number, font);
    painter.setFont(font);
    painter.setPen(ctx.mutedColor());
    painter.drawText(QPointF(content.left(), ctx.footerBaseline()),
        ctx.elided(left, font, content.width() - numberWidth - ctx.pt(24)));
    painter.drawText(QPointF(content.right() - numberWidth, ctx.footerBaseline()), number);
}

} // namespace

PdfExporter::PdfExporter(const PdfExportOptions &options)
    : m_options(options)
{ }

QString PdfExporter::separateFileName(const QString &output, qint64 articleId)
{
    const QFileInfo info(output);
    return info.dir().filePath(QStringLiteral("%1-%2.pdf").arg(info.completeBaseName()).arg(articleId));
}

QList<PdfHighlight> PdfExporter::pdfArticleHighlights(
    const ExportArticle &article, const BundleLookup &lookup, int firstPage, double opacity, QStringList *warnings)
{
    QList<PdfHighlight> out;
    for (int i = 0; i < article.spans.size(); ++i) {
        const Span &s = article.spans[i];
        const QMap<int, QList<QRectF>> runs = PdfGlyphRuns::lineRects(article.glyphs, s.start, s.end);
        if (runs.isEmpty() && warnings) {
            *warnings << QStringLiteral("span %1 of \"%2\" has no glyphs on the page and got no highlight")
                             .arg(i + 1)
                             .arg(PdfArticleTypesetter::displayTitle(article.article));
        }
        for (auto it = runs.cbegin(); it != runs.cend(); ++it) {
            PdfHighlight h;
            h.page = firstPage + it.key();
            h.rects = it.value();
            h.contents = PdfArticleTypesetter::highlightContents(lookup, s, i + 1);
            h.author = lookup.authorOf(s);
            h.color = lookup.spanColor(s);
            h.created = s.created;
            h.modified = s.modified;
            h.uniqueName = QStringLiteral("crossread-span-%1").arg(s.id);
            h.opacity = opacity;
            out << h;
        }
    }
    return out;
}

ExportResult PdfExporter::exportTo(
    const ExportBundle &bundle, const QString &path, const ExportProgress &progress) const
{
    if (bundle.articles.isEmpty())
        return ExportResult::failure(QStringLiteral("there are no articles to export"));
    const BundleLookup lookup(bundle);
    ExportResult result;

    QList<Item> items;
    for (const ExportArticle &a : bundle.articles) {
        Item it;
        it.article = &a;
        if (a.article.format == ArticleFormat::Pdf) {
            it.pdfPages = int(PdfAnnotator::pageSizes(a.article.path).size());
            it.pdf = it.pdfPages > 0;
            if (!it.pdf) {
                result.warnings << QStringLiteral(
                    "the PDF of \"%1\" cannot be opened (%2); its text was typeset instead")
                                       .arg(PdfArticleTypesetter::displayTitle(a.article), a.article.path);
            }
        }
        items << it;
    }
    const int n = int(items.size());
    const bool anyPdf = std::any_of(items.cbegin(), items.cend(), [](const Item &it) { return it.pdf; });
    const bool singlePdf = n == 1 && items.first().pdf;
    const PdfMerger merger(m_options.qpdfProgram);
    const bool wantMerge = m_options.pdfArticles == PdfExportOptions::PdfArticles::MergeWithQpdf;
    const bool merge = anyPdf && !singlePdf && wantMerge && merger.isAvailable();
    const bool separate = anyPdf && !singlePdf && !merge;
    if (separate && wantMerge)
        result.warnings << QStringLiteral("qpdf is not installed, so PDF articles were written as separate files");
    const int separateCount
        = separate ? int(std::count_if(items.cbegin(), items.cend(), [](const Item &it) { return it.pdf; })) : 0;

    int done = 0;
    const int total = 2 * n + 2 + separateCount;
    const auto step = [&] { return !progress || progress(++done, total); };
    if (progress && !progress(0, total))
        return ExportResult::cancel();

    PdfAnnotator annotator;
    QSaveFile output(path);
    if (!output.open(QIODevice::WriteOnly))
        return ExportResult::failure(QStringLiteral("cannot write %1: %2").arg(path, output.errorString()));

    if (singlePdf) {
        const QList<PdfHighlight> highlights
            = pdfArticleHighlights(bundle.articles.first(), lookup, 0, m_options.pdfHighlightOpacity, &result.warnings);
        done = total - 1;
        if (!annotator.annotate(bundle.articles.first().article.path, highlights, &output))
            return ExportResult::failure(annotator.errorString());
        if (!step())
            return ExportResult::cancel();
        if (!output.commit())
            return ExportResult::failure(QStringLiteral("cannot write %1: %2").arg(path, output.errorString()));
        result.ok = true;
        result.files << path;
        return result;
    }

    QTemporaryDir tmp;
    if (!tmp.isValid())
        return ExportResult::failure(QStringLiteral("cannot create a temporary folder: %1").arg(tmp.errorString()));
    const QString typesetPath = tmp.filePath(QStringLiteral("typeset.pdf"));
    QPdfWriter writer(typesetPath);
    writer.setResolution(kResolution);
    writer.setPageSize(
        QPageSize(m_options.pageSize == PdfExportOptions::PageSize::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(QStringLiteral("Crossread"));
    writer.setTitle(n == 1 ? PdfArticleTypesetter::displayTitle(items.first().article->article) : bundle.projectName);

    PdfLayoutContext ctx(&writer, m_options);
    PdfArticleTypesetter typesetter(ctx, lookup);
    for (Item &it : items) {
        if (!it.pdf)
            it.typeset = typesetter.typeset(*it.article, PdfArticleTypesetter::displayTitle(it.article->article));
        if (!step())
            return ExportResult::cancel();
    }

    // A cover for several articles, and always when nothing else would be typeset.
    const bool textArticles = std::any_of(items.cbegin(), items.cend(), [](const Item &it) { return !it.pdf; });
    const bool cover = (m_options.coverPage && n > 1) || (!textArticles && !merge);
    PdfCover coverInfo;
    coverInfo.projectName = bundle.projectName.isEmpty() ? QStringLiteral("Crossread") : bundle.projectName;
    coverInfo.author = bundle.author;
    coverInfo.date = QLocale().toString(
        m_options.date.isValid() ? m_options.date : QDate::currentDate(), QStringLiteral("d MMMM yyyy"));
    coverInfo.articles = n;
    for (const ExportArticle &a : bundle.articles)
        coverInfo.spans += int(a.spans.size());
    for (const Item &it : std::as_const(items)) {
        QStringList detail;
        if (!it.article->article.outlet.isEmpty())
            detail << it.article->article.outlet;
        if (it.article->article.published.isValid())
            detail << QLocale().toString(it.article->article.published, QStringLiteral("d MMMM yyyy"));
        coverInfo.entries << PdfTocEntry { PdfArticleTypesetter::displayTitle(it.article->article),
            detail.join(QStringLiteral("  ·  ")), QString() };
    }
    PdfCoverTypesetter coverTypesetter(ctx);
    const int coverPages = cover ? coverTypesetter.pageCount(coverInfo) : 0;

    int page = coverPages;
    int typesetPage = coverPages;
    for (int i = 0; i < n; ++i) {
        Item &it = items[i];
        it.firstPage = page;
        it.typesetFirst = typesetPage;
        if (!it.pdf) {
            page += int(it.typeset.pages.size());
            typesetPage += int(it.typeset.pages.size());
            coverInfo.entries[i].where = QString::number(it.firstPage + 1);
        } else if (merge) {
            page += it.pdfPages;
            coverInfo.entries[i].where = QString::number(it.firstPage + 1);
        } else {
            it.separateFile = separateFileName(path, it.article->article.id);
            coverInfo.entries[i].where = PdfStrings::separateFile(QFileInfo(it.separateFile).fileName());
        }
    }
    const int totalPages = page;

    QPainter painter;
    if (!painter.begin(&writer))
        return ExportResult::failure(QStringLiteral("cannot create the PDF"));
    bool firstPage = true;
    const auto paintPage = [&](const PdfPage &p, int number) {
        if (!firstPage)
            writer.newPage();
        firstPage = false;
        p.paint(painter);
        paintFooter(painter, ctx, p.footer, number + 1, totalPages);
    };
    if (cover) {
        const QList<PdfPage> pages = coverTypesetter.typeset(coverInfo);
        for (int i = 0; i < pages.size(); ++i)
            paintPage(pages[i], i);
    }
    for (const Item &it : std::as_const(items)) {
        for (int k = 0; k < it.typeset.pages.size(); ++k)
            paintPage(it.typeset.pages[k], it.firstPage + k);
        if (!step()) {
            painter.end();
            return ExportResult::cancel();
        }
    }
    if (!painter.end())
        return ExportResult::failure(QStringLiteral("cannot write the typeset PDF"));

    QString base = typesetPath;
    if (merge) {
        QList<PdfMerger::Part> parts;
        const auto addPart = [&parts](const QString &file, int first, int last) {
            if (!parts.isEmpty() && parts.last().file == file && parts.last().lastPage + 1 == first)
                parts.last().lastPage = last;
            else
                parts << PdfMerger::Part { file, first, last };
        };
        if (coverPages)
            addPart(typesetPath, 1, coverPages);
        for (const Item &it : std::as_const(items)) {
            if (it.pdf)
                addPart(it.article->article.path, 1, it.pdfPages);
            else if (!it.typeset.pages.isEmpty())
                addPart(typesetPath, it.typesetFirst + 1, it.typesetFirst + int(it.typeset.pages.size()));
        }
        base = tmp.filePath(QStringLiteral("merged.pdf"));
        PdfMerger qpdf(merger.program());
        if (!qpdf.merge(parts, base))
            return ExportResult::failure(qpdf.errorString());
    }
    if (!step())
        return ExportResult::cancel();

    QList<PdfHighlight> highlights;
    for (const Item &it : std::as_const(items)) {
        if (!it.pdf) {
            for (PdfHighlight h : it.typeset.highlights) {
                h.page += merge ? it.firstPage : it.typesetFirst;
                h.opacity = m_options.typesetHighlightOpacity;
                highlights << h;
            }
        } else if (merge) {
            highlights << pdfArticleHighlights(
                *it.article, lookup, it.firstPage, m_options.pdfHighlightOpacity, &result.warnings);
        }
    }
    if (!annotator.annotate(base, highlights, &output))
        return ExportResult::failure(annotator.errorString());
    if (!step())
        return ExportResult::cancel();

    // Separate files are committed together with the main output, so a cancel leaves none.
    std::vector<std::unique_ptr<QSaveFile>> extras;
    for (const Item &it : std::as_const(items)) {
        if (!it.pdf || !separate)
            continue;
        auto file = std::make_unique<QSaveFile>(it.separateFile);
        if (!file->open(QIODevice::WriteOnly))
            return ExportResult::failure(
                QStringLiteral("cannot write %1: %2").arg(it.separateFile, file->errorString()));
        if (!annotator.annotate(it.article->article.path,
                pdfArticleHighlights(*it.article, lookup, 0, m_options.pdfHighlightOpacity, &result.warnings),
                file.get()))
            return ExportResult::failure(annotator.errorString());
        extras.push_back(std::move(file));
        if (!step())
            return ExportResult::cancel();
    }
    if (!output.commit())
        return ExportResult::failure(QStringLiteral("cannot write %1: %2").arg(path, output.errorString()));
    result.files << path;
    for (const auto &file : extras) {
        if (!file->commit())
            return ExportResult::failure(
                QStringLiteral("cannot write %1: %2").arg(file->fileName(), file->errorString()));
        result.files << file->fileName();
    }
    result.ok = true;
    return result;
}

} // namespace crossread
