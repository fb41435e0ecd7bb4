// The compare view and the claim matrix as an analyst uses them: the comparison runs in the
// background, F7 / Shift+F7 walk the differences and select them in both panes, the panes scroll
// together by aligned sentence, digits tag a selection in either pane, and the claim matrix of
// three sources shows one column per source with the conflicting figures marked.
#include "TestSupport.h"

#include "AnnotationController.h"
#include "compare/ClaimMatrixView.h"
#include "compare/ComparePane.h"
#include "compare/CompareView.h"
#include "compare/ComparedText.h"
#include "compare/ConnectorGutter.h"
#include "compare/DiffMinimap.h"
#include "compare/ProseComparator.h"
#include "compare/ScrollAnchors.h"
#include "domain/CodePoints.h"
#include "import/ArticleImporter.h"
#include "models/ClaimMatrixModel.h"
#include "models/TagTreeModel.h"
#include "store/Project.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QThreadPool>

#include <memory>

using namespace crossread;

namespace {

// Invented texts. B moves the training sentence to the front, changes the developer count,
// drops the analysts' sentence and adds one of its own; the rocket makes code points and UTF-16
// differ, and B's first line is boilerplate the panes leave out.
const QString kTextA = QStringLiteral("Halcyon Labs released a new reasoning model on Monday. "
                                      "The company said 40,000 developers joined the early access program. "
                                      "Training the model took eight months of work. "
                                      "Analysts expect a fierce response from rival laboratories before summer.\n\n"
                                      "The firm employs roughly 450 people in San Francisco.\n");
const QString kTextB = QStringLiteral("Advertisement\n\n"
                                      "Training the model took eight months of work. "
                                      "Halcyon Labs released a new reasoning model on Monday. "
                                      "The company said 45,000 developers joined the early access program.\n\n"
                                      "The firm employs roughly 450 people in San Francisco. "
                                      "A spokesperson 🚀 declined to discuss pricing for enterprise customers.\n");
const QString kTextC = QStringLiteral("On Monday Halcyon Labs released a new reasoning model. "
                                      "The company said 40,000 developers joined the early access program. "
                                      "Shares of its cloud partner rose sharply in early trading.\n");

const QString kDevelopersA = QStringLiteral("The company said 40,000 developers joined the early access program.");
const QString kDevelopersB = QStringLiteral("The company said 45,000 developers joined the early access program.");

} // namespace

class TestCompareUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void scrollAnchorsMap_data();
    void scrollAnchorsMap();
    void comparedTextLeavesBoilerplateOut();
    void longParagraphsShownInLines();

    void comparisonRunsAndSummarises();
    void nextAndPreviousDifference();
    void differencesInReadingOrder();
    void newerComparisonWins();
    void scrollingOnePaneMovesTheOther();
    void digitTagsSelectionInPane_data();
    void digitTagsSelectionInPane();
    void claimMatrixColumnsAndConflict();
    void claimMatrixDoubleClickOpens();
    void claimMatrixOfTheDemoLaunchStories();
    void rendersSideBySide_data();
    void rendersSideBySide();

private:
    qint64 addArticle(
        const QString &title, const QString &outlet, const QString &text, const QList<TextRange> &boilerplate = {});
    qint64 importSample(const QString &fileName);
    std::unique_ptr<CompareView> openCompare(qint64 a, qint64 b, QSize size = QSize(1000, 700));

    QTemporaryDir m_dir;
    Workspace m_workspace;
    Project &m_project = *m_workspace.project();
    TagTreeModel m_tags;
    AnnotationController m_annotations { &m_workspace, &m_tags };
    qint64 m_a = 0;
    qint64 m_b = 0;
    qint64 m_c = 0;
    qint64 m_storyRewrite = 0; // tests/data/story 02, a rewrite of 01
    qint64 m_storyOriginal = 0;
    qint64 m_demoOriginal = 0; // resources/samples 02, and 03 which rewrites it
    qint64 m_demoRewrite = 0;
    qint64 m_demoLedger = 0; // resources/samples 01, the same launch as an HTML page
    QList<qint64> m_tagIds;
};

