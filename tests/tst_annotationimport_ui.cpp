// File › Import Annotations… in the window: a W3C JSON-LD file and a REFI-QDA project placed on
// the project's article (kestrel-round-v1, tests/data/versions) as one undoable edit, with a
// summary naming the file (placed / orphaned / skipped); a broken file is refused naming the file
// and the reason. The project is read back through a second connection.
#include "TestSupport.h"
#include "WindowTestSupport.h"

#include "export/QdpxExporter.h"
#include "store/ProjectBundle.h"
#include "store/ProjectImporter.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace crossread;

namespace {

// Long enough to be placed on itself: a W3C quote without context or position.
const QString kLead = QStringLiteral("Kestrel Platforms has raised $14 billion from a group of investors led by\n"
                                     "Larchmont Capital");

// One W3C annotation of the article file SOURCE: QUOTE with its context as the article has it.
QJsonObject annotation(const QString &source, const QString &quote, const QString &tag)
{
    const QJsonObject selector { { QStringLiteral("type"), QStringLiteral("TextQuoteSelector") },
        { QStringLiteral("exact"), quote } };
    const QJsonObject target { { QStringLiteral("source"), source }, { QStringLiteral("selector"), selector } };
    const QJsonObject body { { QStringLiteral("type"), QStringLiteral("TextualBody") },
        { QStringLiteral("purpose"), QStringLiteral("tagging") }, { QStringLiteral("value"), tag } };
    return { { QStringLiteral("type"), QStringLiteral("Annotation") }, { QStringLiteral("target"), target },
        { QStringLiteral("body"), body } };
}

} // namespace

class TestAnnotationImportUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;

    // Spans of the project as a second connection reads them: placed ones and orphans.
    QList<Span> storedSpans()
    {
        Project reader;
        if (!reader.open(m_db))
            return {};
        QList<Span> out;
        for (const qint64 id : reader.articles().ids())
            out += reader.spans().spansOfArticle(id);
        return out;
    }
    int storedOrphans()
    {
        Project reader;
        return reader.open(m_db) ? int(reader.spans().orphans().size()) : -1;
    }

private slots:
    void initTestCase()
    {
        test::useTestSettings(QStringLiteral("tst_annotationimport_ui"));
        QSettings().clear();
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString folder = m_dir.filePath(QStringLiteral("news%1").arg(QDateTime::currentMSecsSinceEpoch()));
        const QString file = folder + QStringLiteral("/kestrel.txt");
        m_db = Project::projectPathForFolder(folder);
        QVERIFY(test::writeFile(file, test::readFile(test::dataPath(QStringLiteral("versions/kestrel-round-v1.txt")))));
        QCOMPARE(ProjectImporter(m_db).run({ file }).imported, 1);
        m_window = std::make_unique<MainWindow>();
        m_window->setQuiet(true);
        QVERIFY(m_window->openProject(m_db));
    }

    void cleanup() { m_window.reset(); }

    void menuHasTheEntry()
    {
        const QList<QAction *> actions = m_window->menu(QStringLiteral("File"))->actions();
        const bool found = std::any_of(actions.cbegin(), actions.cend(),
            [](const QAction *a) { return a->objectName() == QLatin1String("importAnnotationsAction"); });
        QVERIFY(found);
    }

    void jsonLdIsOneUndoableEdit()
    {
        // Placed: text of the article; orphaned: its article, text it does not have; skipped: a
        // source the project does not have.
        const QJsonArray items { annotation(QStringLiteral("kestrel.txt"), kLead, QStringLiteral("Investors")),
            annotation(QStringLiteral("kestrel.txt"),
                QStringLiteral("a cluster in Reykjavik powered by geothermal "
                               "plants"),
                QStringLiteral("Compute")),
            annotation(QStringLiteral("other.txt"), QStringLiteral("Larchmont Capital"), QStringLiteral("Investors")) };
        const QString path = m_dir.filePath(QStringLiteral("notes.jsonld"));
        QVERIFY(test::writeFile(path, QJsonDocument(items).toJson()));

        const QString summary = m_window->importAnnotationsFile(path);
        QVERIFY2(summary.contains(QStringLiteral("notes.jsonld")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("annotations placed 1,")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("orphaned 1 ")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("skipped 1.")), qPrintable(summary));
        const QList<Span> spans = storedSpans();
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first().text, kLead);
        QCOMPARE(storedOrphans(), 1);

        // One step back takes the whole import, one forward brings it again.
        QUndoStack *stack = m_window->workspace()->undoStack();
        QCOMPARE(stack->count(), 1);
        stack->undo();
        QCOMPARE(storedSpans().size(), 0);
        QCOMPARE(storedOrphans(), 0);
        stack->redo();
        QCOMPARE(storedSpans().size(), 1);
        QCOMPARE(storedOrphans(), 1);
    }

    void qdpxCodingsGoOntoTheArticle()
    {
        // A REFI-QDA export of this very project with one coding, imported into it again after
        // that coding was removed: it comes back at its place, by the source's title.
        qint64 articleId = 0;
        QString path = m_dir.filePath(QStringLiteral("coded.qdpx"));
        {
            Project project;
            QVERIFY(project.open(m_db));
            articleId = project.articles().ids().value(0);
            const QString text = project.articles().text(articleId);
            const TextRange r = test::rangeOf(text, QStringLiteral("Arlo Penhaligon"));
            Tag people;
            people.name = QStringLiteral("People");
            QVERIFY(project.tags().insert(people));
            QList<Span> spans(1);
            spans[0].articleId = articleId;
            spans[0].start = r.start;
            spans[0].end = r.end;
            spans[0].text = QStringLiteral("Arlo Penhaligon");
            spans[0].tagIds = { people.id };
            QVERIFY(project.addSpans(spans));
            QVERIFY(QdpxExporter().exportTo(ProjectBundle::snapshot(project), path).ok);
            QVERIFY(project.removeSpans({ { spans[0].id, spans[0].stamp.version } }, nullptr));
        }
        QCOMPARE(storedSpans().size(), 0);
        const QString summary = m_window->importAnnotationsFile(path);
        QVERIFY2(summary.contains(QStringLiteral("coded.qdpx: annotations placed 1,")), qPrintable(summary));
        const QList<Span> spans = storedSpans();
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first().text, QStringLiteral("Arlo Penhaligon"));
        QCOMPARE(spans.first().articleId, articleId);
        m_window->workspace()->undoStack()->undo();
        QCOMPARE(storedSpans().size(), 0);
    }

    void brokenFileIsRefusedNamingIt_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QStringLiteral("broken.jsonld") << QByteArray("{ \"type\": ")
                                  << QStringLiteral("JSON");
        QTest::newRow("not a zip") << QStringLiteral("broken.qdpx") << QByteArray("plain text") << QString();
    }

    void brokenFileIsRefusedNamingIt()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(name);
        QVERIFY(test::writeFile(path, content));
        const QString message = m_window->importAnnotationsFile(path);
        QVERIFY2(message.startsWith(name + QStringLiteral(" was not imported: ")), qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
        QCOMPARE(storedSpans().size(), 0);
        QCOMPARE(m_window->workspace()->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestAnnotationImportUi)
#include "tst_annotationimport_ui.moc"
