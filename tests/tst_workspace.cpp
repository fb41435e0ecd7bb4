// The Workspace, in the manner of Okular's addremoveannotationtest: call an intent-level
// edit, undo() and redo(), and read the project back through a second connection each
// time. Every edit is one undo step, records its coder, and is saved whole or not at all;
// undo brings back the coder of what it restores.
#include "ServerTestSupport.h"
#include "TestSupport.h"

#include "store/Database.h"
#include "store/Project.h"
#include "workspace/Workspace.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace crossread;

namespace {

// Written for this test; the offsets below are code points into them.
const QString kArticle1 = QStringLiteral(
    "Northwind raised $40 million in funding, the company said on Monday. Analysts doubted the funding figure.");
const QString kArticle2 = QStringLiteral(
    "Halcyon launched its model on Tuesday and said 12,000 developers tried it. The funding round was not discussed.");

// The project's annotations, one line each, read through a connection of their own.
QStringList dump(const QString &path)
{
    Project p;
    if (!p.open(path))
        return { QStringLiteral("cannot open: ") + p.error() };
    QStringList out;
    QHash<qint64, Tag> tags;
    for (const Tag &t : p.tags().tags())
        tags.insert(t.id, t);
    for (const Tag &t : std::as_const(tags)) {
        QString path = t.name;
        for (qint64 up = t.parentId; up > 0; up = tags.value(up).parentId)
            path.prepend(tags.value(up).name + u'/');
        out << QStringLiteral("tag %1 %2 %3").arg(t.id).arg(path, t.color.name());
    }
    for (const Span &s : p.spans().allSpans()) {
        QStringList ids;
        for (qint64 id : s.tagIds)
            ids << QString::number(id);
        QString line = QStringLiteral("span %1 a%2 %3-%4 [%5] by %6")
                           .arg(s.id)
                           .arg(s.articleId)
                           .arg(s.start)
                           .arg(s.end)
                           .arg(ids.join(u','), s.author);
        if (!s.note.isEmpty() || !s.noteAuthor.isEmpty())
            line += QStringLiteral(" note \"%1\" by %2").arg(s.note, s.noteAuthor);
        out << line;
    }
    for (const qint64 id : p.articles().ids()) {
        const Article a = p.articles().article(id);
        out << QStringLiteral("article %1 \"%2\" \"%3\" \"%4\" %5 [%6]")
                   .arg(a.id)
                   .arg(a.title, a.outlet, a.author,
                       a.published.isValid() ? a.published.toString(Qt::ISODate) : QStringLiteral("-"),
                       articleFieldNames(a.edited));
    }
    for (const Figure &f : p.figures().manualFigures()) {
        out << QStringLiteral("figure %1 span%2 a%3 %4-%5 %6 %7 \"%8\" by %9")
                   .arg(f.id)
                   .arg(f.spanId)
                   .arg(f.articleId)
                   .arg(f.start)
                   .arg(f.end)
                   .arg(figureKindName(f.kind))
                   .arg(f.value, 0, 'f', 0)
                   .arg(f.label, f.author);
    }
    out.sort();
    return out;
}

QStringList sorted(QStringList lines)
{
    lines.sort();
    return lines;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void editUndoRedo_data();
    void editUndoRedo();
    void failedPartUndoesTheWhole_data();
    void failedPartUndoesTheWhole();
    void refusedEditsLeaveNoStep_data();
    void refusedEditsLeaveNoStep();
    void repeatedEditsChangeNothing();
    void codingFindsTheTagAnotherWriterMakes_data();
    void codingFindsTheTagAnotherWriterMakes();
    void noteTypingMergesPerCoder();
    void coderName();
    void closesWhileWhole();

private:
    QString path() const { return m_location; }
    QString m_location; // a file, or a database on the test server (the `pg` run)
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QStringList m_initial;
};

void TestWorkspace::initTestCase()
{
    CROSSREAD_REQUIRE_SERVER_IF_ASKED();
    qputenv("CROSSREAD_USER", "tester");
}

// Tags 1 Claims, 2 Claims/Money, 3 People. Span 1 (bob's) on "raised $40 million", tagged
// Money, with bob's note and hand figure; span 2 (ana's) on "Analysts", tagged People.
// The workspace codes as ana.
void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = test::newProjectLocation(m_dir->path());
    QVERIFY(m_dir->isValid());
    {
        Project p;
        QVERIFY2(p.open(path(), Project::OpenMode::CreateIfMissing), qPrintable(p.error()));
        for (const QString &text : { kArticle1, kArticle2 }) {
            Article a;
            a.path = m_dir->filePath(QStringLiteral("article%1.txt").arg(text == kArticle1 ? 1 : 2));
            a.contentHash = a.path.toUtf8().toHex();
            a.text = text;
            a.title = text.section(u' ', 0, 1);
            QVERIFY(p.articles().insert(a, {}));
        }
        const struct
        {
            const char *name;
            qint64 parent;
            const char *color;
        } tags[] = { { "Claims", 0, "#aa0000" }, { "Money", 1, "#00aa00" }, { "People", 0, "#0000aa" } };
        for (const auto &t : tags) {
            Tag tag;
            tag.name = QString::fromLatin1(t.name);
            tag.parentId = t.parent;
            tag.color = QColor(QLatin1String(t.color));
            tag.position = -1;
            QVERIFY(p.addTag(tag));
        }
        QList<Span> spans(2);
        spans[0].articleId = 1;
        spans[0].start = 10;
        spans[0].end = 28;
        spans[0].tagIds = { 2 };
        spans[0].author = QStringLiteral("bob");
        spans[0].note = QStringLiteral("check the filing");
        spans[0].noteAuthor = QStringLiteral("bob");
        spans[1].articleId = 1;
        spans[1].start = 69;
        spans[1].end = 77;
        spans[1].tagIds = { 3 };
        spans[1].author = QStringLiteral("ana");
        QString error;
        for (Span &s : spans)
            QVERIFY(p.validateSpan(s, &error));
        QVERIFY(p.addSpans(spans));
        Figure f;
        f.articleId = 1;
        f.spanId = 1;
        f.start = 10;
        f.end = 28;
        f.kind = FigureKind::Money;
        f.value = 40e6;
        f.unit = QStringLiteral("USD");
        f.text = QStringLiteral("raised $40 million");
        f.label = QStringLiteral("funding");
        f.author = QStringLiteral("bob");
        QVERIFY(p.addFigure(f));
    }
    m_initial = dump(path());
    QCOMPARE(m_initial,
        sorted({ "article 1 \"Northwind raised\" \"\" \"\" - []", "article 2 \"Halcyon launched\" \"\" \"\" - []",
            "tag 1 Claims #aa0000", "tag 2 Claims/Money #00aa00", "tag 3 People #0000aa",
            "span 1 a1 10-28 [2] by bob note \"check the filing\" by bob", "span 2 a1 69-77 [3] by ana",
            "figure 1 span1 a1 10-28 money 40000000 \"funding\" by bob" }));
    m_workspace = std::make_unique<Workspace>();
    QVERIFY2(m_workspace->open(path()), qPrintable(m_workspace->lastError()));
    m_workspace->setCoder(QStringLiteral("ana"));
}