qint64 TestCompareUi::addArticle(
    const QString &title, const QString &outlet, const QString &text, const QList<TextRange> &boilerplate)
{
    Article article;
    article.title = title;
    article.outlet = outlet;
    article.path = m_dir.filePath(title + QStringLiteral(".txt"));
    article.contentHash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
    article.text = text;
    article.boilerplate = boilerplate;
    article.imported = article.changed = QDateTime::currentDateTimeUtc();
    if (!m_project.articles().insert(article, {}))
        return 0;
    return article.id;
}

qint64 TestCompareUi::importSample(const QString &fileName)
{
    const ImportFileResult imported
        = ArticleImporter::importFile(QStringLiteral(CROSSREAD_SOURCE_DIR "/resources/samples/") + fileName);
    if (imported.outcome != ImportOutcome::Imported)
        return 0;
    const ImportedDocument &doc = imported.document;
    return addArticle(doc.title, doc.outlet, doc.text, doc.boilerplate);
}

void TestCompareUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_workspace.open(m_dir.filePath(QStringLiteral("compare.crossread")), Project::OpenMode::CreateIfMissing),
        qPrintable(m_workspace.lastError()));
    m_a = addArticle(QStringLiteral("Halcyon ships a reasoning model"), QStringLiteral("Frontier Daily"), kTextA);
    m_b = addArticle(
        QStringLiteral("Halcyon model arrives"), QStringLiteral("Bytewire"), kTextB, { TextRange { 0, 13 } });
    m_c = addArticle(QStringLiteral("Halcyon partner shares rise"), QStringLiteral("Tallyhouse Wire"), kTextC);
    QVERIFY(m_a && m_b && m_c);
    const QString rewrite = test::storyText(QStringLiteral("02"));
    const QString original = test::storyText(QStringLiteral("01"));
    QVERIFY2(!rewrite.isEmpty() && !original.isEmpty(), test::missingStory(QStringLiteral("01/02")));
    m_storyRewrite = addArticle(QStringLiteral("story rewrite"), QString(), rewrite);
    m_storyOriginal = addArticle(QStringLiteral("story original"), QString(), original);
    QVERIFY(m_storyRewrite && m_storyOriginal);
    m_demoOriginal = importSample(QStringLiteral("02-halcyon-launch-frontier-daily.txt"));
    m_demoRewrite = importSample(QStringLiteral("03-halcyon-launch-bytewire.txt"));
    m_demoLedger = importSample(QStringLiteral("01-halcyon-launch-circuit-ledger.html"));
    QVERIFY(m_demoOriginal && m_demoRewrite && m_demoLedger);
    for (const auto &[name, color] : { std::pair { QStringLiteral("Claim"), QColor(0xe6, 0x9f, 0x00) },
             std::pair { QStringLiteral("Figure"), QColor(0x56, 0xb4, 0xe9) } }) {
        Tag tag;
        tag.name = name;
        tag.color = color;
        tag.position = -1;
        QVERIFY(m_project.addTag(tag));
        m_tagIds << tag.id;
    }
    m_tags.setWorkspace(&m_workspace);
    QCOMPARE(m_tags.quickBarTags().size(), 2);
}

void TestCompareUi::cleanupTestCase()
{
    QThreadPool::globalInstance()->waitForDone();
    m_workspace.close();
}

std::unique_ptr<CompareView> TestCompareUi::openCompare(qint64 a, qint64 b, QSize size)
{
    auto view = std::make_unique<CompareView>(&m_workspace, &m_tags, &m_annotations);
    view->resize(size);
    view->show();
    QApplication::setActiveWindow(view.get());
    if (!QTest::qWaitForWindowActive(view.get()))
        return nullptr;
    QSignalSpy finished(view.get(), &CompareView::comparisonFinished);
    if (!view->compareArticles(a, b))
        return nullptr;
    if (!view->isComparing() || !view->summaryBar()->isBusy())
        return nullptr; // the comparison must not run on the GUI thread
    if (!finished.wait(30000))
        return nullptr;
    QCoreApplication::processEvents(); // lays the window out again now that the busy bar is gone
    return view;
}

