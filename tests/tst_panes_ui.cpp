// The compare tab as an analyst meets it after issue 10: an n:m alignment drawn as one bracket
// connector, the connector legend and the support figures leading the summary, the article
// pickers above the panes, and "who else says this?" from the reader to the compare view. The
// articles are the project's own (tests/data/claims, tests/data/panes); the expectations are
// written by hand.
#include "TestSupport.h"

#include "AnalysisViews.h"
#include "Appearance.h"
#include "MainWindow.h"
#include "ReaderPane.h"
#include "ReaderView.h"
#include "ShortcutList.h"
#include "SimilarClaimDelegate.h"
#include "WhoElsePanel.h"
#include "compare/ArticlePicker.h"
#include "compare/CompareLegend.h"
#include "compare/ComparePane.h"
#include "compare/CompareSummaryBar.h"
#include "compare/CompareView.h"
#include "compare/ConnectorGutter.h"
#include "models/SimilarClaimModel.h"
#include "store/Project.h"
#include "store/ProjectImporter.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCompleter>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QToolButton>
#include <QtTest>

#include <memory>

using namespace crossread;

namespace {

const char *const kFiles[] = { "claims/1-lattice-post.txt", "claims/2-fennel-report.txt", "claims/3-northgate-wire.md",
    "claims/4-harrow-dispatch.txt", "panes/split-a.txt", "panes/split-b.txt" };

// The sentence of split-a.txt that split-b.txt states in three.
const QString kLong = QStringLiteral(
    "Brightwater Robotics said on Tuesday that it will open its first European assembly plant in Tallinn next "
    "spring, that the site will employ 600 people, and that it will build warehouse robots for grocery chains "
    "across the Baltic states.");
const QString kSplit[] = {
    QStringLiteral("Brightwater Robotics will open its first European assembly plant in Tallinn next spring, the "
                   "company said on Tuesday."),
    QStringLiteral("The site will employ 600 people."),
    QStringLiteral("It will build warehouse robots for grocery chains across the Baltic states."),
};

} // namespace

class TestPanesUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void splitIsOneBracket();
    void legendAndSummary();
    void pickersChooseWhatIsCompared_data();
    void pickersChooseWhatIsCompared();
    void swapButtonSwaps();
    void whoElseListsTheClaimAndOpensThePair_data();
    void whoElseListsTheClaimAndOpensThePair();
    void whoElseSaysWhyItIsEmpty();
    void whoElseFollowsTheSelection();
    void whoElseIsInTheShortcutsAndContextMenu();
    void screenshots(); // only with CROSSREAD_SCREENSHOTS=folder: PNGs of the panes to look at

private:
    qint64 articleFor(const QString &fileName) const;
    CompareView *compareView() const { return m_window->findChild<CompareView *>(QStringLiteral("compareView")); }
    WhoElsePanel *whoElse() const { return m_window->findChild<WhoElsePanel *>(QStringLiteral("whoElsePanel")); }
    // Compares two articles and waits for the result.
    void compare(qint64 a, qint64 b);
    void selectInReader(const QString &phrase);
    // Top and bottom of a phrase of a pane's text in the gutter's coordinates.
    QPair<qreal, qreal> gutterExtent(ComparePane *pane, const QString &phrase) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_dbPath;
};

void TestPanesUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("CrossreadTest"));
    QApplication::setApplicationName(QStringLiteral("tst_panes_ui"));
    qputenv("CROSSREAD_USER", "tester");
}

void TestPanesUi::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString folder = m_dir->filePath(QStringLiteral("corpus"));
    for (const char *name : kFiles) {
        const QString relative = QLatin1String(name);
        QVERIFY(test::writeFile(folder + u'/' + relative.section(u'/', 1), test::readFile(test::dataPath(relative))));
    }
    m_dbPath = Project::projectPathForFolder(folder);
    const ImportReport report = ProjectImporter(m_dbPath).run({ folder });
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported, 6);

    m_window = std::make_unique<MainWindow>();
    m_window->setQuiet(true);
    AnalysisViews::install(m_window.get());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY2(m_window->openProject(m_dbPath), qPrintable(m_window->lastError()));
}

