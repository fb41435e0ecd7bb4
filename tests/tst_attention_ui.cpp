// The Needs attention panel: the orphans a changed article left (kestrel-round-v1 coded, v2
// imported; tests/data/versions), each shown with its old text and the places offered; one click
// re-attaches an orphan to a candidate or to the reader's selection, or deletes it, and undo and
// redo take each back and forth. The project is read back through a second connection.
#include "TestSupport.h"

#include "FolderChangesBar.h"
#include "MainWindow.h"
#include "NeedsAttentionDock.h"
#include "domain/CodePoints.h"
#include "models/ArticleListModel.h"
#include "models/OrphanListModel.h"
#include "models/TagTreeModel.h"
#include "store/Project.h"
#include "store/ProjectImporter.h"
#include "workspace/FolderWatcher.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace crossread;

namespace {

// The span the v2 edit took words from: "a public listing" became "a stock market listing".
const QString kReworded = QStringLiteral("no plans for a public\nlisting");

QByteArray versionFile(const char *name)
{
    return test::readFile(test::dataPath(QStringLiteral("versions/") + QLatin1String(name)));
}

} // namespace

class TestAttentionUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_article = 0;
    qint64 m_span = 0;
    qint64 m_tag = 0;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<OrphanListModel> m_model;
    std::unique_ptr<NeedsAttentionDock> m_dock;

    // The span as a second connection reads it; found is false when it is gone.
    Span stored(bool *found)
    {
        Project reader;
        if (!reader.open(m_db))
            return {};
        return reader.spans().span(m_span, found);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("CrossreadTest"));
        QApplication::setApplicationName(QStringLiteral("tst_attention_ui"));
        QSettings().clear();
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString folder = m_dir.filePath(QStringLiteral("news%1").arg(QDateTime::currentMSecsSinceEpoch()));
        const QString file = folder + QStringLiteral("/kestrel.txt");
        m_db = Project::projectPathForFolder(folder);
        QVERIFY(test::writeFile(file, versionFile("kestrel-round-v1.txt")));
        QCOMPARE(ProjectImporter(m_db).run({ file }).imported, 1);
        {
            Project project;
            QVERIFY(project.open(m_db));
            m_article = project.articles().ids().value(0);
            const QString v1 = project.articles().text(m_article);
            const TextRange r = test::rangeOf(v1, kReworded);
            QList<Span> spans(1);
            spans[0].articleId = m_article;
            spans[0].start = r.start;
            spans[0].end = r.end;
            spans[0].text = kReworded;
            spans[0].note = QStringLiteral("no IPO");
            Tag funding;
            funding.name = QStringLiteral("Funding");
            funding.color = QColor(Qt::green);
            QVERIFY(project.tags().insert(funding));
            m_tag = funding.id;
            spans[0].tagIds = { m_tag };
            QVERIFY(project.addSpans(spans));
            m_span = spans[0].id;
        }
        QVERIFY(test::writeFile(file, versionFile("kestrel-round-v2.txt")));
        QCOMPARE(ProjectImporter(m_db).run({ file }).orphans.size(), 1);

        m_workspace = std::make_unique<Workspace>();
        QVERIFY(m_workspace->open(m_db));
        m_model = std::make_unique<OrphanListModel>();
        new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
        m_model->setProject(m_workspace->project());
        m_dock = std::make_unique<NeedsAttentionDock>();
        m_dock->setContext(m_workspace.get(), m_model.get());
        m_dock->resize(420, 360);
        m_dock->show();
    }

    void cleanup()
    {
        m_dock.reset();
        m_model.reset();
        m_workspace.reset();
    }

    void listsTheOrphanWithItsOldTextAndCandidates()
    {
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_dock->currentSpanId(), m_span);
        QVERIFY(m_dock->windowTitle().contains(QStringLiteral("(1)")));
        const QList<QLabel *> labels = m_dock->findChildren<QLabel *>();
        const bool showsOldText = std::any_of(labels.cbegin(), labels.cend(),
            [](const QLabel *l) { return l->text().contains(QStringLiteral("no plans for a public")); });
        QVERIFY(showsOldText);
        QVERIFY(!m_dock->candidateButtons().isEmpty());
        QVERIFY2(m_dock->candidateButtons().first()->text().contains(QStringLiteral("stock")),
            qPrintable(m_dock->candidateButtons().first()->text()));
    }

    void reattachToCandidateUndoRedo()
    {
        QVERIFY(!m_dock->candidateButtons().isEmpty());
        QTest::mouseClick(m_dock->candidateButtons().first(), Qt::LeftButton);
        QTRY_COMPARE(m_model->rowCount(), 0);
        bool found = false;
        Span s = stored(&found);
        QVERIFY(found);
        QVERIFY(!s.isOrphan());
        const QString v2 = QString::fromUtf8(versionFile("kestrel-round-v2.txt"));
        QCOMPARE(CodePoints(v2).mid(v2, s.start, s.end), s.text);
        QVERIFY2(s.text.contains(QStringLiteral("stock\nmarket listing")), qPrintable(s.text));
        QCOMPARE(s.anchor, SpanAnchor::Fuzzy); // placed by hand on words that differ from the coded ones
        QCOMPARE(s.quote, kReworded);
        QCOMPARE(s.note, QStringLiteral("no IPO"));

        m_workspace->undo();
        QTRY_COMPARE(m_model->rowCount(), 1);
        s = stored(&found);
        QVERIFY(found && s.isOrphan());
        QCOMPARE(s.text, kReworded);
        m_workspace->redo();
        QTRY_COMPARE(m_model->rowCount(), 0);
        QVERIFY(!stored(&found).isOrphan());
    }

    // An orphan is not on the text: the article list shows it apart from the placed spans, the tag
    // tree does not count it; re-attached it counts, and undo takes it back out.
    void countsLeaveOrphansOut()
    {
        ArticleListModel articles;
        articles.setProject(m_workspace->project());
        TagTreeModel tags;
        tags.setProject(m_workspace->project());
        const auto articleCell = [&](int role) {
            return articles.index(articles.rowForArticle(m_article), ArticleListModel::SpansColumn).data(role);
        };
        QCOMPARE(tags.rowCount(), 1);
        const QModelIndex funding = tags.index(0, TagTreeModel::CountColumn);
        QCOMPARE(funding.data(TagTreeModel::TagIdRole).toLongLong(), m_tag);

        QCOMPARE(articleCell(Qt::DisplayRole).toString(), QStringLiteral("0 + 1"));
        QCOMPARE(articleCell(ArticleListModel::SortRole).toInt(), 0);
        QVERIFY(articleCell(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Needs attention (re-anchoring could not place them): 1")));
        QCOMPARE(funding.data(TagTreeModel::CountRole).toInt(), 0);
        QCOMPARE(m_workspace->project()->tags().spanCountsByCoder(m_tag).size(), 0);

        QVERIFY(!m_dock->candidateButtons().isEmpty());
        QTest::mouseClick(m_dock->candidateButtons().first(), Qt::LeftButton);
        QTRY_COMPARE(articleCell(Qt::DisplayRole).toString(), QStringLiteral("1"));
        QCOMPARE(tags.index(0, TagTreeModel::CountColumn).data(TagTreeModel::CountRole).toInt(), 1);

        m_workspace->undo();
        QTRY_COMPARE(articleCell(Qt::DisplayRole).toString(), QStringLiteral("0 + 1"));
        QCOMPARE(tags.index(0, TagTreeModel::CountColumn).data(TagTreeModel::CountRole).toInt(), 0);
    }

    void reattachToSelection()
    {
        const QString v2 = QString::fromUtf8(versionFile("kestrel-round-v2.txt"));
        const TextRange chosen = test::rangeOf(v2, QStringLiteral("no plans for a stock\nmarket listing"));
        qint64 article = m_article;
        m_dock->setSelectionProvider([&] { return std::optional(qMakePair(article, chosen)); });
        // A selection in another article is not offered to this orphan.
        article = m_article + 1;
        QTest::mouseClick(m_dock->attachToSelectionButton(), Qt::LeftButton);
        QCoreApplication::processEvents();
        QCOMPARE(m_model->rowCount(), 1);
        article = m_article;
        QTest::mouseClick(m_dock->attachToSelectionButton(), Qt::LeftButton);
        QTRY_COMPARE(m_model->rowCount(), 0);
        bool found = false;
        const Span s = stored(&found);
        QCOMPARE(s.start, chosen.start);
        QCOMPARE(s.end, chosen.end);
        m_workspace->undo();
        QTRY_COMPARE(m_model->rowCount(), 1);
        QVERIFY(stored(&found).isOrphan());
    }

    void deleteUndo()
    {
        QTest::mouseClick(m_dock->deleteButton(), Qt::LeftButton);
        QTRY_COMPARE(m_model->rowCount(), 0);
        bool found = true;
        stored(&found);
        QVERIFY(!found);
        QVERIFY(m_dock->windowTitle() == QStringLiteral("Needs Attention"));
        m_workspace->undo();
        QTRY_COMPARE(m_model->rowCount(), 1);
        const Span s = stored(&found);
        QVERIFY(found && s.isOrphan());
        QCOMPARE(s.note, QStringLiteral("no IPO"));
        QCOMPARE(s.quote, kReworded);
        // Still findable from the version it was last placed on.
        QVERIFY(!m_dock->candidateButtons().isEmpty());
        QVERIFY(m_dock->candidateButtons().first()->isEnabled());
    }

    // In the window: the panel shows when the project has orphans; the file changing back on
    // disk is offered in the bar, and importing it places the orphan again (its text is back).
    void windowShowsPanelAndOffersTheChangedFile()
    {
        m_dock.reset();
        m_model.reset();
        m_workspace.reset();
        MainWindow window;
        window.setQuiet(true);
        QVERIFY2(window.openProject(m_db), qPrintable(window.lastError()));
        QTRY_VERIFY(!window.attentionDock()->isHidden());
        QCOMPARE(window.attentionDock()->currentSpanId(), m_span);
        window.folderWatcher()->setDelay(50);

        const QString file = QFileInfo(QFileInfo(m_db).absolutePath()).absolutePath() + QStringLiteral("/kestrel.txt");
        QVERIFY(test::writeFile(file, versionFile("kestrel-round-v1.txt")));
        QTRY_VERIFY_WITH_TIMEOUT(!window.folderChangesBar()->isHidden(), 5000);
        QCOMPARE(window.folderChangesBar()->pending(), QStringList { file });
        QSignalSpy imported(&window, &MainWindow::importFinished);
        QTest::mouseClick(window.folderChangesBar()->importButton(), Qt::LeftButton);
        QVERIFY(imported.wait(30000));
        QTRY_COMPARE(window.attentionDock()->view()->model()->rowCount(), 0);
        bool found = false;
        QVERIFY(!stored(&found).isOrphan());
        QVERIFY(found);
    }

    // Run with CROSSREAD_SCREENSHOTS=DIR to look at the panel.
    void screenshot()
    {
        const QByteArray dir = qgetenv("CROSSREAD_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("CROSSREAD_SCREENSHOTS not set");
        QVERIFY(m_dock->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/needs-attention.png")));
    }
};

QTEST_MAIN(TestAttentionUi)
#include "tst_attention_ui.moc"
