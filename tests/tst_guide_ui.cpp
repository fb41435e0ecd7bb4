// The first hour of a new analyst in the window: the starter codebook of a new project, the
// digit that opens the tag picker while its slot is empty, search that finds the phrase
// first and tags only it, the article properties, notes marked in the text, and the reader
// after a jump from another tab showing the article from its first line.
#include "TestSupport.h"
#include "WindowTestSupport.h"

#include "AnalysisViews.h"
#include "ArticleListDock.h"
#include "ArticlePropertiesDialog.h"
#include "MainWindow.h"
#include "NeedsAttentionDock.h"
#include "ReaderPane.h"
#include "ReaderView.h"
#include "SearchDock.h"
#include "SpanListDock.h"
#include "TagAllDialog.h"
#include "TagDock.h"
#include "TagPicker.h"
#include "TagTreeView.h"
#include "compare/CompareView.h"
#include "models/ArticleListModel.h"
#include "models/SearchResultModel.h"
#include "models/SpanListModel.h"
#include "models/TagTreeModel.h"
#include "store/Project.h"
#include "store/ProjectImporter.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace crossread;

namespace {

// Invented articles without headlines: each is titled by its first sentence.
const QString kVendors = QStringLiteral("Scale AI signed a contract with the ministry on Monday. Analysts said "
                                        "Scale AI would hire two hundred people for it.\n");
const QString kLabs = QStringLiteral("Rivals watched Scale AI closely. None of them commented.\n");
const QString kApart = QStringLiteral("AI labs want to scale their data work quickly. They will pay for it.\n");
const QString kOther = QStringLiteral("A benchmark roundup without money talk. Scores rose by twelve points.\n");

} // namespace

class TestGuideUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstSentenceTitles();
    void starterCodebookAccepted();
    void starterCodebookSkipped();
    void emptyTagTreeSaysHowToStart();
    void digitWithoutTagOpensPicker();
    void digitWithoutSelectionExplains();
    void phraseFirstSearchAndTagAll();
    void tagAllSingleWordsOnlyWhenAsked();
    void tagAllCreatesATag();
    void tagAllOfAnOperatorQuery_data();
    void tagAllOfAnOperatorQuery();
    void articlePropertiesDialog();
    void notesAreMarked();
    void jumpFromCompareTabShowsFirstLine();
    void resetLayoutRestoresDefault();
    void usableAt800x600();
    void shortcutHelpListsEveryShortcut();

private:
    void openWindow(bool analysisViews = false);
    qint64 articleIdFor(const QString &fileName) const;
    void selectPhrase(const QString &phrase);
    qint64 addTag(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuideUi::initTestCase()
{
    test::useTestSettings(QStringLiteral("tst_guide_ui"));
}

void TestGuideUi::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString folder = m_dir->filePath(QStringLiteral("articles"));
    QVERIFY(test::writeFile(folder + QStringLiteral("/vendors.txt"), kVendors.toUtf8()));
    QVERIFY(test::writeFile(folder + QStringLiteral("/labs.txt"), kLabs.toUtf8()));
    QVERIFY(test::writeFile(folder + QStringLiteral("/apart.txt"), kApart.toUtf8()));
    QVERIFY(test::writeFile(folder + QStringLiteral("/other.txt"), kOther.toUtf8()));
    m_dbPath = Project::projectPathForFolder(folder);
    const ImportReport report = ProjectImporter(m_dbPath).run({ folder });
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.imported, 4);
}

void TestGuideUi::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestGuideUi::openWindow(bool analysisViews)
{
    m_window = std::make_unique<MainWindow>();
    m_window->setQuiet(true);
    if (analysisViews)
        AnalysisViews::install(m_window.get());
    m_window->resize(1280, 860);
    QVERIFY(test::showWindow(m_window.get()));
    QVERIFY2(m_window->openProject(m_dbPath), qPrintable(m_window->lastError()));
}

qint64 TestGuideUi::articleIdFor(const QString &fileName) const
{
    return test::articleIdFor(m_window->project(), fileName);
}

void TestGuideUi::selectPhrase(const QString &phrase)
{
    QVERIFY2(test::selectPhrase(m_window->reader(), phrase), qPrintable(phrase));
}