void TestPanesUi::cleanup()
{
    m_window.reset();
    QThreadPool::globalInstance()->waitForDone();
    m_dir.reset();
}

qint64 TestPanesUi::articleFor(const QString &fileName) const
{
    for (const ArticleSummary &a : m_window->project()->articles().summaries())
        if (QFileInfo(a.path).fileName() == fileName)
            return a.id;
    return 0;
}

void TestPanesUi::compare(qint64 a, qint64 b)
{
    CompareView *view = compareView();
    QVERIFY(view);
    m_window->readerPane()->tabs()->setCurrentWidget(view);
    QSignalSpy finished(view, &CompareView::comparisonFinished);
    QVERIFY(view->compareArticles(a, b));
    QVERIFY(finished.wait(20000));
}

void TestPanesUi::selectInReader(const QString &phrase)
{
    ReaderView *reader = m_window->reader();
    const qsizetype at = reader->toPlainText().indexOf(phrase);
    QVERIFY2(at >= 0, qPrintable(phrase));
    QTextCursor c = reader->textCursor();
    c.setPosition(int(at));
    c.setPosition(int(at + phrase.size()), QTextCursor::KeepAnchor);
    reader->setTextCursor(c);
    reader->setFocus();
}

QPair<qreal, qreal> TestPanesUi::gutterExtent(ComparePane *pane, const QString &phrase) const
{
    const qsizetype at = pane->toPlainText().indexOf(phrase);
    if (at < 0)
        return { -1, -1 };
    const QList<QRectF> rects = pane->lineRects(int(at), int(at + phrase.size()));
    ConnectorGutter *gutter = compareView()->gutter();
    const qreal offset = pane->viewport()->mapTo(m_window.get(), QPoint()).y()
        - gutter->mapTo(m_window.get(), QPoint()).y() - pane->verticalScrollBar()->value();
    return { rects.first().top() + offset, rects.last().bottom() + offset };
}

void TestPanesUi::splitIsOneBracket()
{
    compare(articleFor(QStringLiteral("split-a.txt")), articleFor(QStringLiteral("split-b.txt")));
    CompareView *view = compareView();
    // The engine found the 1:3 alignment: one sentence of A, three of B, as one alignment.
    const ComparisonResult &result = view->result();
    int split = -1;
    for (int i = 0; i < result.alignments.size(); ++i)
        if (result.alignments.at(i).b.count > 1)
            split = i;
    QVERIFY(split >= 0);
    const Alignment &p = result.alignments.at(split);
    QCOMPARE(p.a.count, 1);
    QCOMPARE(p.b.count, 3);
    QCOMPARE(p.kind, Alignment::SplitMerge);
    QCOMPARE(result.textA
                 .mid(result.sentencesA.at(p.a.first).start,
                     result.sentencesA.at(p.a.first).end - result.sentencesA.at(p.a.first).start)
                 .simplified(),
        kLong);

    // One band joins them, a bracket; no other band reaches the three sentences of B.
    const QPair<qreal, qreal> longExtent = gutterExtent(view->paneA(), kLong);
    const QPair<qreal, qreal> first = gutterExtent(view->paneB(), kSplit[0]);
    const QPair<qreal, qreal> last = gutterExtent(view->paneB(), kSplit[2]);
    QVERIFY(longExtent.first >= 0 && first.first >= 0 && last.first >= 0);
    QList<ConnectorBand> brackets;
    for (const ConnectorBand &band : view->gutter()->bands()) {
        if (band.bracket)
            brackets << band;
        else if (band.side != ConnectorBand::LeftOnly)
            QVERIFY2(band.rightBottom <= first.first + 0.5 || band.rightTop >= last.second - 0.5,
                "a second connector reaches the split sentences");
    }
    QCOMPARE(brackets.size(), 1);
    const ConnectorBand &bracket = brackets.first();
    QCOMPARE(bracket.alignment, split);
    QCOMPARE(bracket.leftTop, longExtent.first);
    QCOMPARE(bracket.leftBottom, longExtent.second);
    QCOMPARE(bracket.rightTop, first.first);
    QCOMPARE(bracket.rightBottom, last.second);

    // The bracket's spines stand over those runs on both sides of the strip.
    const qreal width = view->gutter()->width();
    const QRectF spines = ConnectorGutter::bracketPath(bracket, width).boundingRect();
    QCOMPARE(spines.top(), std::min(longExtent.first, first.first));
    QCOMPARE(spines.bottom(), std::max(longExtent.second, last.second));
    QCOMPARE(spines.left(), 1.0);
    QCOMPARE(spines.right(), width - 1);
    // The same bracket is what the strip paints: its spine's colour on the left edge, halfway down.
    const QImage shot = view->gutter()->grab().toImage();
    const int y = int((bracket.leftTop + bracket.leftBottom) / 2 * shot.devicePixelRatio());
    const QColor spine = shot.pixelColor(int(ConnectorGutter::kBracket * shot.devicePixelRatio()), y);
    const QColor window = view->gutter()->palette().color(QPalette::Window);
    QVERIFY2(spine != window, "no bracket drawn");
}

