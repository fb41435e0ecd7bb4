// W3C Web Annotation import (import-jsonld): the reader on our exporter's, Hypothesis's and
// hand-written files and on broken or hostile ones; finding the article an annotation was made
// on; and the round trip: spans exported from one project, the article edited by the edit
// generator, imported into a fresh project holding the edited text, land on the right text or
// become orphans, judged by the generator's own record of the edits, never placed wrongly.
#include "ServerTestSupport.h"
#include "TestSupport.h"

#include "AnchorOracle.h"
#include "ArticleGenerator.h"
#include "EditGenerator.h"
#include "SpanSampler.h"
#include "TrackedText.h"

#include "commands/ImportAnnotationsCommand.h"
#include "domain/CodePoints.h"
#include "export/WebAnnotationExporter.h"
#include "export/WebAnnotationReader.h"
#include "store/AnnotationImporter.h"
#include "store/Project.h"
#include "store/ProjectBundle.h"
#include "store/ProjectImporter.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace crossread;
using namespace crossread::editgen;

namespace {

const QByteArray kHypothesis
    = "{\"total\": 1, \"rows\": [{ \"id\": \"kq3VsHx1Ee6\", \"uri\": \"https://example.org/news/lumen.txt\", \"user\": "
      "\"acct:ana@hypothes.is\", \"created\": \"2026-03-02T09:30:00.123+00:00\", \"updated\": "
      "\"2026-03-02T09:31:00+00:00\", \"text\": \"Bigger than expected\", \"tags\": [\"compute\", \"Q3\"], "
      "\"document\": {\"title\": [\"Lumen Labs compute bill\"]}, \"target\": [{\"source\": "
      "\"https://example.org/news/lumen.txt\", \"selector\": [ {\"type\": \"RangeSelector\", \"startContainer\": "
      "\"/p[1]\", \"startOffset\": 0, \"endContainer\": \"/p[1]\", \"endOffset\": 9}, {\"type\": "
      "\"TextPositionSelector\", \"start\": 57, \"end\": 81}, {\"type\": \"TextQuoteSelector\", \"exact\": \"rose 12% "
      "to $310 million\", \"prefix\": \"compute bill \", \"suffix\": \", more\"}]}]}]}";

const QByteArray kOurs
    = "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"AnnotationCollection\", \"creator\": "
      "{\"type\": \"Person\", \"name\": \"Lead\"}, \"first\": {\"type\": \"AnnotationPage\", \"items\": [{ "
      "\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"id\": \"urn:uuid:1\", \"type\": \"Annotation\", "
      "\"motivation\": \"commenting\", \"creator\": {\"type\": \"Person\", \"name\": \"Bo\"}, \"created\": "
      "\"2026-01-05T10:00:00Z\", \"modified\": \"2026-01-06T11:00:00Z\", \"body\": [{\"type\": \"TextualBody\", "
      "\"value\": \"check the 10-Q\", \"purpose\": \"commenting\"}, {\"type\": \"TextualBody\", \"value\": \"Costs / "
      "Compute\", \"purpose\": \"tagging\"}], \"target\": {\"source\": \"file:///news/lumen.txt\", \"selector\": [ "
      "{\"type\": \"TextQuoteSelector\", \"exact\": \"rose\", \"prefix\": \"bill \", \"suffix\": \" 12%\"}, {\"type\": "
      "\"TextPositionSelector\", \"start\": 5, \"end\": 9}]}}], \"next\": {\"type\": \"AnnotationPage\", \"items\": "
      "[{\"type\": \"Annotation\", \"target\": {\"source\": {\"id\": \"file:///news/other.txt\", \"title\": "
      "\"Other\"}, \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"second page\"}}}]}}}";

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QString lumenText()
{
    return QStringLiteral("Lumen Labs said on Tuesday that its Q3 compute bill rose 12% to $310 million, more "
                          "than the $275m analysts expected.\n\nThe company trains the Kestrel 3 model.\n");
}

} // namespace

