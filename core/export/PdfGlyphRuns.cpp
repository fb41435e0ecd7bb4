#include "export/PdfGlyphRuns.h"

namespace crossread {

QMap<int, QList<QRectF>> PdfGlyphRuns::lineRects(const QList<PdfGlyph> &glyphs, qint64 start, qint64 end)
{
    QMap<int, QList<QRectF>> out;
    int runPage = -1;
    QRectF run;
    const auto flush = [&] {
        if (runPage >= 0 && !run.isEmpty())
            out[runPage].append(run);
        runPage = -1;
        run = QRectF();
    };
    const qint64 last = std::min<qint64>(end, glyphs.size());
    for (qint64 i = std::max<qint64>(0, start); i < last; ++i) {
        const PdfGlyph &g = glyphs[i];
        if (g.box.width() <= 0 || g.box.height() <= 0)
            continue;
        // Same line: same page, vertical centre inside the run, and not jumping back left
        // (which is what a new line or column does).
        const double centre = g.box.center().y();
        const bool sameLine = g.page == runPage && centre > run.top() && centre < run.bottom()
            && g.box.left() >= run.left() - run.height();
        if (!sameLine) {
            flush();
            runPage = g.page;
            run = g.box;
        } else {
            run = run.united(g.box);
        }
    }
    flush();
    return out;
}

} // namespace crossread