void TestPanesUi::legendAndSummary()
{
    compare(articleFor(QStringLiteral("split-a.txt")), articleFor(QStringLiteral("split-b.txt")));
    CompareView *view = compareView();
    const QStringList names = view->legend()->names();
    QCOMPARE(names,
        (QStringList { QStringLiteral("identical"), QStringLiteral("paraphrased"),
            QStringLiteral("split/merged (bracket)"), QStringLiteral("partial: one side says more"),
            QStringLiteral("changed"), QStringLiteral("moved (dashed)"), QStringLiteral("in one text only") }));
    QVERIFY(view->legend()->isVisible());
    // Every sentence of each side is supported by the other: the summary leads with it.
    const QString summary = view->summaryBar()->text();
    QVERIFY2(summary.startsWith(QStringLiteral("A supported by B: 100%, B supported by A: 100%")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 split/merged")), qPrintable(summary));
}

void TestPanesUi::pickersChooseWhatIsCompared_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("title"); // the title the completer offers for it
    QTest::addColumn<QString>("file"); // the article that pane B must show

    QTest::newRow("a word from the middle of a title")
        << QStringLiteral("minority") << QStringLiteral("Marrow Labs sells a minority stake to Corvid Cloud")
        << QStringLiteral("2-fennel-report.txt");
    QTest::newRow("letters in another case")
        << QStringLiteral("BET ON") << QStringLiteral("Corvid's bet on Marrow Labs")
        << QStringLiteral("3-northgate-wire.md");
}

void TestPanesUi::pickersChooseWhatIsCompared()
{
    QFETCH(QString, typed);
    QFETCH(QString, title);
    QFETCH(QString, file);
    const qint64 lattice = articleFor(QStringLiteral("1-lattice-post.txt"));
    const qint64 harrow = articleFor(QStringLiteral("4-harrow-dispatch.txt"));
    compare(lattice, harrow);
    CompareView *view = compareView();
    // Opened from elsewhere, the pickers name what is compared.
    QCOMPARE(view->pickerA()->articleId(), lattice);
    QCOMPARE(view->pickerB()->articleId(), harrow);
    QCOMPARE(view->pickerA()->currentText(), QStringLiteral("Corvid Cloud takes a 30% stake in Marrow Labs"));

    ArticlePicker *picker = view->pickerB();
    picker->setFocus();
    picker->lineEdit()->selectAll();
    QTest::keyClicks(picker->lineEdit(), typed);
    QAbstractItemView *popup = picker->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 1);
    QCOMPARE(popup->model()->index(0, picker->completer()->completionColumn()).data().toString(), title);
    QSignalSpy finished(view, &CompareView::comparisonFinished);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QVERIFY(finished.wait(20000));
    QCOMPARE(view->articleA(), lattice);
    QCOMPARE(view->articleB(), articleFor(file));
    QCOMPARE(picker->currentText(), title);
    const QString expected = test::readFile(test::dataPath(QStringLiteral("claims/") + file)).simplified();
    const QString shown = view->paneB()->toPlainText().simplified();
    QVERIFY2(expected.contains(shown.mid(0, 120)) && shown.size() > 200, qPrintable(shown));
}