void TestCompareUi::scrollAnchorsMap_data()
{
    QTest::addColumn<QList<QPointF>>("points");
    QTest::addColumn<double>("yA");
    QTest::addColumn<double>("expectedB");

    const QList<QPointF> anchors { { 0, 0 }, { 100, 50 }, { 200, 250 }, { 400, 300 } };
    QTest::newRow("on an anchor") << anchors << 100.0 << 50.0;
    QTest::newRow("between anchors interpolates") << anchors << 150.0 << 150.0;
    QTest::newRow("past the end keeps the offset") << anchors << 450.0 << 350.0;
    QTest::newRow("no anchors is the identity") << QList<QPointF>() << 42.0 << 42.0;
    QTest::newRow("anchors at one place: the furthest wins, so ends meet")
        << QList<QPointF> { { 0, 0 }, { 100, 80 }, { 100, 100 } } << 100.0 << 100.0;
    QTest::newRow("an anchor going back is dropped")
        << QList<QPointF> { { 0, 0 }, { 100, 300 }, { 200, 100 }, { 300, 400 } } << 200.0 << 350.0;
}

void TestCompareUi::scrollAnchorsMap()
{
    QFETCH(QList<QPointF>, points);
    QFETCH(double, yA);
    QFETCH(double, expectedB);
    ScrollAnchors anchors;
    anchors.setPoints(points);
    QCOMPARE(anchors.mapAToB(yA), expectedB);
    QCOMPARE(anchors.mapBToA(expectedB), yA);
}

void TestCompareUi::comparedTextLeavesBoilerplateOut()
{
    bool found = false;
    const ComparedText text(m_project.articles().article(m_b, &found));
    QVERIFY(found);
    QVERIFY(!text.text().contains(QStringLiteral("Advertisement")));
    QVERIFY(text.text().startsWith(QStringLiteral("Training the model"))); // no blank lines where it was
    const QString phrase = QStringLiteral("declined to discuss");
    const int display = int(text.text().indexOf(phrase));
    const TextRange stored = text.toStored(display, display + int(phrase.size()));
    QCOMPARE(CodePoints(kTextB).mid(kTextB, stored.start, stored.end), phrase);
    // The rocket before the phrase is one code point and two UTF-16 units.
    QCOMPARE(stored.start, CodePoints(kTextB).fromUtf16(kTextB.indexOf(phrase)));
    QVERIFY(stored.start != kTextB.indexOf(phrase));
}

void TestCompareUi::longParagraphsShownInLines()
{
    // One paragraph of some 14,000 characters, as text pulled from a PDF often is.
    Article article;
    article.id = 99;
    for (int i = 0; i < 300; ++i)
        article.text += QStringLiteral("Source %1 puts the round at $%2 billion. ").arg(i).arg(i % 7 + 1);
    const ComparedText text(article);
    QCOMPARE(text.text(), article.text); // the engine compares the stored words
    QCOMPARE(text.shownText().size(), text.text().size());
    QVERIFY(text.shownText() != text.text());

    ComparePane pane;
    pane.resize(600, 400);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setComparedText(text);
    QVERIFY(pane.document()->blockCount() > 1);
    // A selection over a display break copies the stored space.
    const int at = int(text.shownText().indexOf(QLatin1Char('\n')));
    QVERIFY(at > 0);
    QTextCursor c(pane.document());
    c.setPosition(at - 10);
    c.setPosition(at + 10, QTextCursor::KeepAnchor);
    pane.setTextCursor(c);
    pane.copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), article.text.mid(at - 10, 20));
    QCOMPARE(text.toStored(at - 10, at + 10), (TextRange { at - 10, at + 10 }));
}

void TestCompareUi::comparisonRunsAndSummarises()
{
    auto view = openCompare(m_a, m_b);
    QVERIFY(view);
    QVERIFY(!view->isComparing());
    QVERIFY(!view->summaryBar()->isBusy());
    const CompareSummary s = view->summary();
    QCOMPARE(s.identical, 3);
    QCOMPARE(s.paraphrase + s.changed, 1);
    QCOMPARE(s.moved, 1);
    QCOMPARE(s.onlyA, 1);
    QCOMPARE(s.onlyB, 1);
    QCOMPARE(s.conflicts, 1);
    QVERIFY(s.shared > 0.0 && s.shared < 1.0);
    const QString text = view->summaryBar()->text();
    for (const QString &part : { QStringLiteral("3 identical"), QStringLiteral("1 moved"),
             QStringLiteral("1 only in A"), QStringLiteral("1 only in B"), QStringLiteral("1 figure conflict") })
        QVERIFY2(text.contains(part), qPrintable(text));
    // The summary is the engine's verdict on the displayed (boilerplate-free) texts.
    const ComparisonResult direct
        = ProseComparator().compare(view->paneA()->comparedText().text(), view->paneB()->comparedText().text());
    QCOMPARE(CompareSummary::of(direct), s);
}

