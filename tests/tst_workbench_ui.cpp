// The annotation workbench as a user drives it: select, tag with digits, undo/redo,
// notes, corpus search, list filters, reopening. The reader widget on its own is in
// tst_reader_ui.
#include "TestSupport.h"
#include "WindowTestSupport.h"

#include "AnnotationController.h"
#include "Appearance.h"
#include "ArticleListDock.h"
#include "MainWindow.h"
#include "ReaderPane.h"
#include "ReaderView.h"
#include "SearchDock.h"
#include "SourceView.h"
#include "SpanListDock.h"
#include "TagColors.h"
#include "TagDock.h"
#include "TagPicker.h"
#include "WelcomePage.h"
#include "domain/CodePoints.h"
#include "models/ArticleFilterProxy.h"
#include "models/ArticleListModel.h"
#include "models/SearchResultModel.h"
#include "models/SpanListModel.h"
#include "models/TagTreeModel.h"
#include "store/Project.h"
#include "store/ProjectImporter.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace crossread;

namespace {

// Invented articles; the emoji before some phrases makes code points and UTF-16 differ.
const QString kFundingText = QStringLiteral("Northwind raised forty million in funding, the company said 😀 on Monday.\n"
                                            "Analysts 🚀 doubted the funding figure and asked for the filing.\n"
                                            "A second source put the round lower.\n");
const QString kLaunchText
    = QStringLiteral("Halcyon launched its model on Tuesday.\nThe funding round was not discussed at the launch.\n");
const QString kBenchText = QStringLiteral("A benchmark roundup without money talk.\nScores rose by twelve points.\n");

} // namespace

class TestWorkbenchUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tagSelectionWithDigit_data();
    void tagSelectionWithDigit();
    void undoRedoWithShortcuts();
    void editNoteWithShortcut();
    void tagAllSearchResults();
    void filterListByTag();
    void reopenProjectFindsSpans();
    void openFolderImportsInBackground();
    void dropPathsImportsThem_data();
    void dropPathsImportsThem();
    void badPathShowsWelcome();
    void appearanceMenuSwitchesPalette();
    void openArticleAtSelectsRange();
    void deleteKeyRemovesSpan();
    void tagPickerTypeAhead_data();
    void tagPickerTypeAhead();
    void newTagGesture_data();
    void newTagGesture();

private:
    void openWindow();
    qint64 articleIdFor(const QString &fileName);
    void selectPhrase(const QString &phrase);
    QList<Span> spansOf(qint64 articleId) { return m_window->project()->spans().spansOfArticle(articleId); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    QList<qint64> m_tagIds; // Claim, Doubt, Figure
    std::unique_ptr<MainWindow> m_window;
};

void TestWorkbenchUi::initTestCase()
{
    test::useTestSettings(QStringLiteral("tst_workbench_ui"));
}

void TestWorkbenchUi::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(test::writeFile(m_dir->filePath(QStringLiteral("articles/funding.txt")), kFundingText.toUtf8()));
    QVERIFY(test::writeFile(m_dir->filePath(QStringLiteral("articles/launch.txt")), kLaunchText.toUtf8()));
    QVERIFY(test::writeFile(m_dir->filePath(QStringLiteral("articles/bench.txt")), kBenchText.toUtf8()));
    m_dbPath = Project::projectPathForFolder(m_dir->filePath(QStringLiteral("articles")));
    QVERIFY(QDir().mkpath(QFileInfo(m_dbPath).absolutePath()));
    {
        Project project;
        QVERIFY2(project.open(m_dbPath, Project::OpenMode::CreateIfMissing), qPrintable(project.error()));
        m_tagIds.clear();
        const QList<QPair<QString, QColor>> tags { { QStringLiteral("Claim"), QColor(0xe6, 0x9f, 0x00) },
            { QStringLiteral("Doubt"), QColor(0x56, 0xb4, 0xe9) },
            { QStringLiteral("Figure"), QColor(0x00, 0x9e, 0x73) } };
        for (int i = 0; i < tags.size(); ++i) {
            Tag tag;
            tag.name = tags.at(i).first;
            tag.color = tags.at(i).second;
            tag.position = i;
            QVERIFY(project.addTag(tag));
            m_tagIds << tag.id;
        }
    }
    const ImportReport report = ProjectImporter(m_dbPath).run({ m_dir->filePath(QStringLiteral("articles")) });
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported, 3);
}

