// Window speed: open_project_10k_ms, render_article_2000_spans_ms.
#include "bench/Bench.h"

#include "MainWindow.h"
#include "ReaderView.h"
#include "store/Project.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

namespace crossread::bench {

static double openProjectMs()
{
    const QString db = generatedProject(10000, 100000);
    QList<double> times;
    for (int i = 0; i < 3; ++i) {
        MainWindow window;
        window.resize(1400, 900);
        QElapsedTimer timer;
        timer.start();
        window.openProject(db);
        window.show();
        // "Usable" = the window has painted once with its article list filled.
        QApplication::processEvents();
        window.repaint();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(1);
}

static double renderArticleMs()
{
    Article article;
    article.id = 1;
    article.title = QStringLiteral("A long generated article");
    QRandomGenerator rng(42);
    QString text;
    while (text.size() < 120000)
        text
            += QStringLiteral("Sentence %1 about a model launch, a funding round of $%2 billion and a score of %3.%4. ")
                   .arg(text.size())
                   .arg(rng.bounded(1, 100))
                   .arg(rng.bounded(40, 99))
                   .arg(rng.bounded(10));
    article.text = text;
    QHash<qint64, Tag> tags;
    for (int t = 1; t <= 8; ++t)
        tags.insert(
            t, Tag { t, 0, QStringLiteral("Tag %1").arg(t), QColor::fromHsv(t * 40, 150, 230), QString(), t, {} });
    QList<Span> spans;
    for (int i = 0; i < 2000; ++i) {
        Span s;
        s.id = i + 1;
        s.articleId = 1;
        s.start = rng.bounded(qint64(text.size() - 200));
        s.end = s.start + 10 + rng.bounded(120);
        s.tagIds = { 1 + qint64(i % 8) };
        spans << s;
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    ReaderView view;
    view.resize(1000, 800);
    view.show();
    QApplication::processEvents();
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        view.setArticle(article, spans, tags);
        view.viewport()->repaint();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(2);
}

QList<Measurement> workbenchMeasurements()
{
    return {
        { QStringLiteral("open_project_10k_ms"), QStringLiteral("<= 1000 ms for 10,000 articles and 100,000 spans"),
            [](QTextStream &out) {
                printLine(out, QStringLiteral("open_project_10k_ms"), openProjectMs(), QStringLiteral("ms"));
            } },
        { QStringLiteral("render_article_2000_spans_ms"),
            QStringLiteral("<= 50 ms to paint an article with 2,000 spans"),
            [](QTextStream &out) {
                printLine(out, QStringLiteral("render_article_2000_spans_ms"), renderArticleMs(), QStringLiteral("ms"));
            } },
    };
}

} // namespace crossread::bench
