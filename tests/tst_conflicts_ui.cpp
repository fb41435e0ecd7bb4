// Removals in the window are based on what the window showed: the tag tree's delete question
// and the reader's "Remove Span" carry the versions of the rows as shown. When another analyst
// (a second connection, as another process has) changes them in between, nothing is removed and
// the conflict names the row and the other coder; unchanged, the removal goes through.
#include "ServerTestSupport.h"
#include "TestSupport.h"

#include "AnnotationController.h"
#include "MainWindow.h"
#include "ReaderView.h"
#include "SpanListDock.h"
#include "TagDock.h"
#include "store/Project.h"
#include "store/ProjectImporter.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QListView>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace crossread;

namespace {

// Written for this test.
const QString kArticle = QStringLiteral("Harbor Lane logged 40 filings in week 60 and flagged 3 of them for review.\n");

} // namespace

class TestConflictsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tagDeleteQuestion_data();
    void tagDeleteQuestion();
    void removeSpanFromReaderMenu_data();
    void removeSpanFromReaderMenu();
    void removeSpanAfterOwnFigure();
    void removeSpanWithEditMenu_data();
    void removeSpanWithEditMenu();

private:
    // The reader's context menu, filled at its first span, into MENU; its Remove Span.
    QAction *removeSpanAction(QMenu *menu, ReaderView *reader)
    {
        m_window->annotations()->addContextActions(menu, reader, reader->spans().first().start, m_window.get());
        for (QAction *a : menu->actions()) {
            if (a->text() == QStringLiteral("Remove Span"))
                return a;
        }
        return nullptr;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    qint64 m_articleId = 0;
    qint64 m_tagId = 0;
    qint64 m_spanId = 0;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Workspace> m_bob;
};

void TestConflictsUi::initTestCase()
{
    CROSSREAD_REQUIRE_SERVER_IF_ASKED();
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("CrossreadTest"));
    QApplication::setApplicationName(QStringLiteral("tst_conflicts_ui"));
}

// Ana's span on "40 filings" tagged "Volume"; her window open on the article; Bob's workspace
// open on the same project.
void TestConflictsUi::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString folder = m_dir->filePath(QStringLiteral("articles"));
    QVERIFY(test::writeFile(folder + QStringLiteral("/harbor.txt"), kArticle.toUtf8()));
    m_dbPath = test::onServer() ? test::newProjectLocation(m_dir->path()) : Project::projectPathForFolder(folder);
    const ImportReport report = ProjectImporter(m_dbPath).run({ folder });
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    {
        Workspace ana;
        QVERIFY(ana.open(m_dbPath));
        ana.setCoder(QStringLiteral("ana"));
        m_articleId = ana.project()->articles().ids().value(0);
        const Workspace::Coding c = ana.codeRange(
            m_articleId, test::rangeOf(kArticle, QStringLiteral("40 filings")), QStringLiteral("Volume"));
        QVERIFY2(c.result.done(), qPrintable(ana.lastError()));
        m_tagId = c.tagId;
        m_spanId = c.result.id;
    }
    m_window = std::make_unique<MainWindow>();
    m_window->setQuiet(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY2(m_window->openProject(m_dbPath), qPrintable(m_window->lastError()));
    m_window->workspace()->setCoder(QStringLiteral("ana"));
    m_window->openArticle(m_articleId);
    QTRY_COMPARE(m_window->reader()->spans().size(), 1);
    m_bob = std::make_unique<Workspace>();
    QVERIFY(m_bob->open(m_dbPath));
    m_bob->setCoder(QStringLiteral("bob"));
}

void TestConflictsUi::cleanup()
{
    m_bob.reset();
    m_window.reset();
    m_dir.reset();
}

void TestConflictsUi::tagDeleteQuestion_data()
{
    QTest::addColumn<bool>("otherRenames");
    QTest::addColumn<bool>("otherCodes");
    QTest::newRow("unchanged while asked: deleted") << false << false;
    QTest::newRow("renamed by another while asked: kept") << true << false;
    QTest::newRow("another codes a span with it while asked: kept") << false << true;
}