void TestWorkbenchUi::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestWorkbenchUi::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setQuiet(true);
    QVERIFY(test::showWindow(m_window.get()));
    QVERIFY2(m_window->openProject(m_dbPath), qPrintable(m_window->lastError()));
}

qint64 TestWorkbenchUi::articleIdFor(const QString &fileName)
{
    return test::articleIdFor(m_window->project(), fileName);
}

void TestWorkbenchUi::selectPhrase(const QString &phrase)
{
    QVERIFY2(test::selectPhrase(m_window->reader(), phrase), qPrintable(phrase));
}

// ---- the window ---------------------------------------------------------------------

void TestWorkbenchUi::tagSelectionWithDigit_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<int>("slot");

    QTest::newRow("slot 1, plain text") << QStringLiteral("funding.txt") << QStringLiteral("raised forty million") << 1;
    QTest::newRow("slot 2, after an emoji")
        << QStringLiteral("funding.txt") << QStringLiteral("doubted the funding") << 2;
    QTest::newRow("slot 3, across a line break")
        << QStringLiteral("funding.txt") << QStringLiteral("filing.\nA second source") << 3;
    QTest::newRow("slot 1, another article") << QStringLiteral("launch.txt") << QStringLiteral("on Tuesday") << 1;
}

void TestWorkbenchUi::tagSelectionWithDigit()
{
    QFETCH(QString, file);
    QFETCH(QString, phrase);
    QFETCH(int, slot);
    openWindow();
    const qint64 id = articleIdFor(file);
    QVERIFY(id);
    m_window->openArticle(id);
    QCOMPARE(m_window->currentArticleId(), id);
    QString shownPhrase = phrase;
    selectPhrase(shownPhrase);
    QCOMPARE(m_window->reader()->selectedRange(), test::rangeOf(m_window->reader()->article().text, phrase));

    QTest::keyClick(m_window->reader(), Qt::Key(Qt::Key_0 + slot));

    const QList<Span> spans = spansOf(id);
    QCOMPARE(spans.size(), 1);
    const TextRange expected = test::rangeOf(m_window->reader()->article().text, phrase);
    QCOMPARE(spans.first().start, expected.start);
    QCOMPARE(spans.first().end, expected.end);
    QCOMPARE(spans.first().tagIds, QList<qint64> { m_tagIds.at(slot - 1) });
    QCOMPARE(spans.first().text, phrase);
    // The reader paints it once the models have caught up.
    QTRY_COMPARE(m_window->reader()->spans().size(), 1);
    QTRY_COMPARE(m_window->spanModel()->rowCount(), 1);
}