qint64 TestGuideUi::addTag(const QString &name)
{
    return m_window->workspace()->createTag(name).id;
}

void TestGuideUi::firstSentenceTitles()
{
    openWindow();
    QStringList titles;
    for (const ArticleSummary &s : m_window->project()->articles().summaries())
        titles << s.title;
    titles.sort();
    QCOMPARE(titles,
        QStringList({ QStringLiteral("A benchmark roundup without money talk"),
            QStringLiteral("AI labs want to scale their data work quickly"),
            QStringLiteral("Rivals watched Scale AI closely"),
            QStringLiteral("Scale AI signed a contract with the ministry on Monday") }));
}

// ---- starter codebook ----------------------------------------------------------------

void TestGuideUi::starterCodebookAccepted()
{
    openWindow();
    TagDock *tags = m_window->tagDock();
    QVERIFY(tags->starterOffer()->isVisibleTo(m_window.get()));
    auto *accept = tags->starterOffer()->findChild<QPushButton *>(QStringLiteral("starterAccept"));
    QVERIFY(accept);
    QTest::mouseClick(accept, Qt::LeftButton);

    QStringList made;
    for (const Tag &t : m_window->project()->tags().tags()) {
        made << t.name;
        QVERIFY2(!t.description.isEmpty(), qPrintable(t.name));
        QCOMPARE(t.parentId, qint64(0));
    }
    QCOMPARE(made,
        QStringList({ QStringLiteral("Claim"), QStringLiteral("Figure"), QStringLiteral("Attribution"),
            QStringLiteral("Speculation"), QStringLiteral("Conflict") }));
    QCOMPARE(m_window->workspace()->undoStack()->count(), 1); // one step for the five
    QVERIFY(!tags->starterOffer()->isVisibleTo(m_window.get()));
    QCOMPARE(m_window->tagModel()->quickBarTags().first().name, QStringLiteral("Claim"));

    // One undo takes the codebook away, and the offer is back.
    m_window->workspace()->undo();
    QCOMPARE(m_window->project()->tags().tags().size(), 0);
    QVERIFY(tags->starterOffer()->isVisibleTo(m_window.get()));
}

void TestGuideUi::starterCodebookSkipped()
{
    openWindow();
    TagDock *tags = m_window->tagDock();
    auto *skip = tags->starterOffer()->findChild<QPushButton *>(QStringLiteral("starterSkip"));
    QVERIFY(skip);
    QTest::mouseClick(skip, Qt::LeftButton);
    QVERIFY(!tags->starterOffer()->isVisibleTo(m_window.get()));
    QCOMPARE(m_window->project()->tags().tags().size(), 0);
    QCOMPARE(m_window->workspace()->undoStack()->count(), 0);
    // Skipped for this project: not offered again when it is opened again.
    m_window->closeProject();
    QVERIFY(m_window->openProject(m_dbPath));
    QVERIFY(!tags->starterOffer()->isVisibleTo(m_window.get()));
}

void TestGuideUi::emptyTagTreeSaysHowToStart()
{
    openWindow();
    auto *tree = qobject_cast<TagTreeView *>(m_window->tagDock()->view());
    QVERIFY(tree);
    QVERIFY(tree->placeholderText().contains(QStringLiteral("press 1")));
    // The text is painted while the tree is empty: the empty viewport is not blank.
    const QImage empty = tree->viewport()->grab().toImage();
    const QImage blank = [&] {
        const QString text = tree->placeholderText();
        tree->setPlaceholderText(QString());
        const QImage image = tree->viewport()->grab().toImage();
        tree->setPlaceholderText(text);
        return image;
    }();
    QVERIFY(empty != blank);
    // Once there is a tag, nothing is painted over the tree.
    QVERIFY(addTag(QStringLiteral("Claim")) > 0);
    const QImage withTag = tree->viewport()->grab().toImage();
    tree->setPlaceholderText(QString());
    QCOMPARE(tree->viewport()->grab().toImage(), withTag);
}

// ---- the digit that opens the picker -------------------------------------------------