void TestCompareUi::nextAndPreviousDifference()
{
    auto view = openCompare(m_a, m_b);
    QVERIFY(view);
    ComparePane *a = view->paneA();
    ComparePane *b = view->paneB();
    a->setFocus();
    QSignalSpy changed(view.get(), &CompareView::currentDifferenceChanged);

    QTest::keyClick(a, Qt::Key_F7);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(view->currentDifference(), 0);
    QCOMPARE(a->textCursor().selectedText(), kDevelopersA);
    QCOMPARE(b->textCursor().selectedText(), kDevelopersB);

    QTest::keyClick(a, Qt::Key_F7);
    QCOMPARE(view->currentDifference(), 1);
    QCOMPARE(view->differences().at(1).kind, CompareDifference::FigureConflict);
    QCOMPARE(a->textCursor().selectedText(), QStringLiteral("40,000"));
    QCOMPARE(b->textCursor().selectedText(), QStringLiteral("45,000"));
    QVERIFY(a->toolTipAt(a->textCursor().selectionStart()).contains(QStringLiteral("40,000 ≠ B: 45,000")));
    if (const QString path = qEnvironmentVariable("CROSSREAD_COMPARE_PNG"); !path.isEmpty())
        QVERIFY(view->grab().save(path + QStringLiteral("-conflict.png")));

    QTest::keyClick(a, Qt::Key_F7, Qt::ShiftModifier);
    QCOMPARE(view->currentDifference(), 0);
    QCOMPARE(a->textCursor().selectedText(), kDevelopersA);
    QCOMPARE(b->textCursor().selectedText(), kDevelopersB);
    QCOMPARE(changed.count(), 3);

    // At the first difference Shift+F7 stays put.
    QTest::keyClick(b, Qt::Key_F7, Qt::ShiftModifier);
    QCOMPARE(view->currentDifference(), 0);
}

void TestCompareUi::differencesInReadingOrder()
{
    auto view = openCompare(m_a, m_b);
    QVERIFY(view);
    const QList<CompareDifference> &d = view->differences();
    QCOMPARE(d.size(), 5);
    QVERIFY(d.at(0).kind == CompareDifference::Paraphrase || d.at(0).kind == CompareDifference::Changed);
    QCOMPARE(d.at(1).kind, CompareDifference::FigureConflict);
    QCOMPARE(d.at(2).kind, CompareDifference::Moved);
    QCOMPARE(d.at(3).kind, CompareDifference::OnlyA);
    QCOMPARE(d.at(4).kind, CompareDifference::OnlyB);

    // A sentence found only in B selects nothing in A.
    view->goToDifference(4);
    QVERIFY(!view->paneA()->textCursor().hasSelection());
    QVERIFY(view->paneB()->textCursor().selectedText().startsWith(QStringLiteral("A spokesperson")));
    view->goToDifference(2);
    QCOMPARE(
        view->paneA()->textCursor().selectedText(), QStringLiteral("Training the model took eight months of work."));
    QCOMPARE(
        view->paneB()->textCursor().selectedText(), QStringLiteral("Training the model took eight months of work."));
    // The moved pair is drawn dashed in the gutter.
    bool dashed = false;
    for (const ConnectorBand &band : view->gutter()->bands())
        dashed = dashed || (band.dashed && band.difference == 2);
    QVERIFY(dashed);
}