void TestWorkspace::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

using Edit = std::function<bool(Workspace &)>;
Q_DECLARE_METATYPE(Edit)

void TestWorkspace::editUndoRedo_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("gone"); // lines the edit takes out of the file
    QTest::addColumn<QStringList>("added"); // lines it puts in

    const auto figure = [](double value, const char *label) {
        Figure f;
        f.articleId = 1;
        f.spanId = 1;
        f.start = 10;
        f.end = 28;
        f.kind = FigureKind::Money;
        f.value = value;
        f.unit = QStringLiteral("USD");
        f.text = QStringLiteral("raised $40 million");
        f.label = QString::fromLatin1(label);
        return f;
    };

    QTest::newRow("apply a tag to a new range") << Edit([](Workspace &w) {
        return w.applyTag(1, { 0, 9 }, 1).done();
    }) << QStringList() << QStringList { "span 3 a1 0-9 [1] by ana" };
    QTest::newRow("apply a tag to one's own span") << Edit([](Workspace &w) {
        return w.applyTag(1, { 69, 77 }, 1).done();
    }) << QStringList { "span 2 a1 69-77 [3] by ana" }
                                                   << QStringList { "span 2 a1 69-77 [1,3] by ana" };
    QTest::newRow("another coder's range gets a span of one's own") << Edit([](Workspace &w) {
        return w.applyTag(1, { 10, 28 }, 2).done();
    }) << QStringList() << QStringList { "span 3 a1 10-28 [2] by ana" };
    QTest::newRow("create a tag inside another and apply it") << Edit([](Workspace &w) {
        const Workspace::Coding c = w.createTagAndApply(2, { 30, 37 }, QStringLiteral("Claims/Dates"));
        return c.result.done() && c.result.id == 3 && c.tagId == 4 && c.tagCreated;
    }) << QStringList() << QStringList { "tag 4 Claims/Dates #54b96a", "span 3 a2 30-37 [4] by ana" };
    // Another window or process made the tag a moment ago: it is applied, not made twice.
    QTest::newRow("create-and-apply of a tag that exists under its parent") << Edit([](Workspace &w) {
        const Workspace::Coding c = w.createTagAndApply(1, { 0, 9 }, QStringLiteral("claims/MONEY"));
        return c.result.done() && c.tagId == 2 && !c.tagCreated;
    }) << QStringList() << QStringList { "span 3 a1 0-9 [2] by ana" };
    // The window names a place in the tree: a bare name is a top-level tag, whatever the sub-tags.
    QTest::newRow("create-and-apply of a sub-tag's bare name makes a top-level tag") << Edit([](Workspace &w) {
        const Workspace::Coding c = w.createTagAndApply(1, { 0, 9 }, QStringLiteral("Money"));
        return c.result.done() && c.tagId == 4 && c.tagCreated;
    }) << QStringList() << QStringList { "tag 4 Money #54b96a", "span 3 a1 0-9 [4] by ana" };
    QTest::newRow("note on another coder's span")
        << Edit([](Workspace &w) { return w.setNote(1, QStringLiteral("seen it")); })
        << QStringList { "span 1 a1 10-28 [2] by bob note \"check the filing\" by bob" }
        << QStringList { "span 1 a1 10-28 [2] by bob note \"seen it\" by ana" };
    QTest::newRow("clearing a note leaves no note coder")
        << Edit([](Workspace &w) { return w.setNote(1, QString()); })
        << QStringList { "span 1 a1 10-28 [2] by bob note \"check the filing\" by bob" }
        << QStringList { "span 1 a1 10-28 [2] by bob" };
    QTest::newRow("remove spans, another coder's with its figure")
        << Edit([](Workspace &w) {
               return w.removeSpans({ 1, 2 });
           })
        << QStringList { "span 1 a1 10-28 [2] by bob note \"check the filing\" by bob", "span 2 a1 69-77 [3] by ana",
               "figure 1 span1 a1 10-28 money 40000000 \"funding\" by bob" }
        << QStringList();
    // SQLite gives the freed id again; a server's sequence never goes back.
    const qint64 corrected = test::onServer() ? 2 : 1;
    QTest::newRow("correct another coder's figure")
        << Edit([figure, corrected](Workspace &w) { return w.setFigure(figure(45e6, "funding")).id == corrected; })
        << QStringList { "figure 1 span1 a1 10-28 money 40000000 \"funding\" by bob" }
        << QStringList { QStringLiteral("figure %1 span1 a1 10-28 money 45000000 \"funding\" by ana").arg(corrected) };
    QTest::newRow("remove a figure") << Edit([](Workspace &w) { return w.removeFigure(1); })
                                     << QStringList { "figure 1 span1 a1 10-28 money 40000000 \"funding\" by bob" }
                                     << QStringList();
    QTest::newRow("correct an article's title and date") << Edit([](Workspace &w) {
        return w.setArticleMetadata(1,
            { QStringLiteral(" Northwind  raises $40M "), QStringLiteral("ignored"), QString(), QDate(2026, 3, 2) },
            ArticleField::Title | ArticleField::Published);
    }) << QStringList { "article 1 \"Northwind raised\" \"\" \"\" - []" }
                                                         << QStringList {
                                                                "article 1 \"Northwind raises $40M\" \"\" \"\" "
                                                                "2026-03-02 [title,published]"
                                                            };
    QTest::newRow("only the fields that change become the analyst's") << Edit([](Workspace &w) {
        return w.setArticleMetadata(2, { QStringLiteral("Halcyon launched"), QStringLiteral("Signal Brief"), {}, {} },
            ArticleField::Title | ArticleField::Outlet);
    }) << QStringList { "article 2 \"Halcyon launched\" \"\" \"\" - []" }
                                                                      << QStringList {
                                                                             "article 2 \"Halcyon launched\" "
                                                                             "\"Signal Brief\" \"\" - [outlet]"
                                                                         };
    QTest::newRow("create a tag") << Edit([](Workspace &w) {
        return w.createTag(QStringLiteral("Rumours"), 3, QColor(QStringLiteral("#123456"))).id == 4;
    }) << QStringList() << QStringList { "tag 4 People/Rumours #123456" };
    QTest::newRow("rename a tag") << Edit([](Workspace &w) { return w.renameTag(2, QStringLiteral("Funding")); })
                                  << QStringList { "tag 2 Claims/Money #00aa00" }
                                  << QStringList { "tag 2 Claims/Funding #00aa00" };
    QTest::newRow("recolour a tag") << Edit(
        [](Workspace &w) { return w.setTagColor(3, QColor(QStringLiteral("#654321"))); })
                                    << QStringList { "tag 3 People #0000aa" } << QStringList { "tag 3 People #654321" };
    QTest::newRow("move two tags at once") << Edit([](Workspace &w) {
        return w.moveTags({ TagMove { 3, 1, 0 }, TagMove { 2, 0, -1 } });
    }) << QStringList { "tag 2 Claims/Money #00aa00", "tag 3 People #0000aa" }
                                           << QStringList { "tag 2 Money #00aa00", "tag 3 Claims/People #0000aa" };
    QTest::newRow("remove a tag with its sub-tag")
        << Edit([](Workspace &w) { return w.removeTag(1); })
        << QStringList { "tag 1 Claims #aa0000", "tag 2 Claims/Money #00aa00",
               "span 1 a1 10-28 [2] by bob note \"check the filing\" by bob" }
        << QStringList { "span 1 a1 10-28 [] by bob note \"check the filing\" by bob" };
    QTest::newRow("tag search results") << Edit([](Workspace &w) {
        QList<SearchHit> hits;
        QString error;
        w.project()->searchIndex().search(QStringLiteral("Tuesday"), 10, &hits, &error);
        const Workspace::SearchTagging tagging = w.tagSearchResults(hits, 3);
        return tagging.created == 1 && tagging.skipped == 0;
    }) << QStringList() << QStringList { "span 3 a2 30-37 [3] by ana" };
    QTest::newRow("code a range: new tag, note and figure")
        << Edit([](Workspace &w) {
               Figure f;
               f.kind = FigureKind::Count;
               f.value = 12000;
               f.unit = QStringLiteral("developers");
               f.label = QStringLiteral("developers");
               const Workspace::Coding c
                   = w.codeRange(2, { 47, 64 }, QStringLiteral("Adoption"), QStringLiteral("early numbers"), f);
               return c.result.done() && c.result.id == 3 && c.tagId == 4;
           })
        << QStringList()
        << QStringList { "tag 4 Adoption #54b96a", "span 3 a2 47-64 [4] by ana note \"early numbers\" by ana",
               "figure 2 span3 a2 47-64 count 12000 \"developers\" by ana" };
    QTest::newRow("code a coded range: only the note changes")
        << Edit([](Workspace &w) {
               const Workspace::Coding c = w.codeRange(1, { 69, 77 }, QStringLiteral("people"), QStringLiteral("who?"));
               return c.result.done() && c.result.id == 2 && c.tagId == 3;
           })
        << QStringList { "span 2 a1 69-77 [3] by ana" }
        << QStringList { "span 2 a1 69-77 [3] by ana note \"who?\" by ana" };
    // The command line names a tag by its name alone: found wherever it is in the tree.
    QTest::newRow("code with a sub-tag's name: found anywhere in the tree") << Edit([](Workspace &w) {
        const Workspace::Coding c = w.codeRange(1, { 69, 77 }, QStringLiteral("MONEY"));
        return c.result.done() && c.result.id == 2 && c.tagId == 2 && !c.tagCreated;
    }) << QStringList { "span 2 a1 69-77 [3] by ana" } << QStringList { "span 2 a1 69-77 [2,3] by ana" };
    QTest::newRow("code one's own noted span: tag added, note replaced") << Edit([](Workspace &w) {
        w.setCoder(QStringLiteral("bob"));
        const Workspace::Coding c = w.codeRange(1, { 10, 28 }, QStringLiteral("people"), QStringLiteral("revised"));
        return c.result.done() && c.result.id == 1 && c.tagId == 3 && !c.tagCreated;
    }) << QStringList { "span 1 a1 10-28 [2] by bob note \"check the filing\" by bob" }
                                                                         << QStringList {
                                                                                "span 1 a1 10-28 [2,3] by bob note "
                                                                                "\"revised\" by bob"
                                                                            };
}