void TestGuideUi::digitWithoutTagOpensPicker()
{
    openWindow();
    const qint64 article = articleIdFor(QStringLiteral("vendors.txt"));
    m_window->openArticle(article);
    selectPhrase(QStringLiteral("signed a contract"));
    QTest::keyClick(m_window->reader(), Qt::Key_1);
    TagPicker *picker = nullptr;
    QTRY_VERIFY((picker = m_window->findChild<TagPicker *>()) && picker->isVisible());
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("Deal"));
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);

    const QList<Tag> tags = m_window->project()->tags().tags();
    QCOMPARE(tags.size(), 1);
    QCOMPARE(tags.first().name, QStringLiteral("Deal"));
    const QList<Span> spans = m_window->project()->spans().spansOfArticle(article);
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().text, QStringLiteral("signed a contract"));
    QCOMPARE(spans.first().tagIds, QList<qint64> { tags.first().id });
    QCOMPARE(m_window->workspace()->undoStack()->count(), 1);
    // The new tag fills slot 1: the next press of 1 tags at once.
    selectPhrase(QStringLiteral("the ministry"));
    QTest::keyClick(m_window->reader(), Qt::Key_1);
    QCOMPARE(m_window->project()->spans().spansOfArticle(article).size(), 2);
}

void TestGuideUi::digitWithoutSelectionExplains()
{
    openWindow();
    m_window->openArticle(articleIdFor(QStringLiteral("vendors.txt")));
    m_window->reader()->setFocus();
    QTest::keyClick(m_window->reader(), Qt::Key_3);
    QVERIFY(!m_window->findChild<TagPicker *>());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Select some text")),
        qPrintable(m_window->statusBar()->currentMessage()));
}

// ---- search --------------------------------------------------------------------------

void TestGuideUi::phraseFirstSearchAndTagAll()
{
    openWindow();
    addTag(QStringLiteral("Claim"));
    const qint64 vendor = addTag(QStringLiteral("Vendor"));
    m_window->tagDock()->selectTag(vendor);
    SearchDock *search = m_window->searchDock();
    search->activate();
    QVERIFY(search->search(QStringLiteral("Scale AI")));
    // Three times as a phrase (twice in vendors.txt, once in labs.txt); apart.txt holds
    // both words, apart, and is only counted.
    QCOMPARE(search->model()->rowCount(), 3);
    for (const SearchHit &hit : search->model()->hits())
        QCOMPARE(hit.snippet.contains(QStringLiteral("Scale AI")), true);
    QVERIFY2(
        search->statusLabel()->text().contains(QStringLiteral("3 hit(s) of the phrase “Scale AI” in 2 article(s)")),
        qPrintable(search->statusLabel()->text()));
    QVERIFY(search->apartLabel()->isVisibleTo(m_window.get()));
    QVERIFY2(search->apartLabel()->text().startsWith(QStringLiteral("1 more article")),
        qPrintable(search->apartLabel()->text()));
    // The list is a list, not a strip of three rows.
    QVERIFY(search->view()->height() >= 10 * search->view()->fontMetrics().lineSpacing());

    // Tag All offers the tag selected in the tag tree, and tags the phrase, whole.
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<TagAllDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialogSeen = true;
        QCOMPARE(dialog->tagCombo()->currentText(), QStringLiteral("Vendor"));
        QVERIFY(dialog->singleWordsBox()->isHidden());
        dialog->accept();
    });
    auto *tagAll = search->findChild<QPushButton *>(QStringLiteral("tagAllResults"));
    QVERIFY(tagAll && tagAll->isEnabled());
    tagAll->click();
    QVERIFY(dialogSeen);
    const QList<Span> spans = m_window->project()->spans().allSpans();
    QCOMPARE(spans.size(), 3);
    for (const Span &s : spans) {
        QCOMPARE(s.text, QStringLiteral("Scale AI"));
        QCOMPARE(s.tagIds, QList<qint64> { vendor });
    }
    QCOMPARE(m_window->workspace()->undoStack()->count(), 3); // two tags, one tagging

    // On request the words apart are listed too, after the phrase.
    search->apartLabel()->linkActivated(QStringLiteral("apart"));
    QCOMPARE(search->model()->rowCount(), 5);
    QCOMPARE(search->result().phraseHits, 3);
    QCOMPARE(search->model()->hit(3).articleId, articleIdFor(QStringLiteral("apart.txt")));
    QVERIFY(!search->apartLabel()->isVisibleTo(m_window.get()));
}