class TestAnchorJsonLd : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_projects = 0;

    // A new project holding TEXT as FOLDER/NAME; the article's id in *ID.
    std::unique_ptr<Project> projectWith(const QString &text, const QString &name, qint64 *id)
    {
        const QString folder = m_dir.filePath(QStringLiteral("p%1").arg(++m_projects));
        const QString file = folder + u'/' + name;
        if (!test::writeFile(file, text.toUtf8()))
            return nullptr;
        const QString db = test::newProjectLocation(folder);
        if (ProjectImporter(db).run({ file }).imported != 1)
            return nullptr;
        auto project = std::make_unique<Project>();
        if (!project->open(db))
            return nullptr;
        *id = project->articles().ids().value(0);
        return project;
    }

private slots:
    void initTestCase() { CROSSREAD_REQUIRE_SERVER_IF_ASKED(); }

    void brokenFilesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("{\"type\": ") << QStringLiteral("not JSON");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("not JSON");
        QTest::newRow("nested too deep") << nested(65) << QStringLiteral("nested deeper than 64 levels");
        QTest::newRow("brackets in strings do not count")
            << QByteArray("[\"" + QByteArray(100, '[') + "\"]") << QStringLiteral("no Web Annotations");
        QTest::newRow("JSON but no annotations")
            << QByteArray("{\"name\": \"x\"}") << QStringLiteral("no Web Annotations");
        QTest::newRow("pages elsewhere") << QByteArray(
            "{\"type\": \"AnnotationCollection\", \"first\": \"https://example.org/p1\"}")
                                         << QStringLiteral("pages are elsewhere");
        QTest::newRow("items not an array") << QByteArray("{\"type\": \"AnnotationPage\", \"items\": {\"a\": 1}}")
                                            << QStringLiteral("\"items\" is not an array");
        QTest::newRow("exact of the wrong type")
            << QByteArray("[{\"type\": \"Annotation\", \"target\": {\"source\": \"x\", \"selector\": {\"type\": "
                          "\"TextQuoteSelector\", \"exact\": 5}}}]")
            << QStringLiteral("none of its 1 annotations could be read");
        QTest::newRow("a position alone")
            << QByteArray("{\"type\": \"Annotation\", \"target\": {\"source\": \"x\", \"selector\": {\"type\": "
                          "\"TextPositionSelector\", \"start\": 1, \"end\": 5}}}")
            << QStringLiteral("none of its 1 annotations could be read");
        QTest::newRow("target only an IRI") << QByteArray("{\"type\": \"Annotation\", \"target\": \"file:///a.txt\"}")
                                            << QStringLiteral("none of its 1 annotations could be read");
    }

    void brokenFilesAreRefusedWithTheReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        WebAnnotationReader reader;
        QVERIFY(!reader.read(json));
        QVERIFY2(reader.errorString().contains(reason), qPrintable(reader.errorString()));
    }

    void tooLargeFileIsRefusedBeforeReading()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.jsonld"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(WebAnnotationReader::kMaxFileBytes + 1));
        f.close();
        WebAnnotationReader reader;
        QVERIFY(!reader.readFile(path));
        QVERIFY2(
            reader.errorString().contains(QStringLiteral("more than the 64 MB")), qPrintable(reader.errorString()));
    }

    void badAnnotationsAreSkippedNamingThem()
    {
        WebAnnotationReader reader;
        const auto read = reader.read(
            "[ {\"id\": \"urn:good\", \"type\": \"Annotation\", \"target\": {\"source\": \"s\", \"selector\": "
            "[{\"type\": \"TextQuoteSelector\", \"exact\": \"rose\"}, {\"type\": \"TextPositionSelector\", \"start\": "
            "9, \"end\": 2}]}}, {\"id\": \"urn:bad\", \"type\": \"Annotation\", \"target\": {\"source\": \"s\", "
            "\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"x\", \"prefix\": [\"no\"]}}}]");
        QVERIFY(read);
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->first().id, QStringLiteral("urn:good"));
        QVERIFY(!read->first().hasPosition); // start after end: the position is ignored, the quote kept
        const QString warnings = reader.warnings().join(u'\n');
        QVERIFY2(warnings.contains(QStringLiteral("annotation urn:bad")), qPrintable(warnings));
        QVERIFY2(
            warnings.contains(QStringLiteral("annotation urn:good: its TextPositionSelector")), qPrintable(warnings));
    }

    void readsOurCollectionWithEmbeddedPages()
    {
        WebAnnotationReader reader;
        const auto read = reader.read(kOurs);
        QVERIFY2(read, qPrintable(reader.errorString()));
        QCOMPARE(read->size(), 2);
        const WebAnnotation &a = read->at(0);
        QCOMPARE(a.id, QStringLiteral("urn:uuid:1"));
        QCOMPARE(a.source, QStringLiteral("file:///news/lumen.txt"));
        QCOMPARE(a.selectors.quote.exact, QStringLiteral("rose"));
        QCOMPARE(a.selectors.quote.prefix, QStringLiteral("bill "));
        QCOMPARE(a.selectors.quote.suffix, QStringLiteral(" 12%"));
        QVERIFY(a.hasPosition);
        QCOMPARE(a.selectors.position.start, 5);
        QCOMPARE(a.selectors.position.end, 9);
        QCOMPARE(a.tags, QStringList { QStringLiteral("Costs / Compute") });
        QCOMPARE(a.notes, QStringList { QStringLiteral("check the 10-Q") });
        QCOMPARE(a.creator, QStringLiteral("Bo"));
        QCOMPARE(a.created, QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC));
        QCOMPARE(a.modified, QDateTime(QDate(2026, 1, 6), QTime(11, 0), Qt::UTC));
        const WebAnnotation &b = read->at(1);
        QCOMPARE(b.source, QStringLiteral("file:///news/other.txt"));
        QCOMPARE(b.title, QStringLiteral("Other"));
        QCOMPARE(b.selectors.quote.exact, QStringLiteral("second page"));
        QVERIFY(!b.hasPosition);
    }

    void readsHypothesis()
    {
        WebAnnotationReader reader;
        const auto read = reader.read(kHypothesis);
        QVERIFY2(read, qPrintable(reader.errorString()));
        QCOMPARE(read->size(), 1);
        const WebAnnotation &a = read->first();
        QCOMPARE(a.source, QStringLiteral("https://example.org/news/lumen.txt"));
        QCOMPARE(a.title, QStringLiteral("Lumen Labs compute bill"));
        QCOMPARE(a.selectors.quote.exact, QStringLiteral("rose 12% to $310 million"));
        QCOMPARE(a.selectors.position.start, 57);
        QCOMPARE(a.tags, (QStringList { QStringLiteral("compute"), QStringLiteral("Q3") }));
        QCOMPARE(a.notes, QStringList { QStringLiteral("Bigger than expected") });
        QCOMPARE(a.creator, QStringLiteral("ana"));
        QCOMPARE(a.created, QDateTime(QDate(2026, 3, 2), QTime(9, 30, 0, 123), Qt::UTC));
    }

    // Hypothesis's annotation of the article's web page finds the article by its file name; an
    // annotation of a document the project does not hold is reported, not imported.
    void importsOntoTheArticleItWasMadeOn()
    {
        qint64 id = 0;
        const auto project = projectWith(lumenText(), QStringLiteral("lumen.txt"), &id);
        QVERIFY(project);
        WebAnnotationReader reader;
        auto read = reader.read(kHypothesis);
        QVERIFY(read);
        (*read)[0].tags << QStringLiteral(" / "); // a path of no names: no tag, no failure
        WebAnnotation elsewhere = read->first();
        elsewhere.source = QStringLiteral("https://example.org/news/unknown.html");
        elsewhere.title.clear();
        read->append(elsewhere);
        const AnnotationImporter::Report report = AnnotationImporter::import(*project, *read, QStringLiteral("me"));
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.exact, 1);
        QCOMPARE(report.orphans.size(), 0);
        QCOMPARE(report.newTags, 2);
        QCOMPARE(report.unmatched.size(), 1);
        QVERIFY2(
            report.unmatched.first().contains(QStringLiteral("unknown.html")), qPrintable(report.unmatched.first()));
        const QList<Span> spans = project->spans().spansOfArticle(id);
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first().text, QStringLiteral("rose 12% to $310 million"));
        QCOMPARE(spans.first().start, 52); // "rose" in lumenText(), counted by hand; the position said 57
        QCOMPARE(spans.first().author, QStringLiteral("ana"));
        QCOMPARE(spans.first().note, QStringLiteral("Bigger than expected"));
        QCOMPARE(spans.first().tagIds.size(), 2);
    }

    // One edit: undo takes the spans and the tags the import made away together, redo brings
    // them back under the same ids; tags that were there before stay.
    void importIsOneUndoableEdit()
    {
        qint64 id = 0;
        const auto project = projectWith(lumenText(), QStringLiteral("lumen.txt"), &id);
        QVERIFY(project);
        Tag existing;
        existing.name = QStringLiteral("compute");
        QVERIFY(project->tags().insert(existing));
        WebAnnotationReader reader;
        const auto read = reader.read(kHypothesis);
        QVERIFY(read);
        QUndoStack stack;
        AnnotationImporter::Report report;
        stack.push(new ImportAnnotationsCommand(project.get(), *read, QString(), &report));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(report.exact, 1);
        QCOMPARE(report.newTags, 1); // "Q3"; "compute" was there
        const QList<Span> before = project->spans().spansOfArticle(id);
        QCOMPARE(before.size(), 1);
        QCOMPARE(project->tags().tags().size(), 2);

        stack.undo();
        QCOMPARE(project->spans().spansOfArticle(id).size(), 0);
        QCOMPARE(project->tags().tags().size(), 1);
        QCOMPARE(project->tags().tags().first().id, existing.id);

        stack.redo();
        const QList<Span> after = project->spans().spansOfArticle(id);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().id, before.first().id);
        QCOMPARE(after.first().tagIds.size(), 2);
        QCOMPARE(project->tags().tags().size(), 2);
    }

    void findsTheArticle_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("found");
        QTest::newRow("file name of a web address") << QStringLiteral("https://x.org/a/lumen.txt") << QString() << true;
        QTest::newRow("file URL elsewhere") << QStringLiteral("file:///old/place/lumen.txt") << QString() << true;
        QTest::newRow("another file") << QStringLiteral("file:///old/kestrel.txt") << QString() << false;
        QTest::newRow("nothing") << QString() << QString() << false;
    }

    void findsTheArticle()
    {
        QFETCH(QString, source);
        QFETCH(QString, title);
        QFETCH(bool, found);
        qint64 id = 0;
        const auto project = projectWith(lumenText(), QStringLiteral("lumen.txt"), &id);
        QVERIFY(project);
        QCOMPARE(AnnotationImporter::findArticle(*project, source, title), found ? id : 0);
    }

    void findsTheArticleByTitle()
    {
        qint64 id = 0;
        const auto project = projectWith(lumenText(), QStringLiteral("lumen.txt"), &id);
        QVERIFY(project);
        const QString title = project->articles().article(id).title;
        QVERIFY(!title.isEmpty());
        QCOMPARE(AnnotationImporter::findArticle(*project, QStringLiteral("https://x.org/story"), title.toUpper()), id);
    }

    // Export from one project, edit the article, import into a fresh project holding the edited
    // text: every span lands on its text or becomes an orphan, none on other text.
    void roundTripOverEditedText_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<double>("share");
        QTest::newRow("unchanged text") << 11u << 0.0;
        QTest::newRow("2% edited") << 23u << 0.02;
        QTest::newRow("5% edited") << 37u << 0.05;
        QTest::newRow("10% edited") << 41u << 0.10;
    }

    void roundTripOverEditedText()
    {
        QFETCH(quint32, seed);
        QFETCH(double, share);
        qint64 oldId = 0;
        const auto original
            = projectWith(ArticleGenerator(seed).article(20 * 1024), QStringLiteral("story.txt"), &oldId);
        QVERIFY(original);
        const QString oldText = original->articles().text(oldId);
        Tag parent;
        parent.name = QStringLiteral("Claims");
        QVERIFY(original->tags().insert(parent));
        Tag child;
        child.name = QStringLiteral("Money");
        child.parentId = parent.id;
        QVERIFY(original->tags().insert(child));
        const QList<TextRange> ranges = SpanSampler::sample(oldText, 150, seed + 1);
        QList<Span> spans;
        const CodePoints cp(oldText);
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            Span s;
            s.articleId = oldId;
            s.start = ranges.at(i).start;
            s.end = ranges.at(i).end;
            s.text = cp.mid(oldText, s.start, s.end);
            s.note = QString::number(i); // which sampled range it was, read back after the import
            s.author = QStringLiteral("Ana");
            s.tagIds = { child.id };
            spans << s;
        }
        QVERIFY(original->addSpans(spans));
        const QByteArray json = WebAnnotationExporter().render(ProjectBundle::snapshot(*original)).toJson();

        TrackedText tracked(oldText);
        if (share > 0)
            EditGenerator(seed + 2).applyRandom(&tracked, share);
        qint64 newId = 0;
        const auto copy = projectWith(tracked.text(), QStringLiteral("story.txt"), &newId);
        QVERIFY(copy);
        QCOMPARE(copy->articles().text(newId), tracked.text());

        WebAnnotationReader reader;
        const auto read = reader.read(json);
        QVERIFY2(read, qPrintable(reader.errorString()));
        QCOMPARE(read->size(), ranges.size());
        const AnnotationImporter::Report report = AnnotationImporter::import(*copy, *read);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(report.unmatched.isEmpty());
        QCOMPARE(report.placed() + report.orphans.size(), ranges.size());
        QCOMPARE(report.newTags, 2);

        const AnchorOracle oracle(tracked);
        QList<Span> imported = copy->spans().spansOfArticle(newId) + copy->spans().orphans(newId);
        QCOMPARE(imported.size(), ranges.size());
        int correct = 0;
        for (const Span &s : std::as_const(imported)) {
            bool ok = false;
            const int i = s.note.toInt(&ok);
            QVERIFY(ok && i >= 0 && i < ranges.size());
            QCOMPARE(s.author, QStringLiteral("Ana"));
            QCOMPARE(s.tagIds.size(), 1);
            QCOMPARE(copy->tags().tag(s.tagIds.first()).name, QStringLiteral("Money"));
            AnchorResult r;
            if (!s.isOrphan())
                r.range = TextRange { s.start, s.end };
            const AnchorOracle::Judgement j = oracle.judge(ranges.at(i), r);
            QVERIFY2(j.verdict != AnchorOracle::Wrong,
                qPrintable(QStringLiteral("span %1 '%2' placed on '%3'").arg(i).arg(s.quote, s.text)));
            correct += j.verdict == AnchorOracle::Correct;
        }
        // Unchanged text places every span; edited text most (the bench measures the share).
        if (share == 0)
            QCOMPARE(correct, ranges.size());
        else
            QVERIFY2(correct >= 0.8 * ranges.size(), qPrintable(QString::number(correct)));
    }
};

QTEST_GUILESS_MAIN(TestAnchorJsonLd)
#include "tst_anchor_jsonld.moc"