void TestWorkspace::editUndoRedo()
{
    QFETCH(Edit, edit);
    QFETCH(QStringList, gone);
    QFETCH(QStringList, added);
    QStringList after = m_initial;
    for (const QString &line : gone)
        QVERIFY2(after.removeOne(line), qPrintable(line));
    after << added;
    after.sort();

    QVERIFY2(edit(*m_workspace), qPrintable(m_workspace->lastError()));
    QCOMPARE(m_workspace->undoStack()->count(), 1); // one step, however many rows it wrote
    QCOMPARE(dump(path()), after);
    m_workspace->undo();
    QCOMPARE(dump(path()), m_initial);
    m_workspace->redo();
    QCOMPARE(dump(path()), after);
    m_workspace->undo();
    QCOMPARE(dump(path()), m_initial);
    QVERIFY(m_workspace->lastError().isEmpty());
}

void TestWorkspace::failedPartUndoesTheWhole_data()
{
    QTest::addColumn<QString>("coder");
    QTest::addColumn<qint64>("article");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::newRow("a new tag, span and note") << "ana" << qint64(2) << qint64(47) << qint64(64);
    QTest::newRow("one's own noted span: its tags and note kept") << "bob" << qint64(1) << qint64(10) << qint64(28);
}

// The figure step of a composite edit fails in the database, as a full disk would make it:
// the tag, the span and the note made or changed before it are rolled back with it, the models
// hear of none of them, and no step is left.
void TestWorkspace::failedPartUndoesTheWhole()
{
    QFETCH(QString, coder);
    QFETCH(qint64, article);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    {
        Database db;
        QVERIFY(db.open(path()));
        if (db.isServer()) {
            QVERIFY(db.execSql(QStringLiteral("CREATE FUNCTION refuse_figures() RETURNS trigger LANGUAGE plpgsql"
                                              " AS $$ BEGIN RAISE EXCEPTION 'figures refused here'; END $$")));
            QVERIFY(db.execSql(QStringLiteral("CREATE TRIGGER no_figures BEFORE INSERT ON figures FOR EACH ROW"
                                              " EXECUTE FUNCTION refuse_figures()")));
        } else {
            QVERIFY(db.execSql(QStringLiteral("CREATE TRIGGER no_figures BEFORE INSERT ON figures"
                                              " BEGIN SELECT RAISE(ABORT, 'figures refused here'); END")));
        }
    }
    Project *project = m_workspace->project();
    QSignalSpy tagAdded(project, &Project::tagAdded);
    QSignalSpy spansAdded(project, &Project::spansAdded);
    QSignalSpy spanChanged(project, &Project::spanChanged);
    QSignalSpy errors(project, &Project::errorOccurred);
    Figure f;
    f.kind = FigureKind::Count;
    f.value = 12000;
    m_workspace->setCoder(coder);
    const Workspace::Coding c = m_workspace->codeRange(
        article, { start, end }, QStringLiteral("Adoption"), QStringLiteral("early numbers"), f);
    QVERIFY(c.result.failed());
    QCOMPARE(c.result.id, 0);
    QCOMPARE(c.tagId, 0);
    QVERIFY2(m_workspace->lastError().contains(QStringLiteral("figures refused here")),
        qPrintable(m_workspace->lastError()));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(tagAdded.count(), 0);
    QCOMPARE(spansAdded.count(), 0);
    QCOMPARE(spanChanged.count(), 0);
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    QCOMPARE(dump(path()), m_initial);
    // The workspace goes on: the next edit is saved.
    m_workspace->setCoder(QStringLiteral("ana"));
    QVERIFY(m_workspace->applyTag(1, { 0, 9 }, 1).done());
    // (Whatever its id: a server's sequence does not hand back the ids the failed edit took.)
    const QRegularExpression saved(QStringLiteral("^span \\d+ a1 0-9 \\[1\\] by ana$"));
    QCOMPARE(dump(path()).filter(saved).size(), 1);
}