void TestGuideUi::tagAllSingleWordsOnlyWhenAsked()
{
    openWindow();
    const qint64 tag = addTag(QStringLiteral("Vendor"));
    SearchDock *search = m_window->searchDock();
    QVERIFY(search->search(QStringLiteral("Scale AI"), PhraseFirstSearch::Scope::WordsApartToo));
    QCOMPARE(search->model()->rowCount(), 5);
    // Without asking: the three phrases only.
    QCOMPARE(search->tagAllResults(tag), 3);
    QStringList texts;
    for (const Span &s : m_window->project()->spans().allSpans())
        texts << s.text;
    QCOMPARE(texts, QStringList(3, QStringLiteral("Scale AI")));
    m_window->workspace()->undo();
    // Asked for: the single words of apart.txt as well.
    QCOMPARE(search->tagAllResults(tag, true), 5);
    texts.clear();
    for (const Span &s : m_window->project()->spans().spansOfArticle(articleIdFor(QStringLiteral("apart.txt"))))
        texts << s.text;
    QCOMPARE(texts, QStringList({ QStringLiteral("AI"), QStringLiteral("scale") }));

    // The dialog leaves the box unticked, and says what it would add.
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<TagAllDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialogSeen = true;
        QVERIFY(!dialog->singleWordsBox()->isHidden());
        QVERIFY(!dialog->singleWordsBox()->isChecked());
        QVERIFY(dialog->singleWordsBox()->text().contains(QStringLiteral("2 single word(s)")));
        dialog->reject();
    });
    search->findChild<QPushButton *>(QStringLiteral("tagAllResults"))->click();
    QVERIFY(dialogSeen);
}

void TestGuideUi::tagAllOfAnOperatorQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("sentencesChosen");
    QTest::addColumn<QString>("offer");
    QTest::addColumn<QStringList>("spans");
    // "Scale" twice and "hire" once in vendors.txt, in its two sentences.
    QTest::newRow("AND: the sentences")
        << "Scale AND hire" << true << "2 sentence(s)"
        << QStringList { QStringLiteral("Scale AI signed a contract with the ministry on Monday."),
               QStringLiteral("Analysts said Scale AI would hire two hundred people for it.") };
    // Either word answers the query alone: the words, unless the analyst ticks the box.
    QTest::newRow("OR: the words") << "hire OR commented" << false << "2 sentence(s)"
                                   << QStringList { QStringLiteral("hire"), QStringLiteral("commented") };
}

// Operators join words that stand apart: Tag All offers their sentences, not one-word spans.
void TestGuideUi::tagAllOfAnOperatorQuery()
{
    QFETCH(QString, query);
    QFETCH(bool, sentencesChosen);
    QFETCH(QString, offer);
    openWindow();
    addTag(QStringLiteral("Hiring"));
    SearchDock *search = m_window->searchDock();
    QVERIFY(search->search(query));
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<TagAllDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialogSeen = true;
        QVERIFY(!dialog->sentencesBox()->isHidden());
        QCOMPARE(dialog->sentencesBox()->isChecked(), sentencesChosen);
        QVERIFY2(dialog->sentencesBox()->text().contains(offer), qPrintable(dialog->sentencesBox()->text()));
        QVERIFY(dialog->singleWordsBox()->isHidden());
        dialog->tagCombo()->setEditText(QStringLiteral("Hiring"));
        dialog->accept();
    });
    search->findChild<QPushButton *>(QStringLiteral("tagAllResults"))->click();
    QVERIFY(dialogSeen);
    QStringList texts;
    for (const Span &s : m_window->project()->spans().allSpans())
        texts << s.text;
    texts.sort();
    QFETCH(QStringList, spans);
    spans.sort();
    QCOMPARE(texts, spans);
    QCOMPARE(m_window->workspace()->undoStack()->count(), 2); // the tag, then one tagging
}