void TestCompareUi::newerComparisonWins()
{
    CompareView view(&m_workspace, &m_tags, &m_annotations);
    QSignalSpy finished(&view, &CompareView::comparisonFinished);
    QVERIFY(view.compareArticles(m_storyRewrite, m_storyOriginal));
    QVERIFY(view.compareArticles(m_a, m_c));
    QVERIFY(finished.wait(30000));
    QThreadPool::globalInstance()->waitForDone(); // the superseded run has ended too
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(view.articleA(), m_a);
    QCOMPARE(view.articleB(), m_c);
    QCOMPARE(view.result().sentencesB.size(), 3);

    // Clearing while a comparison runs drops its result.
    QVERIFY(view.compareArticles(m_storyRewrite, m_storyOriginal));
    view.clear();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!view.hasResult());
}

void TestCompareUi::scrollingOnePaneMovesTheOther()
{
    auto view = openCompare(m_storyRewrite, m_storyOriginal, QSize(900, 320));
    QVERIFY(view);
    ComparePane *a = view->paneA();
    ComparePane *b = view->paneB();
    QVERIFY2(a->verticalScrollBar()->maximum() > 0, "the story must be taller than the pane");
    const ComparisonResult &r = view->result();
    // Every in-order pair whose sentence can reach the top of pane A.
    int checked = 0;
    for (const Alignment &p : r.alignments) {
        if (p.moved)
            continue;
        const auto ra
            = a->comparedText().displayRange(r.sentencesA.at(p.a.first).start, r.sentencesA.at(p.a.first).end);
        const int top = int(a->verticalExtent(ra.first, ra.second).first);
        if (top <= 0 || top > a->verticalScrollBar()->maximum())
            continue;
        b->verticalScrollBar()->setValue(0);
        a->verticalScrollBar()->setValue(top);
        const auto rb
            = b->comparedText().displayRange(r.sentencesB.at(p.b.first).start, r.sentencesB.at(p.b.first).end);
        const auto eb = b->verticalExtent(rb.first, rb.second);
        const int viewTop = b->verticalScrollBar()->value();
        const int viewBottom = viewTop + b->viewport()->height();
        QVERIFY2(eb.second > viewTop && eb.first < viewBottom,
            qPrintable(QStringLiteral("pair %1/%2: B sentence at %3–%4, B shows %5–%6")
                           .arg(p.a.first)
                           .arg(p.b.first)
                           .arg(eb.first)
                           .arg(eb.second)
                           .arg(viewTop)
                           .arg(viewBottom)));
        ++checked;
    }
    QVERIFY(checked >= 3);
    // And the other way round: the ends of both texts meet.
    a->verticalScrollBar()->setValue(0);
    QCOMPARE(b->verticalScrollBar()->value(), 0);
    b->verticalScrollBar()->setValue(b->verticalScrollBar()->maximum());
    QCOMPARE(a->verticalScrollBar()->value(), a->verticalScrollBar()->maximum());
}

void TestCompareUi::digitTagsSelectionInPane_data()
{
    QTest::addColumn<bool>("inB");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<int>("slot");

    QTest::newRow("left pane, slot 1") << false << QStringLiteral("fierce response") << 1;
    QTest::newRow("right pane after an emoji, slot 2") << true << QStringLiteral("declined to discuss pricing") << 2;
}

void TestCompareUi::digitTagsSelectionInPane()
{
    QFETCH(bool, inB);
    QFETCH(QString, phrase);
    QFETCH(int, slot);
    auto view = openCompare(m_a, m_b);
    QVERIFY(view);
    ComparePane *pane = inB ? view->paneB() : view->paneA();
    const qint64 articleId = inB ? m_b : m_a;
    const QString stored = inB ? kTextB : kTextA;
    const int at = int(pane->comparedText().text().indexOf(phrase));
    QVERIFY(at >= 0);
    pane->setFocus();
    pane->selectDisplayRange(at, at + int(phrase.size()));
    const int before = int(m_project.spans().spansOfArticle(articleId).size());

    QTest::keyClick(pane, Qt::Key_0 + slot);

    const QList<Span> spans = m_project.spans().spansOfArticle(articleId);
    QCOMPARE(spans.size(), before + 1);
    const CodePoints cp(stored);
    const qint64 start = cp.fromUtf16(stored.indexOf(phrase));
    const Span *added = nullptr;
    for (const Span &s : spans)
        if (s.start == start)
            added = &s;
    QVERIFY(added);
    QCOMPARE(added->end, start + CodePoints::count(phrase));
    QCOMPARE(added->tagIds, QList<qint64> { m_tagIds.at(slot - 1) });
    // The pane keeps the span visible, and undo takes it away again.
    QCOMPARE(pane->spans().size(), spans.size());
    m_workspace.undo();
    QCOMPARE(m_project.spans().spansOfArticle(articleId).size(), before);
    QCOMPARE(pane->spans().size(), before);
}