void TestWorkspace::refusedEditsLeaveNoStep_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("reason");

    QTest::newRow("a tag that is gone") << Edit([](Workspace &w) {
        return w.applyTag(1, { 0, 9 }, 99).done();
    }) << "tag 99 no longer exists";
    QTest::newRow("a range past the end") << Edit([](Workspace &w) {
        return w.applyTag(1, { 100, 400 }, 1).done();
    }) << "range 100:400 is outside article 1";
    QTest::newRow("a new tag without a name")
        << Edit([](Workspace &w) { return w.createTag(QStringLiteral("  ")).done(); }) << "a tag needs a name";
    QTest::newRow("a note on a span that is gone")
        << Edit([](Workspace &w) { return w.setNote(42, QStringLiteral("x")); }) << "span 42 no longer exists";
    QTest::newRow("a tag into its own sub-tag") << Edit([](Workspace &w) {
        return w.moveTags({ TagMove { 1, 2, -1 } });
    }) << "cannot be moved into itself";
    QTest::newRow("an article without a title") << Edit([](Workspace &w) {
        return w.setArticleMetadata(1, { QStringLiteral("  "), {}, {}, {} }, ArticleField::Title);
    }) << "an article needs a title";
    QTest::newRow("the properties of an article that is not there") << Edit([](Workspace &w) {
        return w.setArticleMetadata(9, { {}, QStringLiteral("Bytewire"), {}, {} }, ArticleField::Outlet);
    }) << "article 9 does not exist";
    QTest::newRow("coding past the end, with a new tag") << Edit([](Workspace &w) {
        return !w.codeRange(1, { 100, 400 }, QStringLiteral("Brand new")).result.failed();
    }) << "outside article 1";
}