void TestPanesUi::swapButtonSwaps()
{
    const qint64 lattice = articleFor(QStringLiteral("1-lattice-post.txt"));
    const qint64 harrow = articleFor(QStringLiteral("4-harrow-dispatch.txt"));
    compare(lattice, harrow);
    CompareView *view = compareView();
    QSignalSpy finished(view, &CompareView::comparisonFinished);
    QToolButton *swap = view->findChild<QToolButton *>(QStringLiteral("compareSwap"));
    QVERIFY(swap);
    QTest::mouseClick(swap, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(view->articleA(), harrow);
    QCOMPARE(view->articleB(), lattice);
    QCOMPARE(view->pickerA()->articleId(), harrow);
    QCOMPARE(view->pickerB()->articleId(), lattice);
}

void TestPanesUi::whoElseListsTheClaimAndOpensThePair_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sentence"); // selected in the reader
    QTest::addColumn<QStringList>("expected"); // "verdict | title | sentence", best first
    QTest::addColumn<int>("open"); // the row clicked
    QTest::addColumn<QString>("openedB"); // the sentence pane B then shows selected

    QTest::newRow("the benchmark score: one outlet agrees, one gives another number")
        << QStringLiteral("3-northgate-wire.md")
        << QStringLiteral("Heron, Marrow's most capable model so far, posted 71.4 on the Quill Reasoning Suite.")
        << QStringList {
               QStringLiteral("figures agree | Corvid Cloud takes a 30% stake in Marrow Labs | The "
                              "lab's newest model, Heron, scored 71.4 on the Quill Reasoning Suite, ahead of every "
                              "open model the lab had tested."),
               QStringLiteral("figures conflict | Fennel Report: Marrow Labs sells a minority stake to Corvid Cloud "
                              "| Heron, the lab's latest model, reached 74.1 on the Quill Reasoning Suite."),
           }
        << 1 << QStringLiteral("Heron, the lab's latest model, reached 74.1 on the Quill Reasoning Suite.");
    QTest::newRow("the investment, which the best answer states in two sentences")
        << QStringLiteral("1-lattice-post.txt") << QStringLiteral("invested more than $6 billion")
        << QStringList {
               QStringLiteral("figures agree | Corvid buys into Marrow Labs | Corvid Cloud spent "
                              "over $6 billion on a 30% stake in Marrow Labs. The deal, signed in September 2025, "
                              "put the lab's value at about $20 billion."),
           }
        << 0
        << QStringLiteral("Corvid Cloud spent over $6 billion on a 30% stake in Marrow Labs. The deal, signed in "
                          "September 2025, put the lab's value at about $20 billion.");
}