void TestCompareUi::claimMatrixColumnsAndConflict()
{
    ClaimMatrixView view(&m_project);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&view, &ClaimMatrixView::matrixFinished);
    QVERIFY(!view.setArticles({ m_a }));
    QVERIFY(view.setArticles({ m_a, m_b, m_c }));
    QVERIFY(view.isBuilding());
    QVERIFY(finished.wait(30000));
    const ClaimMatrixModel *model = view.model();
    QCOMPARE(model->columnCount(), 4);
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Supported by"));
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Frontier Daily"));
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Bytewire"));
    QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Tallyhouse Wire"));

    int developersRow = -1;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 1).data().toString() == kDevelopersA)
            developersRow = row;
    QVERIFY(developersRow >= 0);
    QCOMPARE(model->index(developersRow, 0).data().toString(), QStringLiteral("3 of 3"));
    QCOMPARE(model->index(developersRow, 2).data().toString(), kDevelopersB);
    QVERIFY(model->index(developersRow, 0).data(ClaimMatrixModel::ConflictRole).toBool());
    QVERIFY(model->index(developersRow, 2).data(ClaimMatrixModel::ConflictRole).toBool());
    QVERIFY(model->index(developersRow, 2).data(Qt::BackgroundRole).isValid());
    QVERIFY(model->index(developersRow, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("45,000")));
    QVERIFY(model->conflictCount() >= 1);
    // A claim only one source makes leaves the other cells empty and unmarked.
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 3).data().toString().startsWith(QStringLiteral("Shares of its cloud partner"))) {
            QCOMPARE(model->index(row, 0).data().toString(), QStringLiteral("1 of 3"));
            QVERIFY(model->index(row, 1).data().toString().isEmpty());
            QVERIFY(!model->index(row, 1).data(Qt::BackgroundRole).isValid());
        }
    }
    view.model()->setShowFigures(true);
    QCOMPARE(model->index(developersRow, 2).data().toString(), QStringLiteral("45,000"));
}

void TestCompareUi::claimMatrixDoubleClickOpens()
{
    ClaimMatrixView view(&m_project);
    view.resize(1200, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy finished(&view, &ClaimMatrixView::matrixFinished);
    QSignalSpy open(&view, &ClaimMatrixView::openArticleRequested);
    QVERIFY(view.setArticles({ m_a, m_b, m_c }));
    QVERIFY(finished.wait(30000));
    QTableView *table = view.table();
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, 2).data().toString() == kDevelopersB)
            row = r;
    QVERIFY(row >= 0);
    const QModelIndex cell = table->model()->index(row, 2);
    table->scrollTo(cell);
    const QPoint centre = table->visualRect(cell).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), m_b);
    const qint64 start = open.at(0).at(1).toLongLong();
    const qint64 end = open.at(0).at(2).toLongLong();
    QCOMPARE(CodePoints(kTextB).mid(kTextB, start, end), kDevelopersB); // stored offsets, after the boilerplate
}