void TestWorkspace::refusedEditsLeaveNoStep()
{
    QFETCH(Edit, edit);
    QFETCH(QString, reason);
    QVERIFY(!edit(*m_workspace));
    QVERIFY2(m_workspace->lastError().contains(reason), qPrintable(m_workspace->lastError()));
    QCOMPARE(m_workspace->undoStack()->count(), 0);
    QCOMPARE(dump(path()), m_initial);
}

void TestWorkspace::repeatedEditsChangeNothing()
{
    QCOMPARE(m_workspace->applyTag(1, { 69, 77 }, 3).outcome, EditResult::Unchanged);
    const Workspace::Coding first = m_workspace->codeRange(2, { 47, 64 }, QStringLiteral("Adoption"));
    QVERIFY(first.result.done());
    const Workspace::Coding again = m_workspace->codeRange(2, { 47, 64 }, QStringLiteral("adoption"));
    QCOMPARE(again.result.outcome, EditResult::Unchanged);
    QCOMPARE(again.result.id, first.result.id);
    QCOMPARE(again.tagId, first.tagId);
    QVERIFY(!m_workspace->moveTags({ TagMove { 3, 0, 1 } })); // People is the second top-level tag already
    QVERIFY(
        m_workspace->setArticleMetadata(1, { QStringLiteral("Northwind raised"), {}, {}, {} }, ArticleField::Title));
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    QVERIFY(m_workspace->lastError().isEmpty());
}