void TestPanesUi::whoElseListsTheClaimAndOpensThePair()
{
    QFETCH(QString, file);
    QFETCH(QString, sentence);
    QFETCH(QStringList, expected);
    QFETCH(int, open);
    QFETCH(QString, openedB);
    const qint64 asked = articleFor(file);
    m_window->openArticle(asked);
    QCOMPARE(m_window->reader()->articleId(), asked);
    selectInReader(sentence);

    WhoElsePanel *panel = whoElse();
    QVERIFY(panel);
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy answered(panel, &WhoElsePanel::answered);
    QAction *ask = m_window->findChild<QAction *>(QStringLiteral("whoElseAction"));
    QVERIFY(ask);
    ask->trigger();
    QVERIFY(answered.wait(20000));
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("whoElseDock"))->isVisible());

    QStringList seen;
    for (int row = 0; row < panel->model()->rowCount(); ++row) {
        const QModelIndex index = panel->model()->index(row, 0);
        seen << QStringLiteral("%1 | %2 | %3")
                    .arg(SimilarClaimDelegate::verdictWord(index.data(SimilarClaimModel::VerdictRole).toInt()),
                        index.data(SimilarClaimModel::TitleRole).toString(),
                        index.data(SimilarClaimModel::TextRole).toString().simplified());
    }
    // The expected answers come first, in this order; weaker ones may follow.
    QVERIFY2(seen.size() >= expected.size(), qPrintable(seen.join(u'\n')));
    QCOMPARE(seen.mid(0, expected.size()), expected);
    // The row shows the verdict in words and the figures marked.
    const QString html = SimilarClaimDelegate::html(panel->model()->index(open, 0), panel->view()->palette(), false);
    QVERIFY2(html.contains(expected.at(open).section(QStringLiteral(" | "), 0, 0)), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<b style='background-color:")), qPrintable(html));

    // One click opens the pair in the compare view, at that alignment.
    CompareView *view = compareView();
    QSignalSpy started(view, &CompareView::comparisonStarted);
    QSignalSpy finished(view, &CompareView::comparisonFinished);
    const QRect rect = panel->view()->visualRect(panel->model()->index(open, 0));
    QVERIFY(rect.isValid());
    QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(finished.wait(20000));
    QCOMPARE(started.size(), 1); // one click, one comparison
    QCOMPARE(m_window->readerPane()->tabs()->currentWidget(), view);
    QCOMPARE(view->articleA(), asked);
    QCOMPARE(view->articleB(), panel->model()->index(open, 0).data(SimilarClaimModel::ArticleIdRole).toLongLong());
    QVERIFY(view->currentAlignment() >= 0);
    const QString selectedA = view->paneA()->textCursor().selectedText().replace(QChar::ParagraphSeparator, u' ');
    const QString selectedB = view->paneB()->textCursor().selectedText().replace(QChar::ParagraphSeparator, u' ');
    QVERIFY2(selectedA.simplified().contains(sentence), qPrintable(selectedA));
    QCOMPARE(selectedB.simplified(), openedB);
    // The pair is in view on both sides.
    for (ComparePane *pane : { view->paneA(), view->paneB() }) {
        const QRect cursor = pane->cursorRect();
        QVERIFY(pane->viewport()->rect().intersects(cursor));
    }
}

void TestPanesUi::whoElseSaysWhyItIsEmpty()
{
    m_window->openArticle(articleFor(QStringLiteral("2-fennel-report.txt")));
    WhoElsePanel *panel = whoElse();
    QVERIFY(panel->statusText().contains(QStringLiteral("Select a sentence in the reader and press")));
    selectInReader(QStringLiteral("employs about 400"));
    QSignalSpy answered(panel, &WhoElsePanel::answered);
    m_window->findChild<QAction *>(QStringLiteral("whoElseAction"))->trigger();
    QVERIFY(answered.wait(20000));
    QCOMPARE(panel->model()->rowCount(), 0);
    QCOMPARE(panel->statusText(), QStringLiteral("No other article in the project states this claim."));
    // While the index is still being built, the panel says the answer may be incomplete.
    panel->setIndexing(true);
    QVERIFY2(panel->statusText().contains(QStringLiteral("still being built")), qPrintable(panel->statusText()));
}

void TestPanesUi::whoElseFollowsTheSelection()
{
    m_window->openArticle(articleFor(QStringLiteral("3-northgate-wire.md")));
    WhoElsePanel *panel = whoElse();
    QSignalSpy answered(panel, &WhoElsePanel::answered);
    // Hidden, the panel does not ask by itself.
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("whoElseDock"));
    dock->hide();
    selectInReader(QStringLiteral("posted 71.4"));
    QTest::qWait(800);
    QCOMPARE(answered.size(), 0);
    // Open, a selection asks once the mouse rests.
    dock->show();
    selectInReader(QStringLiteral("posted 71.4 on the Quill"));
    QVERIFY(answered.wait(20000));
    QCOMPARE(panel->model()->index(0, 0).data(SimilarClaimModel::TextRole).toString().simplified(),
        QStringLiteral("The lab's newest model, Heron, scored 71.4 on the Quill Reasoning Suite, ahead of every open "
                       "model the lab had tested."));
}

