// Coders in the window: the first start asks who codes, Edit › Coder… changes it, every
// gesture (the reader's and the compare panes', through the one AnnotationController)
// codes as that coder; the reader shows everyone's coding, mine or another coder's, with
// a stripe in the coder's colour, and the tag tree counts spans per coder.
#include "TestSupport.h"
#include "WindowTestSupport.h"

#include "AnalysisViews.h"
#include "AnnotationController.h"
#include "MainWindow.h"
#include "ReaderPane.h"
#include "ReaderView.h"
#include "SpanListDock.h"
#include "TagDock.h"
#include "compare/ComparePane.h"
#include "compare/CompareView.h"
#include "domain/CodePoints.h"
#include "models/SpanCoderFilter.h"
#include "models/TagTreeModel.h"
#include "store/Project.h"
#include "store/ProjectImporter.h"
#include "workspace/CoderSettings.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace crossread;

namespace {

// Invented articles, one line each so that every span sits on a line of its own.
const QString kFunding = QStringLiteral("Northwind raised forty million in funding.\n"
                                        "\n"
                                        "Analysts doubted the figure.\n"
                                        "\n"
                                        "A second source put the round lower.\n");
const QString kFundingRetold = QStringLiteral("Northwind raised about forty million.\n"
                                              "\n"
                                              "Analysts doubted the figure.\n");

// Answers the next modal input dialog named NAME: types TEXT and accepts, or rejects it.
// *seen tells whether the dialog came.
void answerDialog(QObject *context, const QString &name, const QString &text, bool accept, bool *seen)
{
    QTimer::singleShot(0, context, [=] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != name)
            return;
        *seen = true;
        if (!accept) {
            dialog->reject();
            return;
        }
        dialog->setTextValue(text);
        dialog->accept();
    });
}

} // namespace

class TestCodersUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstStartAsksWhoCodes_data();
    void firstStartAsksWhoCodes();
    void editCoderChangesWhoCodes();
    void readerShowsWhoseCodingIsChosen();
    void coderStripesBesideTheLines();
    void tagTreeCountsPerCoder();
    void comparePaneCodesThroughTheSameController();

private:
    void openWindow();
    void selectPhrase(const QString &phrase);
    qint64 articleFor(const QString &fileName);
    QList<Span> spansOf(qint64 articleId) { return m_window->project()->spans().spansOfArticle(articleId); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    qint64 m_claim = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestCodersUi::initTestCase()
{
    test::useTestSettings(QStringLiteral("tst_coders_ui"));
}

// Two articles; tags Claim and Doubt; bob's span on "Analysts doubted the figure".
void TestCodersUi::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString folder = m_dir->filePath(QStringLiteral("articles"));
    QVERIFY(test::writeFile(folder + QStringLiteral("/funding.txt"), kFunding.toUtf8()));
    QVERIFY(test::writeFile(folder + QStringLiteral("/retold.txt"), kFundingRetold.toUtf8()));
    m_dbPath = Project::projectPathForFolder(folder);
    QVERIFY(QDir().mkpath(QFileInfo(m_dbPath).absolutePath()));
    const ImportReport report = ProjectImporter(m_dbPath).run({ folder });
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported, 2);
    Project project;
    QVERIFY(project.open(m_dbPath));
    for (const char *name : { "Claim", "Doubt" }) {
        Tag tag;
        tag.name = QString::fromLatin1(name);
        tag.color = name[0] == 'C' ? QColor(0xe6, 0x9f, 0x00) : QColor(0x56, 0xb4, 0xe9);
        tag.position = -1;
        QVERIFY(project.addTag(tag));
        if (!m_claim)
            m_claim = tag.id;
    }
    qint64 funding = 0;
    for (const ArticleSummary &a : project.articles().summaries()) {
        if (a.path.endsWith(QLatin1String("funding.txt")))
            funding = a.id;
    }
    const TextRange doubted = test::rangeOf(kFunding, QStringLiteral("Analysts doubted the figure"));
    QList<Span> spans(1);
    spans[0].articleId = funding;
    spans[0].start = doubted.start;
    spans[0].end = doubted.end;
    spans[0].tagIds = { m_claim + 1 };
    spans[0].author = QStringLiteral("bob");
    QString error;
    QVERIFY2(project.validateSpan(spans[0], &error), qPrintable(error));
    QVERIFY(project.addSpans(spans));
}

void TestCodersUi::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestCodersUi::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setQuiet(true);
    AnalysisViews::install(m_window.get());
    QVERIFY(test::showWindow(m_window.get()));
    QVERIFY2(m_window->openProject(m_dbPath), qPrintable(m_window->lastError()));
    m_window->openArticle(articleFor(QStringLiteral("funding.txt")));
}

qint64 TestCodersUi::articleFor(const QString &fileName)
{
    return test::articleIdFor(m_window->project(), fileName);
}