void TestCompareUi::claimMatrixOfTheDemoLaunchStories()
{
    ClaimMatrixView view(&m_project);
    view.resize(1400, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy finished(&view, &ClaimMatrixView::matrixFinished);
    QVERIFY(view.setArticles({ m_demoLedger, m_demoOriginal, m_demoRewrite }));
    QVERIFY(finished.wait(30000));
    const ClaimMatrixModel *model = view.model();
    QCOMPARE(model->columnCount(), 4);
    QCOMPARE(model->index(0, 0).data(ClaimMatrixModel::SupportRole).toInt(), 3); // most supported first
    for (int column = 1; column < 4; ++column)
        QVERIFY(!model->index(0, column).data().toString().isEmpty());
    QVERIFY(view.statusText().contains(QStringLiteral("3 sources")));
    const QString path = qEnvironmentVariable("CROSSREAD_COMPARE_PNG");
    if (!path.isEmpty())
        QVERIFY(view.grab().save(path + QStringLiteral("-matrix.png")));
}

void TestCompareUi::rendersSideBySide_data()
{
    QTest::addColumn<bool>("demo");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("shot");
    QTest::newRow("story rewrite against its original") << false << false << QStringLiteral("story");
    QTest::newRow("demo launch story against its rewrite") << true << false << QStringLiteral("demo");
    QTest::newRow("demo on a dark palette") << true << true << QStringLiteral("dark");
}

void TestCompareUi::rendersSideBySide()
{
    QFETCH(bool, demo);
    QFETCH(bool, dark);
    QFETCH(QString, shot);
    if (demo && m_project.spans().spansOfArticle(m_demoOriginal).isEmpty()) {
        // Spans stay visible under the comparison: one claim, and a figure inside a changed sentence.
        const QString text = m_project.articles().text(m_demoOriginal);
        const CodePoints cp(text);
        for (const auto &[phrase, tag] :
            { std::pair { QStringLiteral("claiming a score of 74.1 on ReasonBench Pro"), 0 },
                std::pair { QStringLiteral("40,000 developers"), 1 } }) {
            const qsizetype at = text.indexOf(phrase);
            QVERIFY(at >= 0);
            QVERIFY(m_workspace
                        .applyTag(m_demoOriginal, TextRange { cp.fromUtf16(at), cp.fromUtf16(at + phrase.size()) },
                            m_tagIds.at(tag))
                        .done());
        }
    }
    auto view = demo ? openCompare(m_demoOriginal, m_demoRewrite, QSize(1400, 900))
                     : openCompare(m_storyRewrite, m_storyOriginal, QSize(1400, 900));
    QVERIFY(view);
    if (dark) {
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        palette.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        view->setPalette(palette);
        // The text keeps the palette's light colour on every tint, except where contrast demands.
        const QColor base = view->paneA()->palette().color(QPalette::Base);
        QCOMPARE(base, QColor(0x1e, 0x1e, 0x1e));
    }
    view->nextDifference();
    view->nextDifference();
    QVERIFY(!view->gutter()->bands().isEmpty());
    QVERIFY(!view->minimap()->marks().isEmpty());
    if (demo) {
        // Page furniture stays out of the panes; "more than 40,000" and "some 45,000" developers
        // are compatible figures, outlined on both sides without the conflict's bold.
        QVERIFY(!view->paneA()->toPlainText().contains(QStringLiteral("Subscribe to our newsletter")));
        bool developers = false;
        for (const FigureComparison &f : view->result().figures)
            developers = developers
                || (f.status == FigureComparison::Compatible && f.aText == QStringLiteral("40,000")
                    && f.bText == QStringLiteral("45,000"));
        QVERIFY(developers);
        for (ComparePane *pane : { view->paneA(), view->paneB() }) {
            const QString figure = pane == view->paneA() ? QStringLiteral("40,000") : QStringLiteral("45,000");
            const int at = int(pane->toPlainText().indexOf(figure));
            QVERIFY(at >= 0);
            bool outlined = false;
            for (const PaneMark &m : pane->marks())
                outlined = outlined || (m.outline.isValid() && m.start == at && m.end == at + int(figure.size()));
            QVERIFY(outlined);
            QVERIFY(pane->toolTipAt(at).contains(QStringLiteral("compatible")));
        }
        QVERIFY(view->summary().moved >= 1); // the paragraph on the Aurelia talks moved up
        QCOMPARE(view->paneA()->spans().size(), 2);
    }
    const QPixmap pixmap = view->grab();
    QCOMPARE(pixmap.size(), QSize(1400, 900) * pixmap.devicePixelRatio());
    // Set CROSSREAD_COMPARE_PNG=/tmp/compare to look at the view as a user would.
    const QString path = qEnvironmentVariable("CROSSREAD_COMPARE_PNG");
    if (!path.isEmpty())
        QVERIFY(pixmap.save(QStringLiteral("%1-%2.png").arg(path, shot)));
}

QTEST_MAIN(TestCompareUi)
#include "tst_compare_ui.moc"
