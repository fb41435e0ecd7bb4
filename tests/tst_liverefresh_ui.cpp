// Live refresh: with the window open on an article, another analyst (a second connection, as
// another process has) codes a span, renames a tag, or changes a note. Within a second the reader
// shows it, and the reader keeps its scroll position and its selection.
#include "ServerTestSupport.h"
#include "TestSupport.h"

#include "MainWindow.h"
#include "ReaderView.h"
#include "models/TagTreeModel.h"
#include "store/ProjectImporter.h"
#include "store/Project.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace crossread;

namespace {

// A long article written for this test, so that the reader scrolls.
QString longArticle()
{
    QString text = QStringLiteral("Harbor Lane quarterly report\n\n");
    for (int i = 0; i < 120; ++i)
        text += QStringLiteral(
            "In week %1 the Harbor Lane desk logged %2 filings and flagged %3 of them for review.\n\n")
                    .arg(i + 1)
                    .arg(40 + i * 3)
                    .arg(i % 7 + 1);
    return text;
}

} // namespace

using OtherEdit = std::function<void(Workspace &other, qint64 articleId)>;
Q_DECLARE_METATYPE(OtherEdit)

class TestLiveRefreshUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void otherAnalystsChangeAppears_data();
    void otherAnalystsChangeAppears();
};

void TestLiveRefreshUi::initTestCase()
{
    CROSSREAD_REQUIRE_SERVER_IF_ASKED();
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("CrossreadTest"));
    QApplication::setApplicationName(QStringLiteral("tst_liverefresh_ui"));
}

void TestLiveRefreshUi::otherAnalystsChangeAppears_data()
{
    QTest::addColumn<OtherEdit>("edit");
    QTest::addColumn<QString>("expected"); // what the reader's spans show afterwards
    // Week 100's sentence is far below the fold; week 60's is where the reader is scrolled to.
    QTest::newRow("a new span") << OtherEdit([](Workspace &other, qint64 articleId) {
        const QString text = other.project()->articles().article(articleId).text;
        const TextRange r = test::rangeOf(text, QStringLiteral("In week 100 the Harbor Lane desk"));
        QVERIFY(other.codeRange(articleId, r, QStringLiteral("Volume")).result.done());
    }) << QStringLiteral("2 spans, bob: In week 100 the Harbor Lane desk");
    QTest::newRow("a note on the span in view")
        << OtherEdit([](Workspace &other, qint64) { QVERIFY(other.setNote(1, QStringLiteral("bob: count again"))); })
        << QStringLiteral("1 spans, note: bob: count again");
}

void TestLiveRefreshUi::otherAnalystsChangeAppears()
{
    QFETCH(OtherEdit, edit);
    QFETCH(QString, expected);
    QSettings().clear();
    QTemporaryDir dir;
    QVERIFY(test::writeFile(dir.filePath(QStringLiteral("articles/harbor.txt")), longArticle().toUtf8()));
    // On the `pg` run a team project: the window hears of the other edit by LISTEN/NOTIFY.
    const QString dbPath = test::onServer() ? test::newProjectLocation(dir.path())
                                            : Project::projectPathForFolder(dir.filePath(QStringLiteral("articles")));
    const ImportReport report = ProjectImporter(dbPath).run({ dir.filePath(QStringLiteral("articles")) });
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    qint64 articleId = 0;
    {
        // Ana's span on week 60, in view when the reader is scrolled there.
        Workspace ana;
        QVERIFY(ana.open(dbPath));
        ana.setCoder(QStringLiteral("ana"));
        articleId = ana.project()->articles().ids().value(0);
        const QString text = ana.project()->articles().article(articleId).text;
        QVERIFY(ana.codeRange(articleId, test::rangeOf(text, QStringLiteral("In week 60 the Harbor Lane desk")),
                       QStringLiteral("Volume"))
                    .result.done());
    }

    MainWindow window;
    window.setQuiet(true);
    window.resize(900, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.openProject(dbPath), qPrintable(window.lastError()));
    window.openArticle(articleId);
    ReaderView *reader = window.reader();
    QTRY_COMPARE(reader->spans().size(), 1);

    // Scrolled to week 60 with "flagged" of week 61 selected.
    QScrollBar *bar = reader->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    bar->setValue(bar->maximum() / 2);
    const qsizetype at = reader->toPlainText().indexOf(
        QStringLiteral("flagged"), reader->toPlainText().indexOf(QStringLiteral("week 61 ")));
    QVERIFY(at > 0);
    QTextCursor c = reader->textCursor();
    c.setPosition(int(at));
    c.setPosition(int(at + 7), QTextCursor::KeepAnchor);
    reader->setTextCursor(c);
    bar->setValue(bar->maximum() / 2);
    QCoreApplication::processEvents();
    const int scroll = bar->value();
    QVERIFY(scroll > 0);

    Workspace bob;
    QVERIFY(bob.open(dbPath));
    bob.setCoder(QStringLiteral("bob"));
    const auto shown = [reader] {
        QString out = QStringLiteral("%1 spans").arg(reader->spans().size());
        for (const Span &s : reader->spans()) {
            if (s.author == QLatin1String("bob"))
                out += QStringLiteral(", bob: ") + s.text;
            if (!s.note.isEmpty())
                out += QStringLiteral(", note: ") + s.note;
        }
        return out;
    };
    QElapsedTimer clock;
    clock.start();
    edit(bob, articleId);
    QTRY_COMPARE_WITH_TIMEOUT(shown(), expected, 1000);
    QVERIFY2(clock.elapsed() <= 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(bar->value(), scroll);
    QCOMPARE(reader->textCursor().selectionStart(), int(at));
    QCOMPARE(reader->textCursor().selectionEnd(), int(at + 7));
}

QTEST_MAIN(TestLiveRefreshUi)
#include "tst_liverefresh_ui.moc"