void TestCodersUi::selectPhrase(const QString &phrase)
{
    QVERIFY2(test::selectPhrase(m_window->reader(), phrase), qPrintable(phrase));
}

void TestCodersUi::firstStartAsksWhoCodes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accept"); // false: Skip
    QTest::addColumn<QString>("coder");
    QTest::addColumn<QString>("saved");

    QTest::newRow("a name") << QStringLiteral("  Dana   Ruiz ") << true << QStringLiteral("Dana Ruiz")
                            << QStringLiteral("Dana Ruiz");
    QTest::newRow("skipped: the login name")
        << QStringLiteral("Dana") << false << QStringLiteral("tester") << QString();
    QTest::newRow("emptied: the login name") << QString() << true << QStringLiteral("tester") << QString();
}

void TestCodersUi::firstStartAsksWhoCodes()
{
    QFETCH(QString, typed);
    QFETCH(bool, accept);
    QFETCH(QString, coder);
    QFETCH(QString, saved);
    openWindow();
    QVERIFY(!CoderSettings::wasAsked());
    bool seen = false;
    answerDialog(this, QStringLiteral("firstCoderDialog"), typed, accept, &seen);
    QVERIFY(m_window->askForCoderIfFirstStart());
    QVERIFY(seen);
    QCOMPARE(m_window->workspace()->coder(), coder);
    QCOMPARE(CoderSettings::savedName(), saved);
    QVERIFY(CoderSettings::wasAsked());
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("coderLabel"))->text(), QStringLiteral("Coder: ") + coder);
    // Asked once: the next start does not ask again, and codes as the same coder.
    QVERIFY(!m_window->askForCoderIfFirstStart());
    m_window.reset();
    openWindow();
    QCOMPARE(m_window->workspace()->coder(), coder);
}

void TestCodersUi::editCoderChangesWhoCodes()
{
    openWindow();
    QCOMPARE(m_window->workspace()->coder(), QStringLiteral("tester"));
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("coderAction"));
    QVERIFY(action);
    bool seen = false;
    answerDialog(this, QStringLiteral("coderDialog"), QStringLiteral("Eli"), true, &seen);
    action->trigger();
    QVERIFY(seen);
    QCOMPARE(m_window->workspace()->coder(), QStringLiteral("Eli"));
    QCOMPARE(CoderSettings::savedName(), QStringLiteral("Eli"));

    const qint64 id = articleFor(QStringLiteral("funding.txt"));
    selectPhrase(QStringLiteral("put the round lower"));
    QTest::keyClick(m_window->reader(), Qt::Key_1);
    const TextRange range = test::rangeOf(kFunding, QStringLiteral("put the round lower"));
    Span made;
    for (const Span &s : spansOf(id)) {
        if (s.start == range.start)
            made = s;
    }
    QCOMPARE(made.author, QStringLiteral("Eli"));
    QCOMPARE(made.tagIds, QList<qint64> { m_claim });
    // A note on bob's span is Eli's note; undo gives the span back its old, empty note.
    QVERIFY(m_window->annotations()->setNote(1, QStringLiteral("which analysts?")));
    QCOMPARE(m_window->project()->spans().span(1).noteAuthor, QStringLiteral("Eli"));
    m_window->workspace()->undo();
    QCOMPARE(m_window->project()->spans().span(1).noteAuthor, QString());
    QCOMPARE(m_window->project()->spans().span(1).author, QStringLiteral("bob"));
}

void TestCodersUi::readerShowsWhoseCodingIsChosen()
{
    openWindow();
    selectPhrase(QStringLiteral("raised forty million"));
    QTest::keyClick(m_window->reader(), Qt::Key_1);
    QTRY_COMPARE(m_window->reader()->spans().size(), 2);

    QComboBox *filter = m_window->readerPane()->coderFilter();
    QStringList items;
    for (int i = 0; i < filter->count(); ++i)
        items << filter->itemText(i);
    QCOMPARE(items, (QStringList { "All coders", "My coding (tester)", "bob" }));
    const auto choose = [filter](int index) {
        filter->setCurrentIndex(index);
        emit filter->activated(index);
    };
    const auto shownCoders = [this] {
        QStringList coders;
        for (const Span &s : m_window->reader()->spans())
            coders << s.author;
        return coders;
    };
    QListView *list = m_window->spanDock()->view();

    choose(2);
    QTRY_COMPARE(shownCoders(), QStringList { "bob" });
    QCOMPARE(list->model()->rowCount(), 1);
    choose(1);
    QTRY_COMPARE(shownCoders(), QStringList { "tester" });
    QCOMPARE(list->model()->rowCount(), 1);
    // "My coding" follows a change of coder: the new coder has no spans yet.
    m_window->workspace()->setCoder(QStringLiteral("Fay"));
    QTRY_VERIFY(m_window->reader()->spans().isEmpty());
    QCOMPARE(filter->itemText(1), QStringLiteral("My coding (Fay)"));
    QCOMPARE(filter->currentIndex(), 1);
    choose(0);
    QTRY_COMPARE(m_window->reader()->spans().size(), 2);
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(m_window->spanFilter()->coder(), QString());
}