void TestWorkspace::codingFindsTheTagAnotherWriterMakes_data()
{
    QTest::addColumn<bool>("window");
    QTest::newRow("the command line's coding") << false;
    QTest::newRow("the window's create-and-apply") << true;
}

// Another process is writing a tag "Disputed" when the coding starts. The coding waits for the
// write lock and only then looks the tag up: it finds the other's tag and tags with it, instead
// of refusing a second "Disputed" (or making one). Looked up before the lock, the tag would
// still be missing.
void TestWorkspace::codingFindsTheTagAnotherWriterMakes()
{
    QFETCH(bool, window);
    QSemaphore writing;
    bool otherSaved = false;
    std::unique_ptr<QThread> other(QThread::create([this, &writing, &otherSaved] {
        Database db;
        if (db.open(path()) && db.begin()
            && db.execSql(QStringLiteral("INSERT INTO tags (id, parent_id, name, color, position)"
                                         " VALUES (4, NULL, 'Disputed', '#123456', 9)"))) {
            writing.release();
            QThread::msleep(300);
            otherSaved = db.commit();
        } else {
            writing.release();
        }
    }));
    other->start();
    writing.acquire();
    const Workspace::Coding c = window ? m_workspace->createTagAndApply(2, { 47, 64 }, QStringLiteral("DISPUTED"))
                                       : m_workspace->codeRange(2, { 47, 64 }, QStringLiteral("disputed"));
    other->wait();
    QVERIFY(otherSaved);
    QVERIFY2(c.result.done(), qPrintable(m_workspace->lastError()));
    QCOMPARE(c.tagId, 4);
    QVERIFY(!c.tagCreated);
    QCOMPARE(dump(path()), sorted(m_initial + QStringList { "tag 4 Disputed #123456", "span 3 a2 47-64 [4] by ana" }));
}