// Ana asks to delete "Volume"; while the question is open, Bob renames it. Her Yes is based on
// the tag the question named: refused, his name stays.
void TestConflictsUi::tagDeleteQuestion()
{
    QFETCH(bool, otherRenames);
    QFETCH(bool, otherCodes);
    TagDock *dock = m_window->tagDock();
    qint64 bobsSpan = 0;
    dock->selectTag(m_tagId);
    QCOMPARE(dock->currentTagId(), m_tagId);
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = true;
        if (otherRenames && !m_bob->renameTag(m_tagId, QStringLiteral("Filings")))
            qWarning("Bob's rename failed: %s", qPrintable(m_bob->lastError()));
        if (otherCodes)
            bobsSpan = m_bob->applyTag(m_articleId, test::rangeOf(kArticle, QStringLiteral("3 of them")), m_tagId).id;
        box->button(QMessageBox::Yes)->click();
    });
    QSignalSpy conflicts(m_window->workspace(), &Workspace::conflictOccurred);
    dock->deleteAction()->trigger();
    QVERIFY(asked);
    Project p;
    QVERIFY(p.open(m_dbPath));
    bool found = false;
    const Tag stored = p.tags().tag(m_tagId, &found);
    if (!otherRenames && !otherCodes) {
        QCOMPARE(conflicts.size(), 0);
        QVERIFY(!found);
        return;
    }
    QCOMPARE(conflicts.size(), 1);
    const QString message = conflicts.first().first().toString();
    if (otherCodes) {
        QVERIFY(bobsSpan > 0);
        QVERIFY2(message.startsWith(QStringLiteral("The span “3 of them” in ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral(" was changed by bob at ")), qPrintable(message));
        QVERIFY(found);
        QCOMPARE(p.spans().span(bobsSpan).tagIds, QList<qint64> { m_tagId });
        return;
    }
    QVERIFY2(message.startsWith(QStringLiteral("The tag “Filings” was changed by bob at ")), qPrintable(message));
    QVERIFY(found);
    QCOMPARE(stored.name, QStringLiteral("Filings"));
    QCOMPARE(p.spans().span(m_spanId).tagIds, QList<qint64> { m_tagId });
}

void TestConflictsUi::removeSpanFromReaderMenu_data()
{
    QTest::addColumn<bool>("otherNotes");
    QTest::newRow("unchanged since the menu opened: removed") << false;
    QTest::newRow("noted by another since the menu opened: kept") << true;
}

// Ana opens the reader's context menu on her span; Bob writes a note on it before she chooses
// Remove Span. The removal is based on the span the menu was opened on: refused, his note stays.
void TestConflictsUi::removeSpanFromReaderMenu()
{
    QFETCH(bool, otherNotes);
    ReaderView *reader = m_window->reader();
    QMenu menu;
    QAction *remove = removeSpanAction(&menu, reader);
    QVERIFY(remove);
    if (otherNotes)
        QVERIFY(m_bob->setNote(m_spanId, QStringLiteral("bob: count again")));
    QSignalSpy conflicts(m_window->workspace(), &Workspace::conflictOccurred);
    remove->trigger();
    Project p;
    QVERIFY(p.open(m_dbPath));
    bool found = false;
    const Span stored = p.spans().span(m_spanId, &found);
    if (!otherNotes) {
        QCOMPARE(conflicts.size(), 0);
        QVERIFY(!found);
        return;
    }
    QCOMPARE(conflicts.size(), 1);
    const QString message = conflicts.first().first().toString();
    QVERIFY2(message.startsWith(QStringLiteral("The span “40 filings” in ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(" was changed by bob at ")), qPrintable(message));
    QVERIFY(found);
    QCOMPARE(stored.note, QStringLiteral("bob: count again"));
}

QTEST_MAIN(TestConflictsUi)
// A hand figure is part of its span's coding (it gives the span a new version). Ana sets one on
// her span in the window, then removes the span from the reader's menu: the reader shows the span
// at its new version, so the removal goes through instead of conflicting with her own edit.
void TestConflictsUi::removeSpanAfterOwnFigure()
{
    Workspace *ana = m_window->workspace();
    const qint64 before = m_window->reader()->spans().first().stamp.version;
    Figure f;
    f.articleId = m_articleId;
    f.spanId = m_spanId;
    f.start = m_window->reader()->spans().first().start;
    f.end = m_window->reader()->spans().first().end;
    f.kind = FigureKind::Count;
    f.value = 40;
    f.text = QStringLiteral("40 filings");
    QVERIFY2(ana->setFigure(f).done(), qPrintable(ana->lastError()));
    QTRY_VERIFY(m_window->reader()->spans().size() == 1 && m_window->reader()->spans().first().stamp.version > before);
    ReaderView *reader = m_window->reader();
    QMenu menu;
    QAction *remove = removeSpanAction(&menu, reader);
    QVERIFY(remove);
    QSignalSpy conflicts(ana, &Workspace::conflictOccurred);
    remove->trigger();
    QCOMPARE(conflicts.size(), 0);
    Project p;
    QVERIFY(p.open(m_dbPath));
    bool found = false;
    p.spans().span(m_spanId, &found);
    QVERIFY(!found);
}

void TestConflictsUi::removeSpanWithEditMenu_data()
{
    QTest::addColumn<bool>("fromList");
    QTest::addColumn<bool>("otherNotes");
    QTest::newRow("reader, unchanged: removed") << false << false;
    QTest::newRow("reader, noted by another not shown yet: kept") << false << true;
    QTest::newRow("span list, unchanged: removed") << true << false;
    QTest::newRow("span list, noted by another not shown yet: kept") << true << true;
}

// Edit › Remove Span (Delete) removes the span under the reader's cursor, or those selected in
// the span list, as the view shows them: Bob's note, written before Ana's window has heard of
// it, makes her removal a conflict.
void TestConflictsUi::removeSpanWithEditMenu()
{
    QFETCH(bool, fromList);
    QFETCH(bool, otherNotes);
    ReaderView *reader = m_window->reader();
    const Span shown = reader->spans().first();
    if (fromList) {
        m_window->spanDock()->selectSpan(m_spanId);
        m_window->spanDock()->view()->setFocus();
        QTRY_VERIFY(m_window->spanDock()->view()->hasFocus());
        QCOMPARE(m_window->spanDock()->selectedSpanIds(), QList<qint64> { m_spanId });
    } else {
        reader->selectRange(shown.start + 1, shown.start + 1);
        QCOMPARE(reader->spanUnderCursor(), m_spanId);
    }
    if (otherNotes)
        QVERIFY(m_bob->setNote(m_spanId, QStringLiteral("bob: count again")));
    QSignalSpy conflicts(m_window->workspace(), &Workspace::conflictOccurred);
    m_window->removeSelectedSpans();
    Project p;
    QVERIFY(p.open(m_dbPath));
    bool found = false;
    const Span stored = p.spans().span(m_spanId, &found);
    QCOMPARE(conflicts.size(), otherNotes ? 1 : 0);
    QCOMPARE(found, otherNotes);
    if (otherNotes) {
        QVERIFY2(conflicts.first().first().toString().contains(QStringLiteral(" was changed by bob at ")),
            qPrintable(conflicts.first().first().toString()));
        QCOMPARE(stored.note, QStringLiteral("bob: count again"));
    }
}

#include "tst_conflicts_ui.moc"