void TestCodersUi::coderStripesBesideTheLines()
{
    openWindow();
    selectPhrase(QStringLiteral("raised forty million"));
    QTest::keyClick(m_window->reader(), Qt::Key_1);
    ReaderView *reader = m_window->reader();
    QTRY_COMPARE(reader->spans().size(), 2);
    QTextCursor none = reader->textCursor();
    none.clearSelection();
    reader->setTextCursor(none);
    const QRgb bob = reader->coderColor(QStringLiteral("bob")).rgb();
    const QRgb mine = reader->coderColor(QStringLiteral("tester")).rgb();
    QVERIFY(bob != mine);

    // The stripe's pixel beside the line holding a stored offset; lanes follow the names' order.
    const auto stripeAt = [reader](const QString &phrase, int lane) {
        QTextCursor c(reader->document());
        c.setPosition(int(reader->toPlainText().indexOf(phrase)) + 1);
        const int y = reader->cursorRect(c).center().y();
        const QImage image = reader->viewport()->grab().toImage();
        const qreal ratio = image.devicePixelRatio();
        return image.pixel(int((ReaderView::stripeX(lane) + ReaderView::kStripeWidth / 2) * ratio), int(y * ratio));
    };
    QTRY_COMPARE(stripeAt(QStringLiteral("Analysts doubted"), 0), bob);
    QCOMPARE(stripeAt(QStringLiteral("raised forty"), 1), mine);
    QVERIFY(stripeAt(QStringLiteral("Analysts doubted"), 1) != mine);
    QVERIFY(stripeAt(QStringLiteral("A second source"), 0) != bob);
    // Showing bob's coding alone leaves only his stripe.
    m_window->readerPane()->showCoder(QStringLiteral("bob"));
    QTRY_COMPARE(reader->spans().size(), 1);
    QTRY_VERIFY(stripeAt(QStringLiteral("raised forty"), 1) != mine);
    QCOMPARE(stripeAt(QStringLiteral("Analysts doubted"), 0), bob);
}

void TestCodersUi::tagTreeCountsPerCoder()
{
    openWindow();
    selectPhrase(QStringLiteral("A second source"));
    QTest::keyClick(m_window->reader(), Qt::Key_2); // Doubt, as bob's span
    TagTreeModel *tags = m_window->tagModel();
    const QModelIndex doubt = tags->indexForTag(m_claim + 1, TagTreeModel::CountColumn);
    QTRY_COMPARE(doubt.data().toInt(), 2);
    QCOMPARE(doubt.data(TagTreeModel::CoderCountsRole).toMap(), (QVariantMap { { "bob", 1 }, { "tester", 1 } }));
    QCOMPARE(doubt.data(Qt::ToolTipRole).toString(), QStringLiteral("Doubt\nSpans per coder:\nbob: 1\ntester: 1"));
    m_window->workspace()->undo();
    QTRY_COMPARE(doubt.data(Qt::ToolTipRole).toString(), QStringLiteral("Doubt\nSpans per coder:\nbob: 1"));
}

void TestCodersUi::comparePaneCodesThroughTheSameController()
{
    openWindow();
    m_window->workspace()->setCoder(QStringLiteral("Gus"));
    auto *compare = m_window->findChild<CompareView *>(QStringLiteral("compareView"));
    QVERIFY(compare);
    const qint64 retold = articleFor(QStringLiteral("retold.txt"));
    QVERIFY(compare->compareArticles(articleFor(QStringLiteral("funding.txt")), retold));
    ComparePane *pane = compare->paneB();
    const QString phrase = QStringLiteral("about forty million");
    const int at = int(pane->comparedText().text().indexOf(phrase));
    QVERIFY(at >= 0);
    pane->setFocus();
    pane->selectDisplayRange(at, at + int(phrase.size()));
    QTest::keyClick(pane, Qt::Key_2);
    const QList<Span> spans = spansOf(retold);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().author, QStringLiteral("Gus"));
    QCOMPARE(spans.first().text, phrase);
    // The window's status bar says so, as for the reader.
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("with “Doubt”")),
        qPrintable(m_window->statusBar()->currentMessage()));
    // Tagging the same selection again changes nothing, and says why.
    QTest::keyClick(pane, Qt::Key_2);
    QCOMPARE(spansOf(retold).size(), 1);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("already carries")));
}

QTEST_MAIN(TestCodersUi)
#include "tst_coders_ui.moc"