void TestWorkspace::noteTypingMergesPerCoder()
{
    QVERIFY(m_workspace->setNote(2, QStringLiteral("w")));
    QVERIFY(m_workspace->setNote(2, QStringLiteral("who")));
    QCOMPARE(m_workspace->undoStack()->count(), 1);
    m_workspace->setCoder(QStringLiteral("bob"));
    QVERIFY(m_workspace->setNote(2, QStringLiteral("who said it")));
    QCOMPARE(m_workspace->undoStack()->count(), 2); // another coder's words are another step
    QVERIFY(dump(path()).contains(QStringLiteral("span 2 a1 69-77 [3] by ana note \"who said it\" by bob")));
    m_workspace->undo();
    QVERIFY(dump(path()).contains(QStringLiteral("span 2 a1 69-77 [3] by ana note \"who\" by ana")));
    m_workspace->undo();
    QCOMPARE(dump(path()), m_initial);
}

void TestWorkspace::coderName()
{
    QSignalSpy changed(m_workspace.get(), &Workspace::coderChanged);
    m_workspace->setCoder(QStringLiteral("  Cleo \t Ray "));
    QCOMPARE(m_workspace->coder(), QStringLiteral("Cleo Ray"));
    m_workspace->setCoder(QStringLiteral("Cleo Ray"));
    QCOMPARE(changed.count(), 1);
    m_workspace->setCoder(QString()); // nobody named: the login name (CROSSREAD_USER here)
    QCOMPARE(m_workspace->coder(), QStringLiteral("tester"));
    QVERIFY(m_workspace->applyTag(2, { 0, 7 }, 3).done());
    QVERIFY(dump(path()).contains(QStringLiteral("span 3 a2 0-7 [3] by tester")));
}

// Destroying the workspace closes its project while the workspace is whole: whoever follows
// closed() may still ask it for its coder (the reader's coder list did, and read freed memory
// when the project closed itself later, as a child being deleted).
void TestWorkspace::closesWhileWhole()
{
    QStringList heard;
    Workspace *workspace = m_workspace.get();
    connect(workspace->project(), &Project::closed, this,
        [&heard, workspace] { heard << QStringLiteral("closed as ") + workspace->coder(); });
    connect(workspace, &QObject::destroyed, this, [&heard] { heard << QStringLiteral("destroyed"); });
    m_workspace.reset();
    QCOMPARE(heard, (QStringList { "closed as ana", "destroyed" }));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