void TestGuideUi::tagAllCreatesATag()
{
    openWindow();
    SearchDock *search = m_window->searchDock();
    QVERIFY(search->search(QStringLiteral("Scale AI")));
    QCOMPARE(search->tagAllResults(QStringLiteral("Data vendors")), 3);
    const QList<Tag> tags = m_window->project()->tags().tags();
    QCOMPARE(tags.size(), 1);
    QCOMPARE(tags.first().name, QStringLiteral("Data vendors"));
    QCOMPARE(m_window->workspace()->undoStack()->count(), 1);
    m_window->workspace()->undo();
    QCOMPARE(m_window->project()->tags().tags().size(), 0);
    QCOMPARE(m_window->project()->spans().count(), 0);
}

// ---- article properties --------------------------------------------------------------

void TestGuideUi::articlePropertiesDialog()
{
    openWindow();
    const qint64 article = articleIdFor(QStringLiteral("labs.txt"));
    QVERIFY(m_window->articleDock()->selectArticle(article));
    QCOMPARE(m_window->currentArticleId(), article);
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ArticlePropertiesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialogSeen = true;
        QCOMPARE(dialog->titleEdit()->text(), QStringLiteral("Rivals watched Scale AI closely"));
        QVERIFY(!dialog->dateKnown()->isChecked());
        // Wide enough for the file's path on a line or two.
        QVERIFY(dialog->width() >= 480);
        dialog->titleEdit()->setText(QStringLiteral("Rivals watch Scale AI"));
        dialog->outletEdit()->setText(QStringLiteral("Bytewire"));
        dialog->dateKnown()->setChecked(true);
        dialog->dateEdit()->setDate(QDate(2026, 5, 4));
        dialog->accept();
    });
    auto *action = m_window->findChild<QAction *>(QStringLiteral("articlePropertiesAction"));
    QVERIFY(action);
    QVERIFY(m_window->articleDock()->view()->actions().contains(action)); // on the list's context menu
    action->trigger();
    QVERIFY(dialogSeen);

    const Article after = m_window->project()->articles().article(article);
    QCOMPARE(after.title, QStringLiteral("Rivals watch Scale AI"));
    QCOMPARE(after.outlet, QStringLiteral("Bytewire"));
    QCOMPARE(after.published, QDate(2026, 5, 4));
    QCOMPARE(after.edited, ArticleField::Title | ArticleField::Outlet | ArticleField::Published);
    const QModelIndex row = m_window->articleModel()->indexForArticle(article);
    QCOMPARE(row.data().toString(), QStringLiteral("Rivals watch Scale AI"));
    auto *header = m_window->reader()->findChild<QLabel *>(QStringLiteral("readerHeader"));
    QVERIFY(header->text().contains(QStringLiteral("Rivals watch Scale AI")));
    QVERIFY(header->text().contains(QStringLiteral("Bytewire")));

    m_window->workspace()->undo();
    QCOMPARE(m_window->project()->articles().article(article).title, QStringLiteral("Rivals watched Scale AI closely"));
    QCOMPARE(row.data().toString(), QStringLiteral("Rivals watched Scale AI closely"));
    QVERIFY(header->text().contains(QStringLiteral("Rivals watched Scale AI closely")));
}

// ---- notes ---------------------------------------------------------------------------

void TestGuideUi::notesAreMarked()
{
    openWindow();
    const qint64 tag = addTag(QStringLiteral("Claim"));
    const qint64 article = articleIdFor(QStringLiteral("vendors.txt"));
    m_window->openArticle(article);
    const QString text = m_window->reader()->toPlainText();
    const EditResult noted
        = m_window->workspace()->applyTag(article, test::rangeOf(text, QStringLiteral("Scale AI signed")), tag);
    const EditResult plain
        = m_window->workspace()->applyTag(article, test::rangeOf(text, QStringLiteral("the ministry")), tag);
    QVERIFY(noted.done() && plain.done());
    const QString note
        = QStringLiteral("The ministry's own notice names a different vendor; ask the press office which "
                         "contract this is, and whether the two hundred jobs are new or moved from the "
                         "existing data centre in the north.");
    QVERIFY(note.size() > 160);
    QVERIFY(m_window->workspace()->setNote(noted.id, note));

    // The reader underlines the noted span with dashes; the other span has no underline.
    const auto underlineAt = [&](const QString &phrase) {
        QCoreApplication::processEvents(); // the highlight refresh is queued
        const int at = int(m_window->reader()->toPlainText().indexOf(phrase));
        const QTextBlock block = m_window->reader()->document()->findBlock(at);
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (block.position() + r.start <= at && at < block.position() + r.start + r.length)
                return r.format.underlineStyle();
        }
        return QTextCharFormat::NoUnderline;
    };
    QTRY_COMPARE(underlineAt(QStringLiteral("signed")), QTextCharFormat::DashUnderline);
    QCOMPARE(underlineAt(QStringLiteral("ministry")), QTextCharFormat::NoUnderline);

    // The span list shows the whole note, and its tooltip wraps (rich text).
    SpanListModel *spans = m_window->spanModel();
    const QModelIndex row = spans->index(spans->rowForSpan(noted.id));
    QVERIFY2(row.data().toString().endsWith(QStringLiteral("Note: ") + note), qPrintable(row.data().toString()));
    QVERIFY(Qt::mightBeRichText(row.data(Qt::ToolTipRole).toString()));
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("existing data centre in the north.")));
}