void TestWorkbenchUi::undoRedoWithShortcuts()
{
    openWindow();
    const qint64 id = articleIdFor(QStringLiteral("funding.txt"));
    m_window->openArticle(id);
    selectPhrase(QStringLiteral("Northwind"));
    QTest::keyClick(m_window->reader(), Qt::Key_1);
    selectPhrase(QStringLiteral("asked for the filing"));
    QTest::keyClick(m_window->reader(), Qt::Key_2);
    QCOMPARE(spansOf(id).size(), 2);
    const QList<Span> before = spansOf(id);

    QTest::keyClick(m_window->reader(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(spansOf(id).size(), 1);
    QTest::keyClick(m_window->reader(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(spansOf(id).size(), 0);
    QTRY_COMPARE(m_window->reader()->spans().size(), 0);

    QTest::keyClick(m_window->reader(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(m_window->reader(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    const QList<Span> after = spansOf(id);
    QCOMPARE(after.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).start, before.at(i).start);
        QCOMPARE(after.at(i).end, before.at(i).end);
        QCOMPARE(after.at(i).tagIds, before.at(i).tagIds);
    }
    QTRY_COMPARE(m_window->reader()->spans().size(), 2);
}

void TestWorkbenchUi::editNoteWithShortcut()
{
    openWindow();
    const qint64 id = articleIdFor(QStringLiteral("funding.txt"));
    m_window->openArticle(id);
    selectPhrase(QStringLiteral("the company said"));
    QTest::keyClick(m_window->reader(), Qt::Key_1);
    QTRY_COMPARE(m_window->reader()->spans().size(), 1);
    // Put the cursor inside the span, then Ctrl+E opens the note dialog; type and accept it.
    QTextCursor c = m_window->reader()->textCursor();
    c.setPosition(c.selectionStart() + 3);
    m_window->reader()->setTextCursor(c);
    const QString note = QStringLiteral("Which spokesperson?\nCheck the filing.");
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialogSeen = true;
        auto *edit = dialog->findChild<QPlainTextEdit *>();
        if (edit) {
            edit->selectAll();
            QTest::keyClicks(edit, QStringLiteral("Which spokesperson?"));
            QTest::keyClick(edit, Qt::Key_Return);
            QTest::keyClicks(edit, QStringLiteral("Check the filing."));
        }
        dialog->accept();
    });
    QTest::keyClick(m_window->reader(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(dialogSeen);
    QCOMPARE(spansOf(id).first().note, note);
    QTRY_VERIFY(
        m_window->reader()->tooltipForOffset(spansOf(id).first().start).contains(QStringLiteral("spokesperson")));
    m_window->workspace()->undo();
    QCOMPARE(spansOf(id).first().note, QString());
}

void TestWorkbenchUi::tagAllSearchResults()
{
    openWindow();
    SearchDock *search = m_window->searchDock();
    QVERIFY(search->search(QStringLiteral("funding")));
    const int hits = search->model()->rowCount();
    QCOMPARE(hits, 3); // two in funding.txt, one in launch.txt
    const int stepsBefore = m_window->workspace()->undoStack()->count();
    QCOMPARE(search->tagAllResults(m_tagIds.at(2)), hits);
    QCOMPARE(m_window->workspace()->undoStack()->count(), stepsBefore + 1);
    int tagged = 0;
    for (const Span &s : m_window->project()->spans().allSpans()) {
        QCOMPARE(s.tagIds, QList<qint64> { m_tagIds.at(2) });
        QCOMPARE(s.text.toLower(), QStringLiteral("funding"));
        ++tagged;
    }
    QCOMPARE(tagged, hits);
    // One undo takes them all away.
    m_window->workspace()->undo();
    QCOMPARE(m_window->project()->spans().count(), 0);
    // Clicking a hit opens its article with the hit selected.
    const QModelIndex first = search->model()->index(0);
    emit search->view()->activated(first);
    QCOMPARE(m_window->currentArticleId(), first.data(SearchResultModel::ArticleIdRole).toLongLong());
    QCOMPARE(m_window->reader()->selectedRange().start, first.data(SearchResultModel::StartRole).toLongLong());
}

void TestWorkbenchUi::filterListByTag()
{
    openWindow();
    const qint64 launch = articleIdFor(QStringLiteral("launch.txt"));
    m_window->openArticle(launch);
    selectPhrase(QStringLiteral("Halcyon launched"));
    QTest::keyClick(m_window->reader(), Qt::Key_2);
    QCOMPARE(spansOf(launch).size(), 1);

    ArticleFilterProxy *proxy = m_window->articleProxy();
    QCOMPARE(proxy->rowCount(), 3);
    // Select the tag in the tree and use "Filter Articles by This Tag".
    TagDock *tags = m_window->tagDock();
    tags->selectTag(m_tagIds.at(1));
    QCOMPARE(tags->currentTagId(), m_tagIds.at(1));
    tags->filterAction()->trigger();
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->articleId(0), launch);
    // The other tag matches no article; "Any tag" shows all again.
    m_window->articleDock()->setTagFilter(m_tagIds.at(0));
    QCOMPARE(proxy->rowCount(), 0);
    m_window->articleDock()->setTagFilter(0);
    QCOMPARE(proxy->rowCount(), 3);
    // Typing a title into the filter box narrows the list to that article.
    QString title;
    for (const ArticleSummary &a : m_window->project()->articles().summaries()) {
        if (a.id == launch)
            title = a.title;
    }
    QVERIFY(!title.isEmpty());
    QTest::keyClicks(m_window->articleDock()->filterEdit(), title);
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->articleId(0), launch);
    m_window->articleDock()->filterEdit()->clear();
    QCOMPARE(proxy->rowCount(), 3);
    // A date range no article falls into empties the list; clearing it brings them back.
    m_window->articleDock()->setDateRange(QDate(1990, 1, 1), QDate(1990, 12, 31));
    QCOMPARE(proxy->rowCount(), 0);
    m_window->articleDock()->setDateRange(QDate(), QDate());
    QCOMPARE(proxy->rowCount(), 3);
}

void TestWorkbenchUi::reopenProjectFindsSpans()
{
    openWindow();
    const qint64 id = articleIdFor(QStringLiteral("funding.txt"));
    m_window->openArticle(id);
    selectPhrase(QStringLiteral("put the round lower"));
    QTest::keyClick(m_window->reader(), Qt::Key_3);
    const QList<Span> saved = spansOf(id);
    QCOMPARE(saved.size(), 1);
    m_window->close();
    m_window.reset();

    // A new window on the same file: the last article comes back with its span painted.
    m_window = std::make_unique<MainWindow>();
    m_window->setQuiet(true);
    m_window->show();
    QVERIFY(m_window->openProject(m_dbPath));
    QCOMPARE(m_window->currentArticleId(), id);
    QCOMPARE(m_window->reader()->spans().size(), 1);
    QCOMPARE(m_window->reader()->spans().first().start, saved.first().start);
    QCOMPARE(m_window->reader()->spans().first().end, saved.first().end);
    QCOMPARE(m_window->reader()->spans().first().tagIds, QList<qint64> { m_tagIds.at(2) });
}

void TestWorkbenchUi::openFolderImportsInBackground()
{
    QTemporaryDir fresh;
    QVERIFY(test::writeFile(fresh.filePath(QStringLiteral("one.txt")), kBenchText.toUtf8()));
    QVERIFY(test::writeFile(fresh.filePath(QStringLiteral("two.md")), QByteArray("# Title\n\nSome text.\n")));
    m_window = std::make_unique<MainWindow>();
    m_window->setQuiet(true);
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QVERIFY(m_window->openFolder(fresh.path()));
    QVERIFY(QFileInfo::exists(Project::projectPathForFolder(fresh.path())));
    QVERIFY(finished.wait(60000));
    const auto report = finished.first().first().value<ImportReport>();
    QCOMPARE(report.imported, 2);
    QTRY_COMPARE(m_window->articleModel()->totalCount(), 2);
    QVERIFY(m_window->currentArticleId() != 0);
}

void TestWorkbenchUi::dropPathsImportsThem_data()
{
    QTest::addColumn<bool>("projectOpen");
    QTest::addColumn<QString>("dropped"); // in a fresh folder; empty = the folder itself
    QTest::addColumn<QString>("expectedDb"); // "fresh" or "open": which project receives it
    QTest::addColumn<int>("articles"); // in that project afterwards
    QTest::addColumn<int>("skipped");

    QTest::newRow("folder onto the welcome page") << false << QString() << QStringLiteral("fresh") << 2 << 0;
    QTest::newRow("file onto an open project") << true << QStringLiteral("two.md") << QStringLiteral("open") << 4 << 0;
    // one.txt says what the project's bench.txt says: reported, not imported twice.
    QTest::newRow("folder onto an open project") << true << QString() << QStringLiteral("open") << 4 << 1;
}

void TestWorkbenchUi::dropPathsImportsThem()
{
    QFETCH(bool, projectOpen);
    QFETCH(QString, dropped);
    QFETCH(QString, expectedDb);
    QFETCH(int, articles);
    QFETCH(int, skipped);
    QTemporaryDir fresh;
    QVERIFY(test::writeFile(fresh.filePath(QStringLiteral("one.txt")), kBenchText.toUtf8()));
    QVERIFY(test::writeFile(fresh.filePath(QStringLiteral("two.md")), QByteArray("# Title\n\nSome other text.\n")));
    if (projectOpen) {
        openWindow();
    } else {
        m_window = std::make_unique<MainWindow>();
        m_window->setQuiet(true);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    const QPoint at = m_window->rect().center();

    // Only local files and folders are taken.
    QMimeData remote;
    remote.setUrls({ QUrl(QStringLiteral("https://example.com/article.html")) });
    QDragEnterEvent refused(at, Qt::CopyAction, &remote, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());

    QMimeData local;
    local.setUrls({ QUrl::fromLocalFile(dropped.isEmpty() ? fresh.path() : fresh.filePath(dropped)) });
    QDragEnterEvent enter(at, Qt::CopyAction, &local, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy finished(m_window.get(), &MainWindow::importFinished);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &local, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(finished.count() > 0 || finished.wait(60000));
    const auto report = finished.first().first().value<ImportReport>();
    QVERIFY(report.error.isEmpty());
    QCOMPARE(int(report.skipped.size()), skipped);

    const QString db = expectedDb == QLatin1String("fresh") ? Project::projectPathForFolder(fresh.path()) : m_dbPath;
    QCOMPARE(QFileInfo(m_window->project()->path()).canonicalFilePath(), QFileInfo(db).canonicalFilePath());
    QTRY_COMPARE(m_window->articleModel()->totalCount(), articles);
}

void TestWorkbenchUi::appearanceMenuSwitchesPalette()
{
    openWindow();
    const qint64 id = articleIdFor(QStringLiteral("funding.txt"));
    m_window->openArticle(id);
    selectPhrase(QStringLiteral("Northwind"));
    QTest::keyClick(m_window->reader(), Qt::Key_1);
    QCOMPARE(spansOf(id).size(), 1);
    const QPalette system = QApplication::palette();
    auto action = [this](const QString &key) -> QAction * {
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->actionGroup() && a->data() == key)
                return a;
        }
        return nullptr;
    };
    // The reader's highlight of the span: its background and text colours.
    auto highlight = [this]() -> QPair<QColor, QColor> {
        ReaderView *reader = m_window->reader();
        const QTextBlock block = reader->document()->findBlock(int(reader->toPlainText().indexOf(u"Northwind")));
        for (const QTextLayout::FormatRange &f : block.layout()->formats())
            return { f.format.background().color(), f.format.foreground().color() };
        return {};
    };
    QTRY_VERIFY(highlight().first.isValid());
    QAction *dark = action(QStringLiteral("dark"));
    QVERIFY(dark);
    dark->trigger();
    QVERIFY(dark->isChecked());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QCOMPARE(QSettings().value(QStringLiteral("appearance/mode")).toString(), QStringLiteral("dark"));
    // The tag colour is blended into the dark base.
    QTRY_VERIFY(highlight().first.isValid() && highlight().first.lightness() < 128);
    QVERIFY(TagColors::contrastRatio(highlight().first, highlight().second) >= 4.5);

    action(QStringLiteral("light"))->trigger();
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
    QTRY_VERIFY(highlight().first.isValid() && highlight().first.lightness() > 128);
    QVERIFY(TagColors::contrastRatio(highlight().first, highlight().second) >= 4.5);

    action(QStringLiteral("system"))->trigger();
    QCOMPARE(QApplication::palette().color(QPalette::Base), system.color(QPalette::Base));
    QCOMPARE(QSettings().value(QStringLiteral("appearance/mode")).toString(), QStringLiteral("system"));

    // The next start restores what was chosen, and the menu shows it.
    QSettings().setValue(QStringLiteral("appearance/mode"), QStringLiteral("dark"));
    Appearance::instance()->restore();
    QCOMPARE(Appearance::instance()->mode(), Appearance::Mode::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QVERIFY(action(QStringLiteral("dark"))->isChecked());
    Appearance::instance()->setMode(Appearance::Mode::System);
    QCOMPARE(QApplication::palette().color(QPalette::Base), system.color(QPalette::Base));
}

void TestWorkbenchUi::badPathShowsWelcome()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setQuiet(true);
    const QString missing = m_dir->filePath(QStringLiteral("nowhere/project.db"));
    QVERIFY(!m_window->openProject(missing));
    QVERIFY(m_window->lastError().contains(QDir::toNativeSeparators(missing)));
    QVERIFY(!QFileInfo::exists(missing)); // a typo must not create a project
    auto *central = qobject_cast<QStackedWidget *>(m_window->centralWidget());
    QVERIFY(central);
    QVERIFY(qobject_cast<WelcomePage *>(central->currentWidget()));
    // A file that is not a project fails with the database's reason.
    const QString garbage = m_dir->filePath(QStringLiteral("articles/funding.txt"));
    QVERIFY(!m_window->openProject(garbage));
    QVERIFY(m_window->lastError().contains(QStringLiteral("funding.txt")));
    QVERIFY(!m_window->project()->isOpen());
    // Neither an empty file nor another program's database becomes a project.
    const QString empty = m_dir->filePath(QStringLiteral("empty.db"));
    QVERIFY(test::writeFile(empty, QByteArray()));
    QVERIFY(!m_window->openProject(empty));
    QVERIFY(m_window->lastError().contains(QStringLiteral("empty.db")));
    QCOMPARE(QFileInfo(empty).size(), 0);
    const QString foreign = m_dir->filePath(QStringLiteral("foreign.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE photos (file TEXT)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = test::readFile(foreign);
    QVERIFY(!m_window->openProject(foreign));
    QVERIFY(m_window->lastError().contains(QStringLiteral("foreign.db")));
    QVERIFY(m_window->lastError().contains(QStringLiteral("not a Crossread project")));
    QCOMPARE(test::readFile(foreign), before);
    QVERIFY(!m_window->project()->isOpen());
}

void TestWorkbenchUi::openArticleAtSelectsRange()
{
    openWindow();
    const qint64 id = articleIdFor(QStringLiteral("funding.txt"));
    const TextRange range = test::rangeOf(kFundingText, QStringLiteral("doubted"));
    m_window->openArticleAt(id, range.start, range.end);
    QCOMPARE(m_window->currentArticleId(), id);
    QCOMPARE(m_window->reader()->selectedRange(), range);
    QCOMPARE(m_window->reader()->textCursor().selectedText(), QStringLiteral("doubted"));
    // The Source tab shows the file as it is on disk, read when the tab opens.
    QTabWidget *tabs = m_window->readerPane()->tabs();
    tabs->setCurrentWidget(m_window->readerPane()->sourceView());
    QCOMPARE(m_window->readerPane()->sourceView()->toPlainText(), kFundingText);
}

void TestWorkbenchUi::deleteKeyRemovesSpan()
{
    openWindow();
    const qint64 id = articleIdFor(QStringLiteral("bench.txt"));
    m_window->openArticle(id);
    selectPhrase(QStringLiteral("twelve points"));
    QTest::keyClick(m_window->reader(), Qt::Key_3);
    QCOMPARE(spansOf(id).size(), 1);
    QTRY_COMPARE(m_window->reader()->spans().size(), 1);
    // Cursor inside the span, no selection: Delete removes that span and only it.
    QTextCursor c = m_window->reader()->textCursor();
    c.setPosition(c.selectionStart() + 2);
    m_window->reader()->setTextCursor(c);
    QTest::keyClick(m_window->reader(), Qt::Key_Delete);
    QCOMPARE(spansOf(id).size(), 0);
    QTest::keyClick(m_window->reader(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(spansOf(id).size(), 1);
}

void TestWorkbenchUi::tagPickerTypeAhead_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("tagPath");
    QTest::addColumn<bool>("creates");

    QTest::newRow("existing tag by prefix") << QStringLiteral("dou") << QStringLiteral("Doubt") << false;
    QTest::newRow("new top-level tag") << QStringLiteral("Attribution") << QStringLiteral("Attribution") << true;
    QTest::newRow("new tag inside an existing one")
        << QStringLiteral("Claim/Money") << QStringLiteral("Claim/Money") << true;
}

void TestWorkbenchUi::tagPickerTypeAhead()
{
    QFETCH(QString, typed);
    QFETCH(QString, tagPath);
    QFETCH(bool, creates);
    openWindow();
    const qint64 id = articleIdFor(QStringLiteral("launch.txt"));
    m_window->openArticle(id);
    selectPhrase(QStringLiteral("not discussed"));
    const int tagsBefore = int(m_window->tagModel()->allTags().size());
    const int stepsBefore = m_window->workspace()->undoStack()->count();

    QTest::keyClick(m_window->reader(), Qt::Key_T, Qt::ControlModifier);
    TagPicker *picker = m_window->findChild<TagPicker *>();
    QVERIFY(picker);
    QTest::keyClicks(picker->lineEdit(), typed);
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);

    const QList<Span> spans = spansOf(id);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().tagIds.size(), 1);
    QCOMPARE(m_window->tagModel()->tagPath(spans.first().tagIds.first()), tagPath);
    QCOMPARE(int(m_window->tagModel()->allTags().size()), tagsBefore + (creates ? 1 : 0));
    // Creating and tagging is one undo step.
    QCOMPARE(m_window->workspace()->undoStack()->count(), stepsBefore + 1);
    m_window->workspace()->undo();
    QCOMPARE(spansOf(id).size(), 0);
    QCOMPARE(int(m_window->tagModel()->allTags().size()), tagsBefore);
}

void TestWorkbenchUi::newTagGesture_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("onTheSpan"); // no selection: the cursor inside a span tagged Claim
    QTest::addColumn<QString>("tagPath");
    QTest::addColumn<bool>("creates");
    QTest::addColumn<QString>("said");

    QTest::newRow("a new name, on the selection") << QStringLiteral("Rumour") << false << QStringLiteral("Rumour")
                                                  << true << QStringLiteral("with the new tag “Rumour”");
    // Another window or process may have made the tag since the picker listed the tags.
    QTest::newRow("a name that exists is found, not made again")
        << QStringLiteral("doubt") << false << QStringLiteral("Doubt") << false << QStringLiteral("with “Doubt”");
    QTest::newRow("no selection: the span under the cursor") << QStringLiteral(
        "Rumour") << true << QStringLiteral("Rumour") << true << QStringLiteral("with the new tag “Rumour”");
}

// The picker's "create" (Ctrl+T, a name that is not in the list) tags like `crossread tag`: the
// tag found at its path or made, with the span, in one undo step.
void TestWorkbenchUi::newTagGesture()
{
    QFETCH(QString, path);
    QFETCH(bool, onTheSpan);
    QFETCH(QString, tagPath);
    QFETCH(bool, creates);
    QFETCH(QString, said);
    openWindow();
    const qint64 id = articleIdFor(QStringLiteral("launch.txt"));
    m_window->openArticle(id);
    selectPhrase(QStringLiteral("not discussed"));
    const TextRange range = test::rangeOf(m_window->reader()->article().text, QStringLiteral("not discussed"));
    QList<qint64> tagsBefore;
    if (onTheSpan) {
        QTest::keyClick(m_window->reader(), Qt::Key_1);
        QTRY_COMPARE(m_window->reader()->spans().size(), 1);
        tagsBefore = { m_tagIds.at(0) };
        QTextCursor c = m_window->reader()->textCursor();
        c.setPosition(c.selectionStart() + 2);
        m_window->reader()->setTextCursor(c);
    }
    const int tagCount = int(m_window->tagModel()->allTags().size());
    const int steps = m_window->workspace()->undoStack()->count();
    QSignalSpy messages(m_window->annotations(), &AnnotationController::message);

    const qint64 tagId = m_window->annotations()->createTagAndApply(path);

    QVERIFY(tagId > 0);
    QCOMPARE(m_window->tagModel()->tagPath(tagId), tagPath);
    QCOMPARE(int(m_window->tagModel()->allTags().size()), tagCount + (creates ? 1 : 0));
    const QList<Span> spans = spansOf(id);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().start, range.start);
    QCOMPARE(spans.first().end, range.end);
    QList<qint64> expected = tagsBefore + QList<qint64> { tagId };
    std::sort(expected.begin(), expected.end());
    QCOMPARE(spans.first().tagIds, expected);
    QCOMPARE(messages.count(), 1);
    QVERIFY2(messages.first().first().toString().contains(said), qPrintable(messages.first().first().toString()));
    QCOMPARE(m_window->workspace()->undoStack()->count(), steps + 1);
    m_window->workspace()->undo();
    QCOMPARE(int(m_window->tagModel()->allTags().size()), tagCount);
    QCOMPARE(spansOf(id).size(), onTheSpan ? 1 : 0);
}

QTEST_MAIN(TestWorkbenchUi)
#include "tst_workbench_ui.moc"