void TestPanesUi::whoElseIsInTheShortcutsAndContextMenu()
{
    QAction *ask = m_window->findChild<QAction *>(QStringLiteral("whoElseAction"));
    QVERIFY(ask);
    QCOMPARE(ask->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    // No other action of the window claims the same keys.
    for (QAction *other : m_window->findChildren<QAction *>())
        if (other != ask)
            QVERIFY2(!other->shortcuts().contains(ask->shortcut()), qPrintable(other->text()));
    // Help › Keyboard Shortcuts lists it.
    bool listed = false;
    for (const ShortcutList::Row &row : ShortcutList::collect(m_window.get()))
        listed = listed
            || (row.action == QStringLiteral("Who Else Says This?")
                && row.keys == QKeySequence(QStringLiteral("Ctrl+Shift+W")).toString(QKeySequence::NativeText));
    QVERIFY(listed);
    // The key asks about the sentence at the cursor.
    m_window->openArticle(articleFor(QStringLiteral("3-northgate-wire.md")));
    selectInReader(QStringLiteral("posted 71.4"));
    QTextCursor c = m_window->reader()->textCursor();
    c.clearSelection();
    m_window->reader()->setTextCursor(c);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    WhoElsePanel *panel = whoElse();
    QSignalSpy answered(panel, &WhoElsePanel::answered);
    QTest::keyClick(m_window->reader(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(answered.wait(20000));
    QVERIFY(panel->model()->rowCount() >= 2);

    // Enter on an answer opens that pair.
    CompareView *view = compareView();
    QSignalSpy finished(view, &CompareView::comparisonFinished);
    panel->view()->setCurrentIndex(panel->model()->index(1, 0));
    QTest::keyClick(panel->view(), Qt::Key_Return);
    QVERIFY(finished.wait(20000));
    QCOMPARE(view->articleA(), articleFor(QStringLiteral("3-northgate-wire.md")));
    QCOMPARE(view->articleB(), articleFor(QStringLiteral("2-fennel-report.txt")));

    // The reader's context menu offers it.
    QMenu menu;
    emit m_window->reader()->contextMenuAboutToShow(&menu, m_window->reader()->cursorOffset());
    QAction *item = menu.findChild<QAction *>(QStringLiteral("whoElseContextAction"));
    QVERIFY(item);
    QCOMPARE(item->text(), ask->text());
}

void TestPanesUi::screenshots()
{
    const QString folder = qEnvironmentVariable("CROSSREAD_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("CROSSREAD_SCREENSHOTS names no folder");
    QVERIFY(QDir().mkpath(folder));
    for (const auto &[size, dark] : { std::pair { QSize(1400, 900), false }, std::pair { QSize(800, 600), false },
             std::pair { QSize(1400, 900), true } }) {
        Appearance::instance()->setMode(dark ? Appearance::Mode::Dark : Appearance::Mode::Light);
        // A new window at each size: its panels are first laid out for that size.
        m_window.reset();
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->setQuiet(true);
        AnalysisViews::install(m_window.get());
        m_window->resize(size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY2(m_window->openProject(m_dbPath), qPrintable(m_window->lastError()));
        const QString suffix = QStringLiteral("%1x%2%3").arg(size.width()).arg(size.height()).arg(dark ? "-dark" : "");
        m_window->openArticle(articleFor(QStringLiteral("3-northgate-wire.md")));
        selectInReader(QStringLiteral("posted 71.4"));
        WhoElsePanel *panel = whoElse();
        QSignalSpy answered(panel, &WhoElsePanel::answered);
        m_window->findChild<QAction *>(QStringLiteral("whoElseAction"))->trigger();
        QVERIFY(answered.wait(20000));
        QTest::qWait(200);
        QVERIFY(m_window->grab().save(folder + QStringLiteral("/whoelse-%1.png").arg(suffix)));
        compare(articleFor(QStringLiteral("split-a.txt")), articleFor(QStringLiteral("split-b.txt")));
        QTest::qWait(200);
        QVERIFY(m_window->grab().save(folder + QStringLiteral("/compare-split-%1.png").arg(suffix)));
        QSignalSpy finished(compareView(), &CompareView::comparisonFinished);
        panel->view()->clicked(panel->model()->index(1, 0));
        QVERIFY(finished.wait(20000));
        QTest::qWait(200);
        QVERIFY(m_window->grab().save(folder + QStringLiteral("/compare-claim-%1.png").arg(suffix)));
    }
    Appearance::instance()->setMode(Appearance::Mode::System);
}

QTEST_MAIN(TestPanesUi)
#include "tst_panes_ui.moc"