// ---- the reader after a jump ---------------------------------------------------------

// The compare tab is in front when a figure or a claim asks for its article: the reader tab
// comes forward with the heading whole above the text, and the first line reachable.
void TestGuideUi::jumpFromCompareTabShowsFirstLine()
{
    openWindow(true);
    const qint64 first = articleIdFor(QStringLiteral("other.txt"));
    const qint64 target = articleIdFor(QStringLiteral("vendors.txt"));
    m_window->openArticle(first);
    QTabWidget *tabs = m_window->readerPane()->tabs();
    auto *compare = m_window->findChild<CompareView *>(QStringLiteral("compareView"));
    QVERIFY(compare);
    tabs->setCurrentWidget(compare);
    QVERIFY(!m_window->reader()->isVisible());

    const QString text = m_window->project()->articles().text(target);
    const TextRange hire = test::rangeOf(text, QStringLiteral("would hire"));
    m_window->openArticleAt(target, hire.start, hire.end);
    QCOMPARE(tabs->currentIndex(), 0);
    ReaderView *reader = m_window->reader();
    QVERIFY(reader->isVisible());
    QCOMPARE(reader->articleId(), target);
    QCOMPARE(reader->selectedRange(), hire);

    // The heading sits in the margin above the text, whole: nothing of it is under the text.
    auto *header = reader->findChild<QLabel *>(QStringLiteral("readerHeader"));
    QVERIFY(header && header->isVisible());
    QVERIFY(header->text().contains(QStringLiteral("Scale AI signed a contract")));
    QVERIFY(reader->viewport()->geometry().top() >= header->geometry().top() + header->heightForWidth(header->width()));
    QVERIFY(header->geometry().bottom() < reader->viewport()->geometry().top());

    // Scrolled to the top, the first line of the article is the first line shown.
    reader->verticalScrollBar()->setValue(reader->verticalScrollBar()->minimum());
    QCOMPARE(reader->cursorForPosition(QPoint(1, 1)).block().blockNumber(), 0);
}

// ---- layout --------------------------------------------------------------------------

void TestGuideUi::resetLayoutRestoresDefault()
{
    openWindow(true);
    ArticleListDock *articles = m_window->articleDock();
    TagDock *tags = m_window->tagDock();
    auto *figures = m_window->findChild<QDockWidget *>(QStringLiteral("figuresDock"));
    QVERIFY(figures);
    QCOMPARE(m_window->dockWidgetArea(figures), Qt::BottomDockWidgetArea);
    const int listWidth = articles->width();
    // The analyst closes the list, floats the tags, moves the figures and opens the search.
    articles->hide();
    tags->setFloating(true);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, figures);
    m_window->searchDock()->show();

    auto *reset = m_window->findChild<QAction *>(QStringLiteral("resetLayoutAction"));
    QVERIFY(reset && reset->isEnabled());
    reset->trigger();
    QVERIFY(articles->isVisible());
    QCOMPARE(m_window->dockWidgetArea(articles), Qt::LeftDockWidgetArea);
    QVERIFY(!tags->isFloating());
    QVERIFY(tags->isVisible());
    QCOMPARE(m_window->dockWidgetArea(tags), Qt::RightDockWidgetArea);
    QCOMPARE(m_window->dockWidgetArea(m_window->spanDock()), Qt::RightDockWidgetArea);
    QCOMPARE(m_window->dockWidgetArea(figures), Qt::BottomDockWidgetArea);
    QVERIFY(figures->isVisible());
    QVERIFY(m_window->searchDock()->isHidden());
    QTRY_VERIFY(qAbs(articles->width() - listWidth) <= listWidth / 10);
}

// At 800×600 every panel can be reached (shown, or a tab to click), nothing lies outside the
// window, and the reader keeps a column wide enough to read.
void TestGuideUi::usableAt800x600()
{
    openWindow(true);
    m_window->resize(800, 600);
    QTRY_COMPARE(m_window->size(), QSize(800, 600));
    m_window->findChild<QAction *>(QStringLiteral("resetLayoutAction"))->trigger();
    QCoreApplication::processEvents();
    QCOMPARE(m_window->size(), QSize(800, 600)); // no panel's minimum pushed the window wider
    const QRect inside = m_window->rect();
    const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
    QVERIFY(docks.size() >= 5);
    // Needs attention shows itself when the project has orphans: it must fit as well.
    m_window->attentionDock()->show();
    QCoreApplication::processEvents();
    QCOMPARE(m_window->size(), QSize(800, 600));
    for (QDockWidget *dock : docks) {
        if (dock == m_window->searchDock())
            continue; // opened on demand (Ctrl+Shift+F), checked below
        QVERIFY2(!dock->isHidden(), qPrintable(dock->objectName()));
        dock->raise(); // a tab is brought to the front by its tab
        QCoreApplication::processEvents();
        QVERIFY2(dock->isVisible(), qPrintable(dock->objectName()));
        const QRect box(dock->mapTo(m_window.get(), QPoint(0, 0)), dock->size());
        QVERIFY2(inside.contains(box), qPrintable(dock->objectName()));
        QVERIFY2(dock->width() >= 150 && dock->height() >= 120,
            qPrintable(QStringLiteral("%1 %2×%3").arg(dock->objectName()).arg(dock->width()).arg(dock->height())));
    }
    // The article list's date range is whole, both dates, not cut at the dock's edge.
    QDockWidget *articles = m_window->findChild<QDockWidget *>(QStringLiteral("articlesDock"));
    articles->raise();
    QCoreApplication::processEvents();
    for (const char *name : { "dateFrom", "dateTo" }) {
        auto *edit = articles->findChild<QWidget *>(QLatin1String(name));
        QVERIFY(edit && edit->isVisible());
        const QRect box(edit->mapTo(articles, QPoint(0, 0)), edit->size());
        QVERIFY2(articles->rect().contains(box), name);
    }
    m_window->searchDock()->activate();
    QCoreApplication::processEvents();
    QVERIFY(m_window->searchDock()->isVisible());
    QVERIFY(inside.contains(
        QRect(m_window->searchDock()->mapTo(m_window.get(), QPoint(0, 0)), m_window->searchDock()->size())));
    m_window->openArticle(articleIdFor(QStringLiteral("vendors.txt")));
    QVERIFY(m_window->reader()->viewport()->width() >= 250);
    QVERIFY(m_window->reader()->viewport()->height() >= 200);
}

void TestGuideUi::shortcutHelpListsEveryShortcut()
{
    openWindow(true);
    QStringList listed;
    QTimer::singleShot(0, this, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
        QVERIFY(table);
        for (int row = 0; row < table->rowCount(); ++row)
            listed << table->item(row, 0)->text();
        dialog->close();
    });
    m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
    // Every action with a shortcut is listed (those below are from several parts of the window).
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(std::any_of(listed.cbegin(), listed.cend(), [&](const QString &l) { return l.contains(keys); }),
            qPrintable(keys + QStringLiteral(" ") + action->text()));
    }
    for (const char *keys : { "F7", "Shift+F7", "Ctrl+D", "Ctrl+Shift+E", "Ctrl+T", "Alt+Return", "F2", "Alt+1" })
        QVERIFY2(std::any_of(listed.cbegin(), listed.cend(),
                     [&](const QString &l) { return l.split(QStringLiteral(" / ")).contains(QLatin1String(keys)); }),
            keys);
}

QTEST_MAIN(TestGuideUi)
#include "tst_guide_ui.moc"
